import type { Agent, ConnectionStatus, EndedBy } from '../transport.js';
import { greeting } from './mock-answers.js';
import { mockStaff } from './mock-staff.js';

/**
 * States the demo's accessibility panel (and the tests) put the widget into in one step. Each
 * is a short, fixed stretch of backend history played at once, after which the mock carries
 * on as usual: the resident can keep chatting from there.
 */
export const mockScenarios = [
  'queue',
  'connected',
  'transfer',
  'long-conversation',
  'idle-warning',
  'error',
  'offline',
  'back-online',
  'ended',
] as const;

/** The name of one scenario. */
export type MockScenario = (typeof mockScenarios)[number];

/** What a scenario can make the mock backend do, at once and in order. */
export interface ScenarioBackend {
  /** Starts a chat, as if the resident had asked for one. */
  open(): void;
  queue(position: number, estimatedWaitSeconds?: number): void;
  join(agent: Agent, transfer?: boolean): void;
  /** A message from the resident, written `minutesAgo` minutes ago. */
  resident(text: string, minutesAgo?: number): void;
  /** A message from the member of staff in the chat. */
  staff(text: string, minutesAgo?: number): void;
  end(by: EndedBy, reason?: string): void;
  error(code: string, message: string): void;
  status(status: ConnectionStatus): void;
  /** Warns that the chat will end in `secondsLeft`, and ends it then unless kept alive. */
  idleWarning(secondsLeft: number): void;
  /** Makes the next message the resident sends fail once, so "Try again" can be tried. */
  failNextSend(): void;
}

/** Plays one scenario against the backend; `site` is the demo site's address, with a slash. */
export function playScenario(name: MockScenario, backend: ScenarioBackend, site: string): void {
  switch (name) {
    case 'queue':
      backend.open();
      backend.resident('Can you help me with my council tax bill?');
      backend.queue(3, 90);
      return;

    case 'connected':
      connected(backend, site);
      return;

    case 'transfer':
      connected(backend, site, 3);
      backend.resident('I have had a reminder about arrears. Can I pay in instalments?', 1);
      backend.staff(
        "I'll pass you to Sam in our Revenues team, who can help with that. They will see " +
          'everything we have written.',
        1,
      );
      backend.join(mockStaff.sam, true);
      backend.staff(
        "Hi, it's Sam from Revenues. I have your chat history here. We can set up a payment " +
          'plan. Could you tell me the first line of your address?',
      );
      return;

    case 'long-conversation':
      longConversation(backend, site);
      return;

    case 'idle-warning':
      connected(backend, site);
      backend.idleWarning(60);
      return;

    case 'error':
      connected(backend, site);
      backend.error('backend-error', 'the mock backend failed on purpose');
      backend.failNextSend();
      return;

    case 'offline':
      connected(backend, site);
      backend.status('offline');
      return;

    case 'back-online':
      backend.status('online');
      return;

    case 'ended':
      connected(backend, site, 2);
      backend.resident("That's all, thank you.", 1);
      backend.staff(
        "You're welcome. I'll close our chat now. You can print or download a copy of it, " +
          'and there is a short question afterwards about how you would have contacted us.',
      );
      backend.end('agent', 'closed-by-staff');
      return;
  }
}

/** A resident asked about council tax and Amira answered with a link. */
function connected(backend: ScenarioBackend, site: string, minutesAgo = 0): void {
  backend.open();
  backend.resident('How do I pay my council tax?', minutesAgo + 2);
  backend.join(mockStaff.amira);
  backend.staff(greeting(mockStaff.amira), minutesAgo + 2);
  backend.staff(
    'You can pay online, by Direct Debit or by phone. Everything is on this page: ' +
      `${site}pay-council-tax.html`,
    minutesAgo + 1,
  );
}

/**
 * Two hundred messages, as in a long benefits enquiry, with the content that breaks other
 * widgets: a 120-character address without spaces, and a message in Arabic.
 */
function longConversation(backend: ScenarioBackend, site: string): void {
  const exchanges = 99;
  backend.open();
  backend.resident('I need to tell you about a change in my circumstances.', exchanges + 2);
  backend.join(mockStaff.grace);
  backend.staff(greeting(mockStaff.grace), exchanges + 2);

  for (let turn = 1; turn <= exchanges; turn++) {
    const minutesAgo = exchanges + 1 - turn;
    backend.resident(
      residentLines[turn % residentLines.length].replace('#', String(turn)),
      minutesAgo,
    );
    backend.staff(staffLine(turn, site), minutesAgo);
  }
}

const residentLines = [
  'Question # about my claim: do I need to send payslips?',
  'Thank you. Is question # the last one you need answered?',
  'مرحبا، هل يمكنني إرسال المستندات باللغة العربية؟',
  'My partner moved in last month. That is change number #.',
] as const;

function staffLine(turn: number, site: string): string {
  if (turn % 10 === 0) {
    // 120 characters with no spaces: it must wrap inside its bubble and stay one link.
    const path = `report-a-change.html?reference=HBC${'0123456789'.repeat(8)}&step=${turn}`;
    return `Here is the form with your details filled in: ${site}${path.slice(0, 120)}`;
  }
  return (
    `Thank you, that is noted (${turn}). You can upload evidence on our page ` +
    `${site}report-a-change.html within a month of the change.`
  );
}
