import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';

import type { CouncilChat } from '../../src/council-chat.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  launcherOf,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { backgroundBehind, contrast, parseColour } from '../helpers/colour.js';
import { captureRecords } from '../helpers/conversation.js';
import { focusPage } from '../helpers/devtools.js';
import { deepActiveElement, describeFocus, tab } from '../helpers/focus.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';
import { type WidgetState, widgetIn } from '../helpers/widget-states.js';

const colleague = { id: 'agent-2', name: 'Sam', team: 'Revenues' };

/** Host page controls around the widget, as on a council page. */
function hostControls(): { before: HTMLAnchorElement; after: HTMLButtonElement; remove(): void } {
  const before = document.createElement('a');
  before.href = '#top';
  before.textContent = 'Council tax';
  document.body.prepend(before);

  const after = document.createElement('button');
  after.textContent = 'Search';
  document.body.append(after);

  const remove = () => (before.remove(), after.remove());
  hostControlsToRemove.push(remove);
  return { before, after, remove };
}

/** Removed after each test too, so a test that fails halfway leaves no stray Tab stops. */
const hostControlsToRemove: (() => void)[] = [];

const tabbable =
  'button, a[href], textarea, input, [tabindex="0"], council-chat-exit-survey, .ended';

/**
 * Every element of the panel that Tab should reach, in document order, with the exit survey's
 * own controls in its place: one stop for each group of radio buttons.
 */
function tabbableInPanel(element: CouncilChat): Element[] {
  return allInPanel(element, tabbable).flatMap((node) =>
    node.shadowRoot ? tabbableIn(node.shadowRoot) : tabbableIn(node),
  );
}

/**
 * Firefox also stops on a region that scrolls, such as the ended chat with its survey, even
 * when there are controls inside it (Chromium then stops on the controls only).
 */
const scrollersAreTabStops = navigator.userAgent.includes('Firefox');

function isScroller(node: Element): boolean {
  const { overflowY } = getComputedStyle(node);
  return (overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight;
}

/** Shift+Tab, stepping past a scrolling region where Firefox stops on it. */
async function tabBackToControl(): Promise<Element | null> {
  const focused = await tab(true);
  if (focused && scrollersAreTabStops && focused.matches('.ended') && isScroller(focused)) {
    return tab(true);
  }
  return focused;
}

function tabbableIn(scope: Element | ShadowRoot): Element[] {
  const nodes = scope instanceof ShadowRoot ? [...scope.querySelectorAll(tabbable)] : [scope];
  const radioGroups = new Set<string>();
  return nodes.filter((node) => {
    if (node.closest('[hidden]') || (node as HTMLElement).offsetParent === null) return false;
    if (node.matches('.ended')) return scrollersAreTabStops && isScroller(node);
    if (!(node instanceof HTMLInputElement) || node.type !== 'radio') return true;
    if (radioGroups.has(node.name)) return false;
    radioGroups.add(node.name);
    return true;
  });
}

/**
 * Walks with Tab from the page into the widget until focus leaves it again, checking the
 * focus indicator at each stop; returns what it met.
 */
async function tabThroughWidget(element: CouncilChat, limit = 400): Promise<Element[]> {
  const host = hostControls();
  host.before.focus();
  const visited: Element[] = [];
  try {
    for (let step = 0; step < limit; step++) {
      const focused = await tab();
      if (!focused || !isInWidget(element, focused)) return visited;
      expectVisibleFocus(focused);
      visited.push(focused);
    }
  } finally {
    host.remove();
  }
  throw new Error(`Tab never left the widget after ${limit} presses: a keyboard trap`);
}

function nameOf(node: Element): string {
  return `${node.tagName.toLowerCase()}.${node.className}`;
}

/** In the widget's shadow root or one inside it (the panel's, the exit survey's). */
function isInWidget(element: CouncilChat, node: Element): boolean {
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    if (root === element.shadowRoot) return true;
    root = root.host.getRootNode();
  }
  return false;
}

/**
 * The focus indicator must show against what surrounds the control (WCAG 2.4.7, 1.4.11): an
 * outline at least 2 px wide, with it or its inner ring at 3:1 or more.
 */
