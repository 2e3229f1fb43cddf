import { expect, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../src/council-chat.js';
import {
  surveyUsageEvent,
  usageEventsBetween,
  type UsageEvent,
} from '../src/element/usage-events.js';
import type { CouncilChatEventMap } from '../src/events.js';
import { type ChatMessage, type ChatState, initialChatState } from '../src/session/chat-state.js';
import type { OutgoingMessage } from '../src/transport/transport.js';
import { defaultSurveyQuestions } from '../src/views/survey/survey-questions.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  launcherOf,
  openPanel,
  sendFromComposer,
  settle,
} from './helpers/chat-fixture.js';
import { captureRecords, messageEvent, revenuesAgent } from './helpers/conversation.js';
import { ScriptedTransport, testAgent } from './helpers/scripted-transport.js';

/** Every public event, listed once; the type fails to compile when one is missing. */
const eventNames: Record<keyof CouncilChatEventMap, true> = {
  'council-chat-open': true,
  'council-chat-close': true,
  'council-chat-request': true,
  'council-chat-staff-join': true,
  'council-chat-abandon': true,
  'council-chat-message-send': true,
  'council-chat-end': true,
  'council-chat-survey-submit': true,
  'council-chat-survey-skip': true,
  'council-chat-transcript-print': true,
  'council-chat-transcript-download': true,
};
const allEventTypes = Object.keys(eventNames) as (keyof CouncilChatEventMap)[];

/** Every `council-chat-*` event that reaches `document`, until `stop()`. */
function recordEvents() {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  for (const type of allEventTypes) document.addEventListener(type, listener);
  return {
    events,
    types: () => events.map((event) => event.type),
    stop: () => allEventTypes.forEach((type) => document.removeEventListener(type, listener)),
  };
}

/** Sends a message from the composer and has the backend accept it, as a real one would. */
async function residentSays(element: CouncilChat, transport: ScriptedTransport, text: string) {
  await sendFromComposer(element, text);
  const sent = transport.named('sendMessage').at(-1)!.args[0] as OutgoingMessage;
  transport.emit({
    type: 'message',
    id: `echo-${sent.clientId}`,
    clientId: sent.clientId,
    sender: 'resident',
    text: sent.text,
    time: new Date().toISOString(),
  });
  await settle(element);
}

function surveyRoot(element: CouncilChat): ShadowRoot {
  return inPanel(element, 'council-chat-exit-survey')!.shadowRoot!;
}

const secrets = {
  name: 'Priya Marchbank',
  email: 'priya.marchbank@example.org',
  question: 'I am Priya Marchbank, priya.marchbank@example.org, at 12 Quay Street',
  answer: 'Thanks Priya, your account ending 4471 is up to date',
  transferAnswer: 'Sam here: your arrears of £212.40 are cleared',
  comment: 'Secret comment about my neighbour',
};

