import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import { Announcer } from '../../src/element/announcer.js';
import { Labels } from '../../src/localization/labels.js';
import '../../src/localization/panel-labels.js';
import { ChatSession } from '../../src/session/chat-session.js';
import { type ChatState, initialChatState } from '../../src/session/chat-state.js';
import type { Agent, MessageEvent, TransportEvent } from '../../src/transport/transport.js';
import { listenToAnnouncements } from '../helpers/announcements.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  chatFixture,
  launcherOf,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

const colleague = { id: 'agent-2', name: 'Sam', team: 'Revenues' };

/** A backend that replays the conversation when a chat is resumed, as the contract asks. */
class ReplayingTransport extends ScriptedTransport {
  readonly #replay: TransportEvent[];

  constructor(replay: TransportEvent[]) {
    super();
    this.#replay = replay;
  }

  override async resumeChat(chatId: string): Promise<void> {
    await super.resumeChat(chatId);
    this.emit(...this.#replay);
  }
}

function staffMessage(id: string, text: string, agent: Agent = testAgent): MessageEvent {
  return { type: 'message', id, sender: 'agent', agent, text, time: '2026-12-03T10:00:00Z' };
}

/** The resident's message as the backend echoes it back. */
function echoOf(transport: ScriptedTransport, index = 0): MessageEvent {
  const { clientId, text } = transport.named('sendMessage')[index].args[0] as {
    clientId: string;
    text: string;
  };
  return {
    type: 'message',
    id: `echo-${clientId}`,
    clientId,
    sender: 'resident',
    text,
    time: '2026-12-03T09:59:00Z',
  };
}

/** Lets the element and panel draw, and the announcer speak. */
async function afterEvents(element: Parameters<typeof settle>[0]): Promise<void> {
  await settle(element);
  await new Promise((resolve) => setTimeout(resolve));
}

describe('screen reader announcements', () => {
  it('is accessible with the live regions in place', async () => {
    const element = await chatFixture(new ScriptedTransport());
    await openPanel(element);

    await expectNoAxeViolations(element);

    expect(element.querySelectorAll('[aria-live]')).to.have.length(2);
  });

  describe('where the live regions are', () => {
    it('puts them in the light DOM, slotted into the widget, heard but not seen', async () => {
      const element = await chatFixture(new ScriptedTransport());

      await openPanel(element);

      const regions = [...element.querySelectorAll('[aria-live]')];
      expect(regions.map((region) => region.getAttribute('aria-live'))).to.deep.equal([
        'polite',
        'assertive',
      ]);
      const container = regions[0].parentElement!;
      expect(container.parentElement).to.equal(element);
      expect(container.assignedSlot !== null, 'slotted into the shadow root').to.be.true;
      const box = container.getBoundingClientRect();
      expect(box.width * box.height).to.be.at.most(1);
    });

    it('adds nothing to a page where nobody opens the chat', async () => {
      const element = await chatFixture(new ScriptedTransport());

      await element.updateComplete;

      expect(element.children).to.have.length(0);
    });
  });

  describe('during a conversation', () => {
    it('announces each staff message once with its sender, and confirms own messages briefly', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      const heard = listenToAnnouncements(element);

      await sendFromComposer(element, 'When is my bin day? My postcode is HB1 2QS.');
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'queued', position: 2, estimatedWaitSeconds: 120 },
      );
      await afterEvents(element);
      transport.emit(echoOf(transport));
      await afterEvents(element);
      transport.emit(
        { type: 'agent-joined', agent: testAgent },
        staffMessage('m1', 'Hello, I can help with bins.'),
      );
      await afterEvents(element);
      transport.emit(staffMessage('m2', 'Your bin day is Tuesday.'));
      await afterEvents(element);
      // The backend sends the same messages again, as after a reconnection.
      transport.emit(staffMessage('m1', 'Hello, I can help with bins.'), echoOf(transport));
      await afterEvents(element);

      expect(heard.polite).to.deep.equal([
        'You are number 2 in the queue. Expected wait: about 2 minutes.',
        'Sent',
        'Amira from Customer Services joined the chat.',
        'Amira: Hello, I can help with bins.',
        'Amira: Your bin day is Tuesday.',
      ]);
      expect(heard.polite.join(' ')).not.to.contain('HB1 2QS');
      expect(heard.assertive).to.deep.equal([]);
    });

    it('announces a transfer, and the new member of staff by name', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await afterEvents(element);
      const heard = listenToAnnouncements(element);

      transport.emit(
        { type: 'agent-joined', agent: colleague, transfer: true },
        staffMessage('m5', 'Hi, Sam here.', colleague),
      );
      await afterEvents(element);

      expect(heard.polite).to.deep.equal([
        'You are now chatting with Sam from the Revenues team.',
        'Sam: Hi, Sam here.',
      ]);
    });

