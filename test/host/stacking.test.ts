import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';

import type { CouncilChat } from '../../src/council-chat.js';
import {
  closeHostPages,
  expectNoAxeViolationsIn,
  type HostPage,
  launcherIn,
  loadHostPage,
  openWidget,
  panelIn,
  widgetIn,
} from './host-page.js';

/** Small enough to sit inside the test browser's window, where real mouse clicks land. */
async function stackingPage(): Promise<{ page: HostPage; element: CouncilChat }> {
  const page = await loadHostPage('/test/host/pages/stacking.html', { width: 640, height: 480 });
  page.frame.scrollIntoView();
  return { page, element: await widgetIn(page) };
}

/** Sets the widget's stacking level from the page's own style sheet, as a council would. */
function setStackingLevel(page: HostPage, level: number): void {
  const sheet = new page.window.CSSStyleSheet();
  sheet.replaceSync(`council-chat { --council-chat-z-index: ${level}; }`);
  page.document.adoptedStyleSheets = [sheet];
}

function centreOf(node: Element): [number, number] {
  const rect = node.getBoundingClientRect();
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

/** Every rule of every style sheet in a shadow root, and in the shadow roots inside it. */
function widgetCssText(root: ShadowRoot): string[] {
  const own = root.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules].map((rule) => rule.cssText),
  );
  const nested = [...root.querySelectorAll('*')]
    .filter((node) => node.shadowRoot)
    .flatMap((node) => widgetCssText(node.shadowRoot!));
  return [...own, ...nested];
}

describe('stacking and covering the host page', () => {
  afterEach(async () => {
    await resetMouse();
    closeHostPages();
    sessionStorage.clear();
  });

  it('is accessible with a cookie banner on the page', async () => {
    const { page, element } = await stackingPage();
    page.document.querySelector('.cookie-banner')!.removeAttribute('hidden');

    await expectNoAxeViolationsIn(page, element);
  });

  it('lets a cookie banner at z-index 9999 sit above the closed launcher', async () => {
    const { page, element } = await stackingPage();
    const banner = page.document.querySelector('.cookie-banner')!;
    banner.removeAttribute('hidden');

    const [x, y] = centreOf(launcherIn(element));

    expect(page.document.elementFromPoint(x, y), 'by default').to.equal(banner);
    setStackingLevel(page, 9000);
    expect(page.document.elementFromPoint(x, y), 'at a level set below it').to.equal(banner);
  });

  it('sits above other content when the council sets a higher level', async () => {
    const { page, element } = await stackingPage();
    page.document.querySelector('.cookie-banner')!.removeAttribute('hidden');

    setStackingLevel(page, 10000);
    const [x, y] = centreOf(launcherIn(element));

    expect(page.document.elementFromPoint(x, y)).to.equal(element);
  });

  it('never uses !important to stack or style itself', async () => {
    const { element } = await stackingPage();
    await openWidget(element);

    const rules = widgetCssText(element.shadowRoot!);

    expect(rules.length).to.be.above(10);
    expect(rules.filter((rule) => rule.includes('!important'))).to.deep.equal([]);
  });

  it('lets a click on a host button next to the closed launcher reach the button', async () => {
    const { page, element } = await stackingPage();
    const launcher = launcherIn(element).getBoundingClientRect();
    const button = page.document.querySelector<HTMLButtonElement>('.back-to-top')!;
    // Just beside the launcher, inside its shadow but outside its border.
    button.style.left = `${launcher.left - button.offsetWidth - 4}px`;
    button.style.top = `${launcher.top}px`;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);

    const [x, y] = centreOf(button);
    const frame = page.frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frame.left + x), Math.round(frame.top + y)],
    });

    expect(page.document.elementFromPoint(x, y)).to.equal(button);
    expect(clicks).to.equal(1);
  });

  it('covers only its launcher when closed', async () => {
    const { page, element } = await stackingPage();
    await openWidget(element);
    launcherIn(element).click();
    await element.updateComplete;
    const launcher = launcherIn(element).getBoundingClientRect();
    const panelArea = element.shadowRoot!.querySelector('.panel-frame')!;

    const around = [
      [launcher.left - 2, launcher.top + launcher.height / 2],
      [launcher.right + 2, launcher.top + launcher.height / 2],
      [launcher.left + launcher.width / 2, launcher.top - 2],
      [launcher.left + launcher.width / 2, launcher.bottom + 2],
      [launcher.left + 10, launcher.top - 200],
    ];

    expect(panelIn(element), 'the panel stays loaded for the chat in progress').to.exist;
    expect(panelArea.getBoundingClientRect().height, 'the closed panel takes no space').to.equal(0);
    for (const [x, y] of around) {
      expect(page.document.elementFromPoint(x, y), `at ${x}, ${y}`).to.not.equal(element);
    }
    expect(page.document.elementFromPoint(...centreOf(launcherIn(element)))).to.equal(element);
  });
});
