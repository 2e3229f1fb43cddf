import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { CouncilChat } from '../src/council-chat.js';
import { MockTransport } from '../src/transport/mock/mock-transport.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  launcherOf,
  openPanel,
  panelOf,
  patience,
  sendFromComposer,
  settle,
  transcriptTexts,
} from './helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from './helpers/scripted-transport.js';

/** The element's focused node, looking through both shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<council-chat>', () => {
  afterEach(() => sessionStorage.clear());

  describe('accessibility in every state', () => {
    it('is accessible closed, open, waiting, connected and ended', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await expectNoAxeViolations(element);

      await openPanel(element);
      await expectNoAxeViolations(element);

      await sendFromComposer(element, 'When is my bin day?');
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'queued', position: 2, estimatedWaitSeconds: 120 },
      );
      await settle(element);
      expect(inPanel(element, '.status')!.textContent).to.contain('number 2 in the queue');
      await expectNoAxeViolations(element);

      transport.emit(
        { type: 'agent-joined', agent: testAgent },
        {
          type: 'message',
          id: 'm2',
          sender: 'agent',
          agent: testAgent,
          text: 'Hello, how can I help? See https://example.org/bins for days.',
          time: '2026-03-29T00:59:30Z',
        },
        { type: 'typing', typing: true },
      );
      await settle(element);
      expect(inPanel(element, '.typing')!.textContent).to.contain('Amira is typing');
      await expectNoAxeViolations(element);

      transport.emit({ type: 'chat-ended', by: 'agent' });
      await settle(element);
      expect(inPanel(element, '.ended')).to.exist;
      await expectNoAxeViolations(element);
    });
  });

  describe('a conversation through the mock', () => {
    it('opens, sends a question, shows the staff reply with name and photo, and ends', async () => {
      const transport = new MockTransport({ timing: 'instant', queueLength: 2 });
      const element = await chatFixture(transport);

      await openPanel(element);
      await sendFromComposer(element, 'How do I pay my council tax?');
      await waitUntil(
        () => allInPanel(element, '.from-agent').length >= 2,
        'staff did not greet and answer',
        patience,
      );

      const reply = allInPanel(element, '.from-agent').at(-1)!;
      expect(reply.querySelector('.sender')!.textContent).to.equal('Amira');
      expect(reply.querySelector('.text')!.textContent).to.contain('pay-council-tax.html');
      const avatar = reply.querySelector('council-chat-avatar')!;
      expect(avatar.src).to.match(/amira\.svg$/);
      expect(inPanel(element, '.title')!.textContent).to.equal('Amira');
      expect(transcriptTexts(element)[0]).to.equal('How do I pay my council tax?');

      inPanel<HTMLButtonElement>(element, '.end')!.click();
      await waitUntil(() => inPanel(element, '.ended'), 'the chat did not end', patience);
      expect(inPanel(element, '.ended')!.textContent).to.contain('You ended the chat');
      expect(inPanel(element, 'textarea')).to.equal(null);
      transport.dispose();
    });

    it('passes the chat to a colleague with a notice, keeping the history', async () => {
      const transport = new MockTransport({ timing: 'instant', queueLength: 0 });
      const element = await chatFixture(transport);
      await openPanel(element);

      await sendFromComposer(element, 'I have had a council tax reminder about arrears');
      await waitUntil(
        () => allInPanel(element, '.from-agent .sender').some((n) => n.textContent === 'Sam'),
        'Sam did not take over',
        patience,
      );

      const notices = allInPanel(element, '.notice').map((node) =>
        node.textContent!.replace(/[\u2068\u2069]/g, '').trim(),
      );
      expect(notices.some((text) => text.includes('now chatting with Sam from the Revenues team')))
        .to.be.true;
      expect(transcriptTexts(element)[0]).to.contain('arrears');
      expect(inPanel(element, '.title')!.textContent).to.equal('Sam');
      transport.dispose();
    });
  });

  describe('never opens by itself', () => {
    it('stays closed on load for longer than any of the mock staff delays', async () => {
      const element = await chatFixture(new MockTransport({ timing: 0.01 }));

      await aTimeout(300);

      expect(element.open).to.be.false;
      expect(launcherOf(element).getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(element)).to.equal(null);
    });

    it('stays closed when staff write while the resident has closed the panel', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      await sendFromComposer(element, 'What are the tide times?');
      launcherOf(element).click();
      await element.updateComplete;

      transport.emit(
        { type: 'chat-started', chatId: 'c1' },
        { type: 'agent-joined', agent: testAgent },
        { type: 'typing', typing: true },
        {
          type: 'message',
          id: 'm1',
          sender: 'agent',
          agent: testAgent,
          text: 'High tide is at 06:42.',
          time: '2026-12-03T10:00:00Z',
        },
      );
      await settle(element);

      expect(allInPanel(element, '.from-agent')).to.have.length(1);
      expect(element.open).to.be.false;
      expect(element.shadowRoot!.querySelector('.panel-frame')!.hasAttribute('hidden')).to.be.true;
    });
  });

  describe('hostile text', () => {
    it('shows HTML in staff and resident messages as text and runs nothing', async () => {
      const ran = { value: false };
      (window as unknown as { pwned: () => void }).pwned = () => (ran.value = true);
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      const hostile = 'Here you go <img src=x onerror=pwned()>';

      await sendFromComposer(element, `${hostile} (from me)`);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
        {
          type: 'message',
          id: 'm1',
          sender: 'agent',
          agent: testAgent,
          text: hostile,
          time: '2026-12-03T10:00:00Z',
        },
      );
      await settle(element);
      await aTimeout(50);

      expect(transcriptTexts(element)).to.include(hostile);
      expect(transcriptTexts(element)).to.include(`${hostile} (from me)`);
      expect(allInPanel(element, '.text img')).to.have.length(0);
      expect(ran.value).to.be.false;
    });
  });

  describe('keyboard', () => {
    it('goes launcher, Enter, composer, type, Enter, Escape, back to the launcher', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      launcherOf(element).focus();

      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => deepActiveElement()?.tagName === 'TEXTAREA',
        'composer not focused',
        patience,
      );
      await sendKeys({ type: 'Where do I pay my bill?' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => transport.named('sendMessage').length === 1,
        'nothing was sent',
        patience,
      );

      expect(deepActiveElement()?.tagName).to.equal('TEXTAREA');
      expect((deepActiveElement() as HTMLTextAreaElement).value).to.equal('');

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;

      expect(element.open).to.be.false;
      expect(deepActiveElement()).to.equal(launcherOf(element));
    });

    it('makes Shift+Enter a new line instead of sending', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      await waitUntil(
        () => deepActiveElement()?.tagName === 'TEXTAREA',
        'composer not focused',
        patience,
      );

      await sendKeys({ type: 'First line' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'second line' });

      expect(inPanel<HTMLTextAreaElement>(element, 'textarea')!.value).to.equal(
        'First line\nsecond line',
      );
      expect(transport.named('sendMessage')).to.have.length(0);
    });

    it('closes with the close button and returns focus to the launcher', async () => {
      const element = await chatFixture(new ScriptedTransport());
      await openPanel(element);

      inPanel<HTMLButtonElement>(element, '.close')!.click();
      await element.updateComplete;
      await aTimeout(0);

      expect(element.open).to.be.false;
      expect(deepActiveElement()).to.equal(launcherOf(element));
    });
  });

  describe('opening from the page', () => {
    it('opens from any element with data-council-chat-open', async () => {
      const element: CouncilChat = await chatFixture(new ScriptedTransport());
      const link = document.createElement('a');
      link.href = '#chat';
      link.dataset.councilChatOpen = '';
      link.textContent = 'Chat with us';
      document.body.append(link);

      link.click();
      await waitUntil(() => panelOf(element), 'the panel did not open', patience);

      expect(element.open).to.be.true;
      expect(location.hash).to.not.equal('#chat');
      link.remove();
    });
  });
});