    it('still announces new messages after the panel is closed and opened again, and repeats nothing', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
        staffMessage('m1', 'Hello.'),
      );
      await afterEvents(element);
      const heard = listenToAnnouncements(element);

      launcherOf(element).click();
      await afterEvents(element);
      transport.emit(staffMessage('m2', 'Are you still there?'));
      await afterEvents(element);
      launcherOf(element).click();
      await afterEvents(element);
      transport.emit(staffMessage('m3', 'Here is the link you asked for.'));
      await afterEvents(element);

      expect(heard.polite).to.deep.equal([
        'Amira: Are you still there?',
        'Amira: Here is the link you asked for.',
      ]);
    });

    it('announces a message that was not sent, and problems, assertively', async () => {
      const transport = new ScriptedTransport();
      transport.failing.add('sendMessage');
      const element = await chatFixture(transport);
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await afterEvents(element);
      const heard = listenToAnnouncements(element);

      await sendFromComposer(element, 'Hello?');
      await waitUntil(() => heard.assertive.length === 1, 'the failure was not announced');
      transport.emit({ type: 'error', code: 'unavailable', message: 'closed for the night' });
      await afterEvents(element);

      expect(heard.assertive).to.deep.equal([
        'Your message was not sent. Use Try again to send it.',
        'Web chat is closed at the moment. Please try again during opening hours.',
      ]);
      expect(heard.polite).to.deep.equal([]);
    });

    it("speaks in the widget's language", async () => {
      const transport = new ScriptedTransport();
      const element = await fixture<HTMLElement>(
        html`<council-chat
          lang="cy"
          team-name="Gwasanaethau Cwsmeriaid"
          .transport=${transport}
        ></council-chat>`,
      );
      const chat = element as Parameters<typeof openPanel>[0];
      await openPanel(chat);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await afterEvents(chat);
      const heard = listenToAnnouncements(element);

      await sendFromComposer(chat, 'Helo');
      transport.emit(echoOf(transport));
      await afterEvents(chat);

      expect(heard.polite).to.deep.equal(["Wedi'i anfon"]);
      expect(element.querySelector('[slot]')!.getAttribute('lang')).to.equal('cy');
    });
  });

  describe('history', () => {
    const history: ChatState = {
      ...initialChatState,
      phase: 'connected',
      chatId: 'chat-1',
      agent: testAgent,
      messages: [
        {
          key: 'm1',
          id: 'm1',
          sender: 'agent',
          agent: testAgent,
          text: 'Hello.',
          time: '2026-12-03T09:00:00Z',
        },
      ],
    };

    it('reads out nothing of a chat taken up on the next page, then each new message', async () => {
      const storageKey = `announcer-${crypto.randomUUID()}`;
      const firstTransport = new ScriptedTransport();
      const firstPage = await chatFixture(firstTransport, storageKey);
      await openPanel(firstPage);
      firstTransport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
        staffMessage('m1', 'Hello.'),
      );
      await settle(firstPage);
      firstPage.remove();

      const transport = new ReplayingTransport([
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
        staffMessage('m1', 'Hello.'),
        // Written while the resident was between pages: history too, by the time it is seen.
        staffMessage('m2', 'Did the link work?'),
      ]);
      const nextPage = document.createElement('council-chat');
      nextPage.storageKey = storageKey;
      nextPage.transport = transport;
      const heard = listenToAnnouncements(nextPage);
      document.body.append(nextPage);
      await waitUntil(() => transport.named('resumeChat').length === 1, 'the chat was not resumed');
      await settle(nextPage);

      transport.emit(staffMessage('m3', 'Let me know if you need anything else.'));
      await settle(nextPage);

      expect(heard.polite).to.deep.equal(['Amira: Let me know if you need anything else.']);
      nextPage.remove();
      sessionStorage.clear();
    });

    it('reads out nothing a resumed chat brings back, and then each new message', async () => {
      const host = document.body.appendChild(document.createElement('div'));
      const transport = new ScriptedTransport();
      const session = new ChatSession(transport, { initialState: history });
      const announcer = new Announcer(host, () => ({
        labels: new Labels(),
        locale: 'en-GB',
        lang: 'en-GB',
        dir: 'ltr',
      }));
      announcer.follow(session);
      const heard = listenToAnnouncements(host);

      await announcer.whileReplaying(async () => {
        await session.resume();
        transport.emit(
          { type: 'chat-started', chatId: 'chat-1' },
          { type: 'agent-joined', agent: testAgent },
          staffMessage('m1', 'Hello.'),
          // Written while the resident was between pages: history too, by the time it is seen.
          staffMessage('m2', 'Did the link work?'),
        );
      });
      transport.emit(staffMessage('m3', 'Let me know if you need anything else.'));
      await new Promise((resolve) => setTimeout(resolve));

      expect(heard.polite).to.deep.equal(['Amira: Let me know if you need anything else.']);
      expect(transport.named('resumeChat')).to.have.length(1);
      host.remove();
    });
  });
});