describe('usage events', () => {
  afterEach(() => sessionStorage.clear());

  it('is accessible in the states that send events', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'chat-1' },
      { type: 'agent-joined', agent: testAgent },
    );
    await settle(element);

    await expectNoAxeViolations(element);
  });

  describe('a whole conversation, driven as a resident would', () => {
    it('sends each step once, bubbling and composed, and no personal data', async () => {
      const recorder = recordEvents();
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      const captured = captureRecords(element);

      await residentSays(element, transport, secrets.question);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1', reference: 'HBC-000001' },
        { type: 'agent-joined', agent: testAgent },
        messageEvent(50, 'agent', secrets.answer),
        { type: 'agent-joined', agent: revenuesAgent, transfer: true },
        messageEvent(51, 'agent', secrets.transferAnswer, revenuesAgent),
      );
      await settle(element);
      await residentSays(element, transport, `${secrets.name} says thank you`);
      launcherOf(element).click();
      await element.updateComplete;
      launcherOf(element).click();
      await settle(element);
      allInPanel<HTMLButtonElement>(element, '.record-button')[0].click();
      allInPanel<HTMLButtonElement>(element, '.record-button')[1].click();
      transport.emit({ type: 'chat-ended', by: 'agent' });
      await settle(element);
      const survey = surveyRoot(element);
      survey.querySelector<HTMLInputElement>('#survey-satisfaction-satisfied')!.click();
      survey.querySelector<HTMLInputElement>('#survey-channel-phone')!.click();
      survey.querySelector('textarea')!.value = secrets.comment;
      survey.querySelector<HTMLButtonElement>('.survey-send')!.click();
      await settle(element);
      recorder.stop();

      expect(captured.printed).to.have.length(1);
      expect(captured.saved).to.have.length(1);
      expect(recorder.types()).to.deep.equal([
        'council-chat-open',
        'council-chat-message-send',
        'council-chat-request',
        'council-chat-staff-join',
        'council-chat-message-send',
        'council-chat-close',
        'council-chat-open',
        'council-chat-transcript-print',
        'council-chat-transcript-download',
        'council-chat-end',
        'council-chat-survey-submit',
      ]);
      for (const event of recorder.events) {
        const detail = JSON.stringify(event.detail);
        expect(event.bubbles && event.composed, event.type).to.be.true;
        for (const secret of [...Object.values(secrets), 'Amira', 'Sam', 'Quay', '4471']) {
          expect(detail, `${event.type} carries "${secret}"`).to.not.contain(secret);
        }
        expect(Date.parse(event.detail.time), `${event.type} time`).to.not.be.NaN;
      }
      const byType = (type: string) => recorder.events.find((event) => event.type === type)!;
      expect(byType('council-chat-staff-join').detail).to.include({
        chatId: 'chat-1',
        agentId: 'agent-1',
      });
      expect(byType('council-chat-end').detail).to.include({
        chatId: 'chat-1',
        endedBy: 'agent',
        handled: true,
        residentMessages: 2,
        staffMessages: 2,
      });
      expect(byType('council-chat-survey-submit').detail).to.deep.include({
        choices: { satisfaction: 'satisfied', channel: 'phone' },
        commented: true,
      });
      expect(byType('council-chat-transcript-print').detail).to.include({ messages: 4 });
      expect(byType('council-chat-transcript-download').detail).to.include({
        messages: 4,
        format: 'html',
      });
    });

    it('counts a chat abandoned before staff joined, and a skipped survey', async () => {
      const recorder = recordEvents();
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);

      await residentSays(element, transport, secrets.question);
      transport.emit({ type: 'chat-started', chatId: 'chat-2' }, { type: 'queued', position: 3 });
      await settle(element);
      inPanel<HTMLButtonElement>(element, '.end')!.click();
      transport.emit({ type: 'chat-ended', by: 'resident' });
      await settle(element);
      surveyRoot(element).querySelector<HTMLButtonElement>('.survey-skip')!.click();
      await settle(element);
      recorder.stop();

      expect(recorder.types()).to.deep.equal([
        'council-chat-open',
        'council-chat-message-send',
        'council-chat-request',
        'council-chat-abandon',
        'council-chat-end',
        'council-chat-survey-skip',
      ]);
      expect(recorder.events[3].detail).to.include({ chatId: 'chat-2', endedBy: 'resident' });
      expect(recorder.events[4].detail).to.include({ handled: false, staffMessages: 0 });
      expect(Object.keys(recorder.events[5].detail).sort()).to.deep.equal(['chatId', 'time']);
    });

    it('counts answers given through the public submitSurvey, as from the form', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-3' },
        { type: 'agent-joined', agent: testAgent },
        { type: 'chat-ended', by: 'agent' },
      );
      await settle(element);
      const recorder = recordEvents();

      await element.submitSurvey({ satisfaction: 'satisfied', channel: 'phone' });
      await element.submitSurvey(null);
      recorder.stop();

      expect(recorder.types()).to.deep.equal(['council-chat-survey-submit']);
      expect(recorder.events[0].detail).to.deep.include({
        chatId: 'chat-3',
        choices: { satisfaction: 'satisfied', channel: 'phone' },
      });
      expect(transport.named('submitSurvey')).to.have.length(1);
    });

    it('reaches listeners on the document from inside another shadow root', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const element = document.createElement('council-chat');
      element.transport = new ScriptedTransport();
      root.append(element);
      await element.updateComplete;
      const seen: string[] = [];
      document.addEventListener('council-chat-open', (event) => seen.push(event.type), {
        once: true,
      });

      launcherOf(element).click();
      await waitUntil(() => seen.length > 0, 'the open event did not reach the document');

      expect(seen).to.deep.equal(['council-chat-open']);
      host.remove();
    });
  });

  describe('from state changes', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const connected: ChatState = {
      ...initialChatState,
      phase: 'connected',
      chatId: 'chat-1',
      agent: testAgent,
    };
    const typesBetween = (previous: ChatState, next: ChatState) =>
      usageEventsBetween(previous, next, now).map((event) => event.type);

    function residentMessage(key: string, delivery: ChatMessage['delivery']): ChatMessage {
      return {
        key,
        clientId: key,
        sender: 'resident',
        text: 'secret',
        time: now.toISOString(),
        delivery,
      };
    }

    it('offers a chat once per chat id, so a resumed chat is not counted again', () => {
      const waiting: ChatState = { ...initialChatState, phase: 'waiting', chatId: 'chat-1' };

      expect(typesBetween(initialChatState, waiting)).to.deep.equal(['council-chat-request']);
      expect(typesBetween(waiting, { ...waiting, reference: 'HBC-1' })).to.deep.equal([]);
    });

    it('counts the first member of staff only: a transfer is not another handled chat', () => {
      const waiting: ChatState = { ...connected, phase: 'waiting', agent: undefined };
      const transferred: ChatState = { ...connected, agent: { id: 'agent-2', name: 'Sam' } };

      expect(typesBetween(waiting, connected)).to.deep.equal(['council-chat-staff-join']);
      expect(typesBetween(connected, transferred)).to.deep.equal([]);
    });

    it('counts a message when the backend accepts it, once, however often it was retried', () => {
      const sending = { ...connected, messages: [residentMessage('a', 'sending')] };
      const failed = { ...connected, messages: [residentMessage('a', 'failed')] };
      const sent = { ...connected, messages: [residentMessage('a', 'sent')] };
      const echoedAgain = {
        ...connected,
        messages: [{ ...residentMessage('a', 'sent'), id: 'm1' }],
      };

      expect(typesBetween(connected, sending)).to.deep.equal([]);
      expect(typesBetween(sending, failed)).to.deep.equal([]);
      expect(typesBetween(failed, sent)).to.deep.equal(['council-chat-message-send']);
      expect(typesBetween(sent, echoedAgain)).to.deep.equal([]);
    });

    it('numbers messages accepted together in order', () => {
      const two = {
        ...connected,
        messages: [residentMessage('a', 'sent'), residentMessage('b', 'sent')],
      };

      const events = usageEventsBetween(connected, two, now);

      expect(events.map((event) => event.detail)).to.deep.equal([
        { chatId: 'chat-1', time: now.toISOString(), residentMessages: 1 },
        { chatId: 'chat-1', time: now.toISOString(), residentMessages: 2 },
      ]);
    });

    it('does not count staff who turn up after the chat ended as a handled chat', () => {
      const abandoned: ChatState = { ...connected, phase: 'ended', agent: undefined };

      expect(typesBetween(abandoned, { ...abandoned, agent: testAgent })).to.deep.equal([]);
    });
  });

  describe('survey answers', () => {
    it('passes on only the fixed choices, and whether a comment was written', () => {
      const questions = defaultSurveyQuestions();
      const state: ChatState = { ...initialChatState, chatId: 'chat-1' };

      const event: UsageEvent = surveyUsageEvent(
        state,
        { satisfaction: 'satisfied', channel: 'my own words', comment: secrets.comment },
        questions,
        new Date('2026-12-03T10:00:00Z'),
      );

      expect(event).to.deep.equal({
        type: 'council-chat-survey-submit',
        detail: {
          chatId: 'chat-1',
          time: '2026-12-03T10:00:00.000Z',
          choices: { satisfaction: 'satisfied' },
          commented: true,
        },
      });
    });
  });
});
