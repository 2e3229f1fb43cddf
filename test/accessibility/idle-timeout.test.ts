import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { CouncilChat } from '../../src/council-chat.js';
import { applyTransportEvent } from '../../src/session/apply-event.js';
import { type ChatState, initialChatState } from '../../src/session/chat-state.js';
import { MockTransport } from '../../src/transport/mock/mock-transport.js';
import { validateTransportEvent } from '../../src/transport/validate-event.js';
import { listenToAnnouncements } from '../helpers/announcements.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  chatFixture,
  inPanel,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { focusPage } from '../helpers/devtools.js';
import { ManualScheduler } from '../helpers/manual-scheduler.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

/** A chat with staff connected, on a scripted backend. */
async function connectedChat(): Promise<{ element: CouncilChat; transport: ScriptedTransport }> {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  await openPanel(element);
  transport.emit(
    { type: 'chat-started', chatId: 'chat-1' },
    { type: 'agent-joined', agent: testAgent },
  );
  await settle(element);
  return { element, transport };
}

/**
 * Whether the panel shows `selector`. Assertions take this boolean, never the element: a
 * failing assertion on a DOM node makes the test runner serialise the whole document.
 */
function shows(element: CouncilChat, selector: string): boolean {
  return inPanel(element, selector) !== null;
}

function typeInComposer(element: CouncilChat, text: string): void {
  const field = inPanel<HTMLTextAreaElement>(element, 'textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('ending idle chats (WCAG 2.2.1 Timing Adjustable)', () => {
  it('is accessible while warning', async () => {
    const { element, transport } = await connectedChat();

    transport.emit({ type: 'idle-warning', secondsLeft: 60 });
    await settle(element);

    expect(shows(element, '.idle-warning')).to.be.true;
    await expectNoAxeViolations(element);
  });

  describe('the warning', () => {
    it('says how long is left, is announced assertively once, and takes no focus', async () => {
      const { element, transport } = await connectedChat();
      const hostField = document.createElement('input');
      hostField.setAttribute('aria-label', 'Postcode');
      document.body.append(hostField);
      hostField.focus();
      const heard = listenToAnnouncements(element);

      transport.emit({ type: 'idle-warning', secondsLeft: 60 });
      await settle(element);
      await settle(element);

      expect(inPanel(element, '.idle-warning p')!.textContent).to.contain('60 seconds');
      expect(heard.assertive).to.have.length(1);
      expect(heard.assertive[0]).to.contain('will close in 60 seconds');
      expect(document.activeElement === hostField, 'focus left the page field').to.be.true;
      hostField.remove();
    });

    it('is extended with one action, as often as needed', async () => {
      const { element, transport } = await connectedChat();

      for (let time = 1; time <= 3; time++) {
        transport.emit({ type: 'idle-warning', secondsLeft: 30 });
        await settle(element);
        inPanel<HTMLButtonElement>(element, '.idle-warning button')!.click();
        await settle(element);

        expect(shows(element, '.idle-warning'), `warning ${time} stayed`).to.be.false;
        expect(transport.named('keepAlive')).to.have.length(time);
      }
    });

    it('keeps focus in the panel after Keep chat open is pressed from the keyboard', async () => {
      await focusPage();
      const { element, transport } = await connectedChat();
      transport.emit({ type: 'idle-warning', secondsLeft: 30 });
      await settle(element);

      inPanel<HTMLButtonElement>(element, '.idle-warning button')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);

      expect(transport.named('keepAlive')).to.have.length(1);
      expect(deepActiveElement()?.tagName).to.equal('TEXTAREA');
    });

    it('goes when the resident starts typing, which keeps the chat open too', async () => {
      await focusPage();
      const { element, transport } = await connectedChat();
      transport.emit({ type: 'idle-warning', secondsLeft: 30 });
      await settle(element);

      inPanel<HTMLTextAreaElement>(element, 'textarea')!.focus();
      await sendKeys({ type: 'Y' });
      await settle(element);

      expect(transport.named('keepAlive')).to.have.length(1);
      expect(shows(element, '.idle-warning')).to.be.false;
    });

    it('goes when anyone writes', async () => {
      const { element, transport } = await connectedChat();
      transport.emit({ type: 'idle-warning', secondsLeft: 30 });
      await settle(element);

      await sendFromComposer(element, 'Sorry, I was finding my bill.');

      expect(shows(element, '.idle-warning')).to.be.false;
    });
  });

  describe('backends', () => {
    it('are told off for warning less than 20 seconds ahead, and the warning still shows', async () => {
      const problems: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: string) => problems.push(message);
      try {
        const { element, transport } = await connectedChat();

        transport.emit({ type: 'idle-warning', secondsLeft: 10 });
        await settle(element);

        expect(problems.join('\n')).to.contain('at least 20');
        expect(shows(element, '.idle-warning')).to.be.true;
      } finally {
        console.warn = originalWarn;
      }
    });

    it('have idle-warning checked like every other event', () => {
      expect(validateTransportEvent({ type: 'idle-warning', secondsLeft: 45 })).to.deep.equal({
        type: 'idle-warning',
        secondsLeft: 45,
      });
      expect(validateTransportEvent({ type: 'idle-warning', secondsLeft: -1 })).to.be.a('string');
      expect(validateTransportEvent({ type: 'idle-warning', secondsLeft: '45' })).to.be.a('string');
    });

    it('have warnings ignored before a chat and after it ends', () => {
      const idle: ChatState = initialChatState;
      const ended: ChatState = { ...initialChatState, phase: 'ended' };

      expect(applyTransportEvent(idle, { type: 'idle-warning', secondsLeft: 30 })).to.equal(idle);
      expect(applyTransportEvent(ended, { type: 'idle-warning', secondsLeft: 30 })).to.equal(ended);
    });
  });

  describe('the mock backend with a short idle timeout', () => {
    it('warns 60 seconds ahead, extends on request, and ends an idle chat', async () => {
      const scheduler = new ManualScheduler();
      const transport = new MockTransport({
        scheduler,
        queueLength: 0,
        idleTimeoutSeconds: 120,
        idleWarningSeconds: 60,
      });
      const element = await chatFixture(transport);
      await openPanel(element);
      await sendFromComposer(element, 'What are the tide times?');
      scheduler.advance(10_000);
      await settle(element);
      // Typing is activity: the backend's two minutes start again from here.
      typeInComposer(element, 'Thank');

      scheduler.advance(59_000);
      await settle(element);
      expect(shows(element, '.idle-warning'), 'warned too early').to.be.false;

      scheduler.advance(1_000);
      await settle(element);
      expect(shows(element, '.idle-warning'), 'did not warn').to.be.true;

      inPanel<HTMLButtonElement>(element, '.idle-warning button')!.click();
      await settle(element);
      scheduler.advance(119_000);
      await settle(element);
      expect(shows(element, '.ended'), 'ended although kept open').to.be.false;

      scheduler.advance(1_000);
      await waitUntil(() => shows(element, '.ended'), 'the idle chat did not end');
      expect(inPanel(element, '.ended')!.textContent).to.contain(
        'The chat was closed because nobody had written for a while.',
      );
      expect(transport.commands.map((command) => command.name)).to.include('keepAlive');
      transport.dispose();
    });
  });
});
