/**
 * The auditors' control panel: each button replaces the page's chat with a new one, on a
 * mock backend of its own, and plays one of the mock's public scenarios
 * (`MockTransport.playScenario`), so every state is one click away and the chat keeps working
 * from there.
 */
import type { CouncilChat } from '../src/council-chat.js';
import type { MockScenario } from '../src/transport/mock/mock-scenarios.js';
import { MockTransport } from '../src/transport/mock/mock-transport.js';

type DemoState =
  | 'closed'
  | 'open'
  | 'queue'
  | 'connected'
  | 'transfer'
  | 'long-conversation'
  | 'idle-warning'
  | 'error'
  | 'offline'
  | 'back-online'
  | 'survey'
  | 'thank-you';

/** What each button shows, for the status line the auditor's screen reader reads. */
const stateNames: Record<DemoState, string> = {
  closed: 'closed',
  open: 'open, before a chat',
  queue: 'waiting in a queue',
  connected: 'connected to staff',
  transfer: 'passed to a colleague',
  'long-conversation': 'a long conversation',
  'idle-warning': 'warning that it will close',
  error: 'showing an error',
  offline: 'offline',
  'back-online': 'back online',
  survey: 'ended, with the exit survey',
  'thank-you': 'ended, after the survey',
};

const scenarioFor: Partial<Record<DemoState, MockScenario>> = {
  queue: 'queue',
  connected: 'connected',
  transfer: 'transfer',
  'long-conversation': 'long-conversation',
  'idle-warning': 'idle-warning',
  error: 'error',
  offline: 'offline',
  survey: 'ended',
  'thank-you': 'ended',
};

let current: { element: CouncilChat; transport: MockTransport } | undefined;
let language = 'en-GB';

/** A new chat on a new mock backend, in place of the last one. */
async function freshChat(): Promise<{ element: CouncilChat; transport: MockTransport }> {
  current?.element.remove();
  current?.transport.dispose();

  const transport = new MockTransport();
  const element = document.createElement('council-chat') as CouncilChat;
  element.setAttribute('council-name', 'Harbourside Borough Council');
  element.setAttribute('team-name', 'Customer Services');
  element.setAttribute('photo', '/demo/images/team-photo.svg');
  element.lang = language;
  element.transport = transport;
  document.body.append(element);
  await customElements.whenDefined('council-chat');

  current = { element, transport };
  return current;
}

async function showState(state: DemoState): Promise<void> {
  if (state === 'back-online') {
    // Coming back belongs to the chat that went offline.
    if (!current) return;
    current.transport.playScenario('back-online');
    await current.element.show();
    return announce(state);
  }

  const { element, transport } = await freshChat();
  if (state === 'closed') return announce(state);

  await element.show();
  const scenario = scenarioFor[state];
  if (scenario) transport.playScenario(scenario);
  if (state === 'thank-you') await element.submitSurvey(null);
  announce(state);
}

/** Tells the auditor what the chat now shows, through the page's own status line. */
function announce(state: DemoState): void {
  const status = document.getElementById('state-status')!;
  status.textContent = `The chat is now ${stateNames[state]}.`;
}

function useLanguage(lang: string): void {
  language = lang;
  if (current) current.element.lang = lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.language-button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.state-button')) {
  button.addEventListener('click', () => void showState(button.dataset.state as DemoState));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('.language-button')) {
  button.addEventListener('click', () => useLanguage(button.dataset.lang!));
}

void freshChat();
