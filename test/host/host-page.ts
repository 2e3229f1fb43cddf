import { waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';

import type { CouncilChat } from '../../src/council-chat.js';
import type { CouncilChatPanel } from '../../src/views/panel/chat-panel.js';
import { axeTags } from '../helpers/axe.js';

/** What `pages/record-page-problems.js` collected on a host page. */
export interface PageProblems {
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  violations: string[];
  policies: string[];
}

/** A host page in a frame of the test page: its own document, styles and copy of the widget. */
export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { pageProblems?: PageProblems };
  document: Document;
}

const openPages = new Set<HTMLIFrameElement>();

/**
 * Loads a page from `test/host/pages/` in a frame of the given size. The page includes the
 * widget from source (`/src/index.ts`), which the test server compiles, so each page runs its
 * own copy of the widget under its own styles and headers.
 */
export async function loadHostPage(
  path: string,
  size: { width: number; height: number } = { width: 1024, height: 768 },
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.title = `Host page ${path}`;
  frame.width = String(size.width);
  frame.height = String(size.height);
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  openPages.add(frame);
  await loaded;

  return {
    frame,
    window: frame.contentWindow as HostPage['window'],
    document: frame.contentDocument!,
  };
}

/** Removes every host page loaded by this test file. */
export function closeHostPages(): void {
  for (const frame of openPages) frame.remove();
  openPages.clear();
}

/** The page's one `<council-chat>`, once its launcher has drawn. */
export async function widgetIn(page: HostPage): Promise<CouncilChat> {
  await waitUntil(
    () => page.document.querySelector('council-chat')?.shadowRoot?.querySelector('.launcher'),
    'the widget did not appear on the host page',
    { timeout: 10_000 },
  );
  return page.document.querySelector('council-chat') as CouncilChat;
}

export function launcherIn(element: CouncilChat): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
}

export function panelIn(element: CouncilChat): CouncilChatPanel | null {
  return element.shadowRoot!.querySelector('council-chat-panel');
}

/** Query inside the panel's own shadow root. */
export function inPanelOf<T extends Element = HTMLElement>(
  element: CouncilChat,
  selector: string,
): T | null {
  return panelIn(element)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Opens the panel with the launcher, as a resident would, and waits for the message field. */
export async function openWidget(element: CouncilChat): Promise<void> {
  launcherIn(element).click();
  await waitUntil(() => inPanelOf(element, 'textarea'), 'the panel did not open', {
    timeout: 10_000,
  });
  await panelIn(element)!.updateComplete;
  // The panel's short opening movement is ended at once, so that it is measured where it
  // rests (a page in the background gets no animation frames to finish it).
  const frame = element.shadowRoot!.querySelector('.panel-frame')!;
  for (const animation of frame.getAnimations()) animation.finish();
}

/** Writes a message in the composer and sends it, and waits until it shows. */
export async function sendMessage(element: CouncilChat, text: string): Promise<void> {
  const field = inPanelOf<HTMLTextAreaElement>(element, 'textarea')!;
  const view = field.ownerDocument.defaultView!;
  const before = countResidentMessages(element);

  field.value = text;
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true }));
  inPanelOf<HTMLButtonElement>(element, '.send')!.click();

  await waitUntil(
    () => countResidentMessages(element) > before,
    `the message ${JSON.stringify(text.slice(0, 40))} did not show`,
  );
}

function countResidentMessages(element: CouncilChat): number {
  return panelIn(element)?.shadowRoot?.querySelectorAll('.from-resident').length ?? 0;
}

/** Closes the panel with its close button. */
export async function closeWidget(element: CouncilChat): Promise<void> {
  inPanelOf<HTMLButtonElement>(element, '.close')!.click();
  await element.updateComplete;
}

/**
 * Runs axe-core inside the host page, against the widget under the page's own styles. axe
 * joins the page as a module from the test server, which resolves its package address.
 */
export async function expectNoAxeViolationsIn(page: HostPage, context: Element): Promise<void> {
  type Axe = { run(context: Element, options: object): Promise<AxeResults> };
  const framed = page.window as unknown as { axe?: Axe };
  if (!framed.axe) {
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/test/host/pages/load-axe.js';
    page.document.head.append(script);
    await waitUntil(() => framed.axe, 'axe-core did not load into the host page');
  }

  const results = await framed.axe!.run(context, {
    runOnly: { type: 'tag', values: axeTags },
    resultTypes: ['violations'],
  });

  const report = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n` +
      violation.nodes.map((node) => `  at ${node.target.join(' ')}`).join('\n'),
  );
  if (report.length) throw new Error(`axe found ${report.length} problems:\n${report.join('\n')}`);
}
