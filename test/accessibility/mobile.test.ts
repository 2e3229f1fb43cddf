import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

import { ViewportFit, type VisibleViewport } from '../../src/element/viewport-fit.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { allInPanel, inPanel, launcherOf, openPanel, settle } from '../helpers/chat-fixture.js';
import { focusPage } from '../helpers/devtools.js';
import { overflowProblems } from '../helpers/overflow.js';
import { widgetIn } from '../helpers/widget-states.js';

/** A visual viewport the test shapes: the on-screen keyboard, a scroll, a pinch zoom. */
class FakeViewport extends EventTarget implements VisibleViewport {
  height = 667;
  offsetTop = 0;
  scale = 1;
}

const phone = { width: 375, height: 667 };

describe('phones', () => {
  beforeEach(async () => {
    // Resizes are observed at the next rendering, which a page in the background never gets.
    await focusPage();
    await setViewport(phone);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible on a 375 px phone', async () => {
    const { element, transport } = await widgetIn('connected');

    await expectNoAxeViolations(element);
    transport.dispose();
  });

  it('fills the screen with the open panel', async () => {
    const { element, transport } = await widgetIn('connected');

    const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();

    expect([frame.left, frame.top, frame.width, frame.height]).to.deep.equal([0, 0, 375, 667]);
    transport.dispose();
  });

  it('fills the screen turned sideways, without cutting anything off', async () => {
    await setViewport({ width: phone.height, height: phone.width });
    const { element, transport } = await widgetIn('connected');

    const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();

    expect([frame.width, frame.height]).to.deep.equal([phone.height, phone.width]);
    expect(overflowProblems(element)).to.deep.equal([]);
    transport.dispose();
  });

  it('fits the part of the screen above the on-screen keyboard, and follows it', async () => {
    const { element, transport } = await widgetIn('connected');
    const frameElement = element.shadowRoot!.querySelector<HTMLElement>('.panel-frame')!;
    const viewport = new FakeViewport();
    new ViewportFit(element, () => frameElement, viewport);
    element.requestUpdate();
    await element.updateComplete;

    viewport.height = 380;
    viewport.dispatchEvent(new Event('resize'));
    const newest = () => allInPanel(element, '.message').at(-1)!.getBoundingClientRect();
    // The transcript scrolls when its resize is observed, at the page's next rendering.
    await waitUntil(() => newest().bottom <= 380, 'the newest message stayed under the keyboard', {
      timeout: 3000,
    });
    const frame = frameElement.getBoundingClientRect();
    const composer = inPanel(element, 'textarea')!.getBoundingClientRect();

    expect(frame.height).to.equal(380);
    expect(composer.bottom, 'the composer above the keyboard').to.be.at.most(380);
    expect(frameElement.getAttribute('style') ?? '', 'set through the CSSOM').to.contain(
      '--_visible-height',
    );

    viewport.offsetTop = 120;
    viewport.dispatchEvent(new Event('scroll'));
    expect(frameElement.getBoundingClientRect().top).to.equal(120);

    viewport.scale = 2;
    viewport.dispatchEvent(new Event('resize'));
    expect(frameElement.getBoundingClientRect().height, 'pinch zoom leaves it alone').to.equal(667);
    transport.dispose();
  });

  it('leaves a resident who scrolled up to read where they were when the keyboard opens', async () => {
    const { element, transport } = await widgetIn('long-conversation');
    const frameElement = element.shadowRoot!.querySelector<HTMLElement>('.panel-frame')!;
    const viewport = new FakeViewport();
    new ViewportFit(element, () => frameElement, viewport);
    element.requestUpdate();
    await element.updateComplete;
    const transcript = inPanel(element, '.transcript')!;

    transcript.dispatchEvent(new WheelEvent('wheel', { deltaY: -400 }));
    transcript.scrollTop = 400;
    await waitUntil(() => transcript.scrollTop >= 400, 'did not scroll');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // What the resident reads, not the scroll offset: staff photos still arriving above it
    // grow the content, and the browser's scroll anchoring rightly keeps the text in place.
    const top = () => transcript.getBoundingClientRect().top;
    const reading = allInPanel(element, '.message').find(
      (message) => message.getBoundingClientRect().bottom > top(),
    )!;
    const offset = () => reading.getBoundingClientRect().top - top();
    const readingAt = offset();
    viewport.height = 380;
    viewport.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(frameElement.getBoundingClientRect().height).to.equal(380);
    expect(transcript.scrollTop, 'not sent to the newest message').to.be.below(
      transcript.scrollHeight - transcript.clientHeight - 16,
    );
    expect(offset()).to.be.closeTo(readingAt, 1);
    transport.dispose();
  });

  it('gives the page back where the resident left it', async () => {
    const tall = document.body.appendChild(document.createElement('div'));
    tall.style.blockSize = '3000px';
    window.scrollTo(0, 1200);
    const { element, transport } = await widgetIn('closed');

    await openPanel(element);
    inPanel<HTMLTextAreaElement>(element, 'textarea')!.focus();
    inPanel<HTMLButtonElement>(element, '.close')!.click();
    await settle(element);

    expect(window.scrollY).to.equal(1200);
    expect(element.open).to.be.false;
    expect(launcherOf(element).getBoundingClientRect().bottom).to.be.at.most(667);
    tall.remove();
    transport.dispose();
  });

  it('keeps the composer text at 16 px so the phone does not zoom in', async () => {
    const { element, transport } = await widgetIn('connected');

    const field = inPanel(element, 'textarea')!;

    expect(parseFloat(getComputedStyle(field).fontSize)).to.be.at.least(16);
    transport.dispose();
  });

  it('keeps a 120-character address whole, as one working link inside its bubble', async () => {
    const { element, transport } = await widgetIn('long-conversation');

    const link = allInPanel<HTMLAnchorElement>(element, '.text a').find((candidate) =>
      candidate.href.includes('reference='),
    )!;
    const bubble = link.closest('.bubble')!.getBoundingClientRect();
    const box = link.getBoundingClientRect();

    expect(link.textContent!.length).to.be.at.least(120);
    expect(link.href).to.equal(new URL(link.textContent!).href);
    expect(box.left).to.be.at.least(bubble.left);
    expect(box.right).to.be.at.most(bubble.right);
    transport.dispose();
  });
});
