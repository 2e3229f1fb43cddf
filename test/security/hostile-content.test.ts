import { aTimeout, expect } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { hostileMessages, watchForPwned } from '../helpers/hostile-content.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

/** The text a sighted resident reads: everything except the screen-reader-only notes. */
function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

/** Elements in a message other than links and their "(opens in a new tab)" note. */
function unexpectedElements(paragraph: Element): string[] {
  return [...paragraph.querySelectorAll('*')]
    .filter((node) => node.localName !== 'a' && !node.matches('a > span.visually-hidden'))
    .map((node) => node.outerHTML);
}

/** A chat with one message from the resident and the same text from staff. */
async function chatWith(text: string): Promise<CouncilChat> {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  await openPanel(element);

  await sendFromComposer(element, text);
  transport.emit(
    { type: 'chat-started', chatId: 'chat-1' },
    { type: 'agent-joined', agent: testAgent },
    {
      type: 'message',
      id: 'm1',
      sender: 'agent',
      agent: testAgent,
      text,
      time: new Date().toISOString(),
    },
  );
  await settle(element);
  return element;
}

function expectNoSidewaysScrolling(element: CouncilChat): void {
  for (const selector of ['.panel', '.transcript', '.bubble', '.text']) {
    for (const box of allInPanel(element, selector)) {
      expect(box.scrollWidth, `${selector} scrolls sideways`).to.be.at.most(box.clientWidth);
    }
  }
  expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
}

describe('hostile message content in the live transcript', () => {
  let pwned: ReturnType<typeof watchForPwned>;

  beforeEach(() => (pwned = watchForPwned()));
  afterEach(() => {
    pwned.stop();
    sessionStorage.clear();
  });

  it('is accessible with hostile messages in the transcript', async () => {
    const element = await chatWith(
      hostileMessages.map((hostile) => hostile.text.slice(0, 200)).join('\n'),
    );

    await expectNoAxeViolations(element);
  });

  for (const hostile of hostileMessages) {
    it(`shows ${hostile.name} as text from staff and from the resident`, async () => {
      const element = await chatWith(hostile.text);
      await aTimeout(50);

      const fromResident = inPanel(element, '.from-resident .text')!;
      const fromStaff = inPanel(element, '.from-agent .text')!;
      // A text area turns a lone carriage return into a line feed, as the resident typed it.
      expect(visibleText(fromResident)).to.equal(hostile.text.replace(/\r\n?/g, '\n'));
      expect(visibleText(fromStaff)).to.equal(hostile.text);
      for (const paragraph of [fromResident, fromStaff]) {
        expect(unexpectedElements(paragraph)).to.deep.equal([]);
        const links = [...paragraph.querySelectorAll('a')];
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(hostile.links);
        for (const link of links) {
          expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(link.href).protocol);
        }
      }
      expect(pwned.ran(), 'a script in the message ran').to.be.false;
      expectNoSidewaysScrolling(element);
    });
  }

  it('opens other sites in a new tab without the opener, and council pages in the same tab', async () => {
    const element = await chatWith(
      `Pay at ${location.origin}/demo/pay-council-tax.html or read https://www.gov.uk/council-tax`,
    );

    const [own, other] = inPanel(element, '.from-agent .text')!.querySelectorAll('a');
    expect(own.hasAttribute('target')).to.be.false;
    expect(own.getAttribute('rel')).to.equal(null);
    expect(other.getAttribute('target')).to.equal('_blank');
    expect(other.getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
  });

  it('keeps an address reading left to right after a right-to-left override', async () => {
    const element = await chatWith('Open \u202Ehttps://example.org/fdp.exe today');

    const link = inPanel(element, '.from-agent .text a')!;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let address = walker.nextNode() as Text | null;
    while (address && !address.data.startsWith('https')) address = walker.nextNode() as Text;
    const characterBox = (offset: number) => {
      const range = document.createRange();
      range.setStart(address!, offset);
      range.setEnd(address!, offset + 1);
      return range.getBoundingClientRect();
    };

    expect(characterBox(0).left, 'the h of https is drawn left of the final e').to.be.below(
      characterBox(address!.data.length - 1).left,
    );
  });

  it("shows a staff member's name with HTML as text and refuses a photo that is not an image", async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    const hostileAgent = {
      id: 'agent-2',
      name: '<img src=x onerror=pwned()>',
      photoUrl: 'javascript:pwned()',
    };

    transport.emit(
      { type: 'chat-started', chatId: 'chat-1' },
      { type: 'agent-joined', agent: hostileAgent },
      {
        type: 'message',
        id: 'm1',
        sender: 'agent',
        agent: hostileAgent,
        text: 'Hello',
        time: new Date().toISOString(),
      },
    );
    await settle(element);
    await aTimeout(50);

    expect(inPanel(element, '.from-agent .sender')!.textContent).to.equal(hostileAgent.name);
    expect(inPanel(element, '.title')!.textContent).to.equal(hostileAgent.name);
    const avatars = allInPanel(element, 'council-chat-avatar');
    expect(
      avatars.flatMap((avatar) => [...avatar.shadowRoot!.querySelectorAll('img')]),
    ).to.have.length(0);
    expect(pwned.ran()).to.be.false;
  });
});
