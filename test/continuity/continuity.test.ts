import { expect, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import type { MockTransport } from '../../src/transport/mock/mock-transport.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  newStorageKey,
  inPanel,
  launcherOf,
  openPanel,
  panelOf,
  sendFromComposer,
  settle,
  transcriptTexts,
} from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';
import { SiteFrame, type SitePageOptions } from '../helpers/site-frame.js';

const frames: SiteFrame[] = [];

/** A page of a test site of its own, closed after the test. */
async function openPage(options: Partial<SitePageOptions> & { storageKey: string }) {
  const frame = await SiteFrame.open(options);
  frames.push(frame);
  return frame;
}

const newSiteKey = () => `continuity-${crypto.randomUUID()}`;

/** Types into the composer without sending, as the resident does. */
function typeDraft(element: CouncilChat, text: string): void {
  const field = inPanel<HTMLTextAreaElement>(element, 'textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Asks the mock staff a question and waits for the greeting and the answer. */
async function askStaff(element: CouncilChat, question: string): Promise<void> {
  const before = allInPanel(element, '.from-agent').length;
  await sendFromComposer(element, question);
  await waitUntil(
    () => allInPanel(element, '.from-agent').length >= before + (before === 0 ? 2 : 1),
    'staff did not answer',
    { timeout: 5000 },
  );
}

/** How far the transcript is from showing its newest message, in pixels. */
function distanceFromNewest(element: CouncilChat): number {
  const transcript = inPanel(element, '.transcript')!;
  expect(transcript.scrollHeight, 'the transcript should overflow').to.be.greaterThan(
    transcript.clientHeight,
  );
  return transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight;
}

/** Everything a resident reads in the transcript, sender and text, in order. */
function transcriptOf(element: CouncilChat): string[] {
  return allInPanel(element, '.message').map(
    (item) =>
      `${item.querySelector('.sender')?.textContent}: ${item.querySelector('.text')?.textContent}`,
  );
}

function mockOf(frame: SiteFrame): MockTransport {
  return frame.window.testTransport as MockTransport;
}

function storageNotices(element: CouncilChat): HTMLElement[] {
  return allInPanel(element, '.problem').filter((problem) =>
    problem.textContent!.includes('may not follow you to another page'),
  );
}

describe('the conversation follows the resident', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    sessionStorage.clear();
  });

  describe('accessibility', () => {
    it('is accessible restored on a new page and with the storage notice', async () => {
      const transport = new ScriptedTransport();
      const resident = newStorageKey();
      const first = await chatFixture(transport, resident);
      await openPanel(first);
      await sendFromComposer(first, 'Is my road being gritted?');
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await settle(first);
      first.remove();

      const restored = await chatFixture(new ScriptedTransport(), resident);
      await waitUntil(() => panelOf(restored), 'the chat did not come back');
      await settle(restored);

      expect(restored.open).to.be.true;
      expect(transcriptTexts(restored)).to.deep.equal(['Is my road being gritted?']);
      await expectNoAxeViolations(restored);

      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await sendFromComposer(restored, 'It is the one by the school.');
        await waitUntil(() => storageNotices(restored).length === 1, 'no notice');
        await expectNoAxeViolations(restored);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('after a reload and on the next page', () => {
    it('brings back transcript, staff, draft and open panel, without moving focus', async () => {
      const storageKey = newSiteKey();
      const page = await openPage({ storageKey });
      await openPanel(page.element);
      await askStaff(page.element, 'When is my bin collection?');
      typeDraft(page.element, 'And what goes in the green bin?');
      const before = transcriptOf(page.element);

      await page.reload();
      await page.chatShown();
      await waitUntil(() => transcriptOf(page.element).length === before.length, 'no transcript');
      await settle(page.element);

      expect(transcriptOf(page.element)).to.deep.equal(before);
      expect(inPanel(page.element, '.title')!.textContent).to.equal('Amira');
      expect(inPanel<HTMLTextAreaElement>(page.element, 'textarea')!.value).to.equal(
        'And what goes in the green bin?',
      );
      expect(page.element.open).to.be.true;
      expect(page.document.activeElement).to.equal(page.document.body);
      expect(distanceFromNewest(page.element)).to.be.lessThan(2);
      expect(mockOf(page).commands.map((command) => command.name)).to.not.include('startChat');

      const staffLink = allInPanel<HTMLAnchorElement>(page.element, '.from-agent .text a').find(
        (link) => link.href.endsWith('/bin-collections.html'),
      )!;
      await page.follow(staffLink);
      await page.chatShown();
      await waitUntil(() => transcriptOf(page.element).length === before.length, 'no transcript');
      await settle(page.element);

      expect(page.path).to.match(/\/bin-collections\.html$/);
      expect(transcriptOf(page.element)).to.deep.equal(before);
      expect(inPanel(page.element, '.title')!.textContent).to.equal('Amira');
      expect(inPanel<HTMLTextAreaElement>(page.element, 'textarea')!.value).to.equal(
        'And what goes in the green bin?',
      );
      expect(page.element.open).to.be.true;
      expect(page.document.activeElement).to.equal(page.document.body);
    });

    it('keeps a closed panel closed, with the launcher offering the chat back', async () => {
      const page = await openPage({ storageKey: newSiteKey() });
      await openPanel(page.element);
      await askStaff(page.element, 'What are the tide times?');
      launcherOf(page.element).click();
      await page.element.updateComplete;

      await page.reload();
      await page.chatShown();
      await settle(page.element);

      expect(page.element.open).to.be.false;
      expect(launcherOf(page.element).textContent).to.contain('Return to your chat');
      expect(transcriptOf(page.element)[0]).to.equal('You: What are the tide times?');
    });

    it('keeps nothing before the resident starts a chat', async () => {
      const storageKey = newSiteKey();
      const page = await openPage({ storageKey });
      await openPanel(page.element);

      typeDraft(page.element, 'I was going to ask');
      await settle(page.element);

      expect(sessionStorage.getItem(`${storageKey}:chat`)).to.equal(null);
      expect(sessionStorage.getItem(`${storageKey}:view`)).to.equal(null);

      await page.reload();

      expect(panelOf(page.element)).to.equal(null);
      expect(page.element.open).to.be.false;
    });

    it('forgets the chat once it has ended and the resident starts afresh', async () => {
      const storageKey = newSiteKey();
      const page = await openPage({ storageKey });
      await openPanel(page.element);
      await askStaff(page.element, 'What are the tide times?');
      expect(sessionStorage.getItem(`${storageKey}:chat`)).to.not.equal(null);

      inPanel<HTMLButtonElement>(page.element, '.end')!.click();
      await waitUntil(() => inPanel(page.element, '.ended'), 'the chat did not end');
      // Kept until the exit survey is done, so it can be answered on the next page.
      expect(sessionStorage.getItem(`${storageKey}:chat`)).to.not.equal(null);
      inPanel<HTMLButtonElement>(page.element, '.ended button')!.click();
      await settle(page.element);
      await waitUntil(() => sessionStorage.getItem(`${storageKey}:chat`) === null, 'still kept');

      expect(sessionStorage.getItem(`${storageKey}:view`)).to.equal(null);
    });
  });

  describe('in two tabs of the same site', () => {
    for (const channel of ['broadcast', 'storage'] as const) {
      it(`follows a chat started in another open tab (${channel} channel)`, async () => {
        const storageKey = newSiteKey();
        const first = await openPage({ storageKey, tab: 'separate', channel });
        const second = await openPage({ storageKey, tab: 'separate', channel });
        await openPanel(second.element);
        await openPanel(first.element);
        expect('BroadcastChannel' in second.window).to.equal(channel === 'broadcast');

        await askStaff(first.element, 'When is my bin collection?');
        await waitUntil(
          () => transcriptOf(second.element).length === transcriptOf(first.element).length,
          'the second tab did not follow',
          { timeout: 5000 },
        );
        await sendFromComposer(second.element, 'Thanks, and the recycling?');
        await waitUntil(
          () =>
            transcriptOf(first.element).includes('You: Thanks, and the recycling?') &&
            transcriptOf(first.element).length === transcriptOf(second.element).length &&
            transcriptOf(first.element).length >= 4,
          'the tabs did not agree',
          { timeout: 5000 },
        );
        await waitUntil(
          () => transcriptOf(first.element).join() === transcriptOf(second.element).join(),
          'the transcripts differ',
          { timeout: 5000 },
        );

        const started = [first, second].flatMap((frame) =>
          mockOf(frame).commands.filter((command) => command.name === 'startChat'),
        );
        expect(started).to.have.length(1);
        expect(inPanel(second.element, '.title')!.textContent).to.equal('Amira');
      });
    }

    it('shows the whole chat in a tab opened later, which sends into the same chat', async () => {
      const storageKey = newSiteKey();
      const first = await openPage({ storageKey, tab: 'separate' });
      await openPanel(first.element);
      await askStaff(first.element, 'When is my bin collection?');

      const second = await openPage({ storageKey, tab: 'separate', page: 'bin-collections.html' });
      await second.chatShown();
      await waitUntil(
        () => transcriptOf(second.element).join() === transcriptOf(first.element).join(),
        'the later tab did not show the chat',
        { timeout: 5000 },
      );
      expect(second.element.open, 'a tab opened later does not open by itself').to.be.false;

      await openPanel(second.element);
      await sendFromComposer(second.element, 'Do you collect garden waste?');
      await waitUntil(
        () =>
          transcriptOf(first.element).includes('You: Do you collect garden waste?') &&
          transcriptOf(first.element).join() === transcriptOf(second.element).join(),
        'the tabs did not agree',
        { timeout: 5000 },
      );

      expect(mockOf(second).commands.map((command) => command.name)).to.not.include('startChat');
      const clientIds = mockOf(first)
        .backendMessages.flatMap((event) => (event.type === 'message' ? [event.clientId] : []))
        .filter(Boolean);
      expect(new Set(clientIds).size).to.equal(clientIds.length);
    });
  });

  describe('with storage blocked or full', () => {
    for (const storage of ['throws', 'denied', 'full'] as const) {
      it(`chats on this page and says once that the chat may not follow (${storage})`, async () => {
        const page = await openPage({ storageKey: newSiteKey(), storage });
        await openPanel(page.element);

        await askStaff(page.element, 'When is my bin collection?');
        await askStaff(page.element, 'What are the tide times?');

        expect(transcriptOf(page.element).filter((line) => line.startsWith('You:'))).to.have.length(
          2,
        );
        expect(allInPanel(page.element, '[data-delivery="failed"]')).to.have.length(0);
        expect(storageNotices(page.element)).to.have.length(1);
      });
    }
  });
});
