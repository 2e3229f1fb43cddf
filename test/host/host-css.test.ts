import { expect } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import { ScriptedTransport } from '../helpers/scripted-transport.js';
import {
  closeHostPages,
  expectNoAxeViolationsIn,
  type HostPage,
  inPanelOf,
  launcherIn,
  loadHostPage,
  openWidget,
  sendMessage,
  widgetIn,
} from './host-page.js';

/** Pages whose CSS must change nothing in the widget; each is compared with the blank page. */
const hostilePages = {
  'html { font-size: 62.5% }': 'root-font-size.html',
  'body { line-height: 3; text-align: center }': 'body-text.html',
  'a framework-style reset': 'framework-reset.html',
  'every inherited property changed on every element, the widget included':
    'inherited-everything.html',
  'layout rules with a transform on every child of the body': 'layout-rules.html',
};

/** Text properties a resident sees, for the launcher, a message and the message field. */
const textProperties = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-shadow',
  'white-space',
  'word-break',
  'color',
  'cursor',
];

function textStyle(node: Element): Record<string, string> {
  const style = node.ownerDocument.defaultView!.getComputedStyle(node);
  return Object.fromEntries(textProperties.map((name) => [name, style.getPropertyValue(name)]));
}

function box(node: Element, viewport: HTMLElement) {
  const rect = node.getBoundingClientRect();
  return {
    width: rect.width,
    height: rect.height,
    gapToRight: viewport.clientWidth - rect.right,
    gapToBottom: viewport.clientHeight - rect.bottom,
  };
}

/**
 * Everything the widget's look depends on, measured closed (launcher), open (panel and
 * header) and with a message sent (bubble, message text, message field).
 */
async function measureWidget(page: HostPage, element: CouncilChat) {
  // A backend that never answers: the message stays "sending" on every page, whatever the
  // timing, so the pages differ only in their CSS.
  element.transport = new ScriptedTransport();
  const viewport = page.document.documentElement;
  const launcher = launcherIn(element);
  const closed = {
    launcher: box(launcher, viewport),
    launcherText: textStyle(launcher.querySelector('.launcher-label')!),
  };

  await openWidget(element);
  await sendMessage(element, 'When is my bin collected? See https://example.org/bins');
  const open = {
    panel: box(element.shadowRoot!.querySelector('.panel-frame')!, viewport),
    header: box(inPanelOf(element, '.header')!, viewport),
    bubble: box(inPanelOf(element, '.from-resident .bubble')!, viewport),
    messageText: textStyle(inPanelOf(element, '.from-resident .text')!),
    link: textStyle(inPanelOf(element, '.from-resident .text a')!),
    field: textStyle(inPanelOf(element, 'textarea')!),
    sendButton: box(inPanelOf(element, '.send')!, viewport),
  };
  return { closed, open };
}

describe('the widget on host pages with hostile CSS', () => {
  let blank: Awaited<ReturnType<typeof measureWidget>>;

  before(async () => {
    const page = await loadHostPage('/test/host/pages/blank.html');
    blank = await measureWidget(page, await widgetIn(page));
    closeHostPages();
  });

  afterEach(() => {
    closeHostPages();
    sessionStorage.clear();
  });

  it('is accessible, open, on a page with a framework-style reset', async () => {
    const page = await loadHostPage('/test/host/pages/framework-reset.html');
    const element = await widgetIn(page);

    await expectNoAxeViolationsIn(page, element);
    await openWidget(element);
    await expectNoAxeViolationsIn(page, element);
  });

  it('measures the blank page in the resident’s own text size, not a fixed one', () => {
    expect(blank.open.messageText['font-size']).to.equal('16px');
    expect(blank.closed.launcher.width).to.be.above(100);
    expect(blank.open.panel.width).to.equal(400);
  });

  for (const [name, file] of Object.entries(hostilePages)) {
    it(`looks and measures the same as on a blank page with ${name}`, async () => {
      const page = await loadHostPage(`/test/host/pages/${file}`);
      const element = await widgetIn(page);

      const measured = await measureWidget(page, element);

      expect(measured.closed).to.deep.equal(blank.closed);
      expect(measured.open).to.deep.equal(blank.open);
      expect(page.window.pageProblems!.errors).to.deep.equal([]);
    });
  }
});