function expectVisibleFocus(control: Element): void {
  const style = getComputedStyle(control);
  const around = backgroundBehind(parentAcrossShadow(control) ?? control);
  const outline = parseColour(style.outlineColor)!;
  const ring = parseColour(style.boxShadow);
  const best = Math.max(contrast(outline, around), ring ? contrast(ring, around) : 0);

  expect(style.outlineStyle, `outline of ${describeFocus()}`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `outline width of ${describeFocus()}`).to.be.at.least(2);
  expect(best, `focus contrast of ${describeFocus()}`).to.be.at.least(3);
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

describe('keyboard and focus', () => {
  beforeEach(() => focusPage());
  afterEach(() => {
    for (const remove of hostControlsToRemove.splice(0)) remove();
    return setViewport({ width: 800, height: 600 });
  });

  it('is accessible with keyboard focus in the composer', async () => {
    const element = await chatFixture(new ScriptedTransport());
    await openPanel(element);

    await waitUntil(() => deepActiveElement()?.tagName === 'TEXTAREA', 'composer not focused');

    await expectNoAxeViolations(element);
  });

  it('goes through a whole chat by keyboard alone: ask, transfer, end, close, and out', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    const host = hostControls();
    host.before.focus();

    expect(await tab(), 'Tab from the page reaches the launcher').to.satisfy(
      (node: Element) => node === launcherOf(element),
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.tagName === 'TEXTAREA', 'composer not focused');
    await sendKeys({ type: 'I have a council tax reminder' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => transport.named('sendMessage').length === 1, 'nothing was sent');

    transport.emit(
      { type: 'chat-started', chatId: 'chat-1' },
      { type: 'agent-joined', agent: testAgent },
      { type: 'agent-joined', agent: colleague, transfer: true },
      {
        type: 'message',
        id: 'm1',
        sender: 'agent',
        agent: colleague,
        text: 'Sam here. Pay at https://example.org/pay or reply here.',
        time: '2026-12-03T10:00:00Z',
      },
    );
    await settle(element);
    expect(describeFocus(), 'arriving messages moved focus').to.contain('textarea');

    expect(describeFocus(await tab(true)), 'Shift+Tab reaches the download').to.contain('Download');
    expect(describeFocus(await tab(true))).to.contain('Print');
    expect((await tab(true))?.tagName, 'Shift+Tab reaches the link staff sent').to.equal('A');
    expect((await tab(true))?.className).to.equal('transcript');
    expect((await tab(true))?.className).to.equal('close');
    expect((await tab(true))?.className).to.equal('end');
    await sendKeys({ press: 'Enter' });
    expect(transport.named('endChat')).to.have.length(1);
    transport.emit({ type: 'chat-ended', by: 'resident' });
    await settle(element);
    // The ending is read first; the survey and "Start a new chat" follow it.
    expect(describeFocus(), 'focus after ending').to.contain('You ended the chat');

    for (const question of ['satisfaction', 'channel']) {
      const choice = await tab();
      expect(choice?.getAttribute('name'), `Tab reaches the ${question} question`).to.equal(
        question,
      );
      await sendKeys({ press: ' ' });
    }
    for (let step = 0; step < 5 && !describeFocus().includes('Send answers'); step++) await tab();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(transport.named('submitSurvey')).to.have.length(1);
    expect(describeFocus(), 'focus after the survey').to.contain('Thank you for your feedback');

    const records = captureRecords(element);
    expect(describeFocus(await tabBackToControl()), 'Shift+Tab back to the record').to.contain(
      'Download',
    );
    expect(describeFocus(await tab(true))).to.contain('Print');
    await sendKeys({ press: 'Enter' });
    expect(records.printed, 'printed from the keyboard').to.have.length(1);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.open).to.be.false;
    expect(deepActiveElement() === launcherOf(element), 'focus back on the launcher').to.be.true;
    expect(await tab(), 'Tab leaves the widget').to.satisfy((node: Element) => node === host.after);
    expect(await tab(true)).to.satisfy((node: Element) => node === launcherOf(element));
    host.remove();
  });

  describe('in every state with controls', () => {
    const states: WidgetState[] = [
      'connected',
      'long-conversation',
      'idle-warning',
      'error',
      'survey',
    ];

    for (const state of states) {
      it(`reaches every control by Tab, never traps, and shows focus clearly: ${state}`, async () => {
        const { element, transport } = await widgetIn(state);
        if (state === 'error') {
          // The mock refuses the next message, so "Try again" is there to reach.
          await sendFromComposer(element, 'Is anyone there?');
          await waitUntil(() => inPanel(element, '.link-button'), 'no Try again button');
        }

        const visited = await tabThroughWidget(element);

        const expected = [launcherOf(element), ...tabbableInPanel(element)];
        expect(visited.map(nameOf), 'controls reached, in order').to.deep.equal(
          expected.map(nameOf),
        );
        transport.dispose();
      });
    }
  });

  describe('focus moves only when the resident acts', () => {
    it('stays in a field of the page while staff write, the panel open or closed', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await settle(element);
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Postcode');
      document.body.append(field);
      field.focus();

      await sendKeys({ type: 'HB1' });
      transport.emit({
        type: 'message',
        id: 'm1',
        sender: 'agent',
        agent: testAgent,
        text: 'Are you still there?',
        time: '2026-12-03T10:00:00Z',
      });
      await settle(element);
      launcherOf(element).click();
      await element.updateComplete;
      field.focus();
      transport.emit({ type: 'typing', typing: true }, { type: 'idle-warning', secondsLeft: 60 });
      transport.emit({ type: 'chat-ended', by: 'agent' });
      await settle(element);
      await sendKeys({ type: ' 2QS' });

      expect(document.activeElement === field, 'focus left the page field').to.be.true;
      expect(field.value).to.equal('HB1 2QS');
      expect(element.open).to.be.false;
      field.remove();
    });

    it('keeps focus in the panel when the control that had it goes away', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      await waitUntil(() => deepActiveElement()?.tagName === 'TEXTAREA', 'composer not focused');
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
      );
      await settle(element);

      transport.emit({ type: 'chat-ended', by: 'agent' });
      await settle(element);

      // The ending takes the composer's place, so focus goes to it: the survey follows.
      expect(describeFocus()).to.contain('Staff ended the chat');
    });
  });

  describe('focus not obscured by the widget (WCAG 2.4.11)', () => {
    it('moves the launcher aside when a page link behind it takes focus, and back after', async () => {
      await setViewport({ width: 800, height: 600 });
      const element = await chatFixture(new ScriptedTransport());
      const cornerLink = document.createElement('a');
      cornerLink.href = '#contact';
      cornerLink.textContent = 'Contact us';
      cornerLink.style.cssText = 'position: fixed; right: 24px; bottom: 24px; padding: 4px;';
      document.body.append(cornerLink);
      const box = () => cornerLink.getBoundingClientRect();
      const topmostAtLink = () =>
        document.elementFromPoint(box().left + box().width / 2, box().top + box().height / 2);
      expect(topmostAtLink() === element, 'the launcher covers the link to begin with').to.be.true;

      launcherOf(element).focus();
      expect(await tab(), 'Tab reaches the corner link').to.satisfy(
        (node: Element) => node === cornerLink,
      );
      await element.updateComplete;

      expect(topmostAtLink() === cornerLink, 'the focused link is visible').to.be.true;
      const launcherBox = launcherOf(element).getBoundingClientRect();
      expect(launcherBox.top).to.be.below(box().top);

      await tab(true);
      await element.updateComplete;

      expect(describeFocus()).to.contain('launcher');
      expect(topmostAtLink() === element, 'the launcher went back to its corner').to.be.true;
      cornerLink.remove();
    });

    it('lets Escape close the panel over a focused page element without moving focus', async () => {
      await setViewport({ width: 800, height: 600 });
      const element = await chatFixture(new ScriptedTransport());
      await openPanel(element);
      const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();
      const covered = document.createElement('button');
      covered.textContent = 'Pay now';
      covered.style.cssText = `position: fixed; left: ${frame.left + 20}px; top: ${frame.top + 40}px;`;
      document.body.append(covered);
      covered.focus();

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;

      expect(element.open).to.be.false;
      expect(document.activeElement === covered, 'focus stayed on the page button').to.be.true;
      covered.remove();
    });

    it('leaves Escape alone when the page element it would cover is not under the panel', async () => {
      const element = await chatFixture(new ScriptedTransport());
      await openPanel(element);
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Search');
      field.style.cssText = 'position: fixed; left: 0; top: 0;';
      document.body.append(field);
      field.focus();

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;

      expect(element.open).to.be.true;
      field.remove();
    });
  });

  describe('targets and text size', () => {
    it('makes every control at least 24 by 24 px, and all but inline text buttons 44', async () => {
      const { element, transport } = await widgetIn('error');
      await sendFromComposer(element, 'Hello?');
      await waitUntil(() => inPanel(element, '.link-button'), 'no Try again button');

      const controls = [launcherOf(element), ...allInPanel(element, 'button, textarea')];

      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        const minimum = control.classList.contains('link-button') ? 24 : 44;
        expect(Math.min(width, height), `${control.className} size`).to.be.at.least(minimum);
      }
      transport.dispose();
    });

    it('keeps the composer text at 16 px or more on a page with a tiny root font size', async () => {
      document.documentElement.style.fontSize = '10px';
      try {
        const element = await chatFixture(new ScriptedTransport());
        await openPanel(element);

        const field = inPanel(element, 'textarea')!;

        expect(parseFloat(getComputedStyle(field).fontSize)).to.be.at.least(16);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });
  });
});
