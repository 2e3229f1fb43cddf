import { fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/index.js';
import type { CouncilChat } from '../../src/council-chat.js';
import type { ChatTransport } from '../../src/transport/transport.js';
import type { CouncilChatPanel } from '../../src/views/panel/chat-panel.js';

/**
 * How long a test waits for something the widget does asynchronously. Generous, because the
 * first open compiles and loads the panel's code, which is slow on a busy machine; a test
 * that passes never waits this long.
 */
export const patience = { timeout: 10_000 };

/** A `<council-chat>` on a blank page, connected to the given transport. */
export async function chatFixture(
  transport: ChatTransport,
  storageKey = newStorageKey(),
): Promise<CouncilChat> {
  return fixture<CouncilChat>(
    html`<council-chat
      council-name="Harbourside Borough Council"
      team-name="Customer Services"
      photo="/demo/images/team-photo.svg"
      storage-key=${storageKey}
      .transport=${transport}
    ></council-chat>`,
  );
}

/** Opens the panel as a resident would, and waits until it has drawn. */
export async function openPanel(element: CouncilChat): Promise<CouncilChatPanel> {
  launcherOf(element).click();
  await waitUntil(() => panelOf(element), 'the panel did not appear', patience);
  const panel = panelOf(element)!;
  await panel.updateComplete;
  return panel;
}

export function launcherOf(element: CouncilChat): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
}

export function panelOf(element: CouncilChat): CouncilChatPanel | null {
  return element.shadowRoot!.querySelector('council-chat-panel');
}

/** Query inside the panel's own shadow root. */
export function inPanel<T extends Element = HTMLElement>(
  element: CouncilChat,
  selector: string,
): T | null {
  return panelOf(element)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function allInPanel<T extends Element = HTMLElement>(
  element: CouncilChat,
  selector: string,
): T[] {
  return [...(panelOf(element)?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Waits until the element and then its panel have drawn the latest state. */
export async function settle(element: CouncilChat): Promise<void> {
  await element.updateComplete;
  await panelOf(element)?.updateComplete;
}

/** Types into the composer and presses Send. */
export async function sendFromComposer(element: CouncilChat, text: string): Promise<void> {
  const field = inPanel<HTMLTextAreaElement>(element, 'textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  inPanel<HTMLButtonElement>(element, '.send')!.click();
  await settle(element);
}

/** The transcript's messages as the resident reads them. */
export function transcriptTexts(element: CouncilChat): string[] {
  return allInPanel(element, '.message .text').map((node) => node.textContent ?? '');
}

/**
 * A storage key no other widget in this browser has used. The widget keeps a chat for the rest
 * of the tab's life and shares it with other tabs of the site, and the test runner opens test
 * files one after another in the same tabs: each fixture is a new resident, with a chat of its
 * own, unless a test passes the same key on purpose.
 */
export function newStorageKey(): string {
  return `council-chat-test-${crypto.randomUUID()}`;
}

sessionStorage.clear();

// Every test is a new visit: no chat, kept by the widget or by the mock's shared store, carries
// over into the next test of the file.
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
