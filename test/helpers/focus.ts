import { sendKeys } from '@web/test-runner-commands';

/** The focused node, looking through every shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of the focused node (or `active`), for assertions and messages. */
export function describeFocus(active = deepActiveElement()): string {
  if (!active) return 'nothing';
  const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
  return `${active.tagName.toLowerCase()}${active.className ? `.${active.className}` : ''} "${name}"`;
}

/** Presses Tab (or Shift+Tab) and returns what took focus. */
export async function tab(backwards = false): Promise<Element | null> {
  if (backwards) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (backwards) await sendKeys({ up: 'Shift' });
  return deepActiveElement();
}
