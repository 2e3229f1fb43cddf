import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from the element. */
export interface FocusClearanceOptions {
  /** The widget's button that opens and closes the panel. */
  launcher: () => HTMLElement | null;
  /** The open panel's frame. */
  panel: () => HTMLElement | null;
  isOpen: () => boolean;
  /** Moves the launcher out of the way, or back. */
  setLauncherAside: (aside: boolean) => void;
  /** Closes the panel and leaves focus where it is. */
  closeKeepingFocus: () => Promise<void>;
}

/**
 * Keeps the widget from hiding the host page's focused element (WCAG 2.4.11, Focus Not
 * Obscured). Two cases:
 *
 * - The launcher is always there, so when a host link or field behind it takes focus (a
 *   footer link in the same corner), the launcher moves to the top corner until focus moves
 *   on. Scroll padding on the page would not do: the widget never changes the host page's
 *   styles, and a page already scrolled to its end cannot scroll further.
 * - The open panel was opened by the resident, so, as the criterion allows for content the
 *   user opened, Escape closes it without moving focus when it covers the focused element.
 */
export class FocusClearance implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FocusClearanceOptions;
  #aside = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FocusClearanceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('focusin', this.#onFocusIn);
    document.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.#onFocusIn);
    document.removeEventListener('keydown', this.#onKeyDown);
  }

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (this.#isInWidget(event) || !(target instanceof Element)) {
      this.#setAside(false);
      return;
    }
    void this.#clearLauncherFrom(target);
  };

  #onKeyDown = async (event: KeyboardEvent): Promise<void> => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.#options.isOpen()) return;
    if (this.#isInWidget(event)) return;

    const focused = deepActiveElement();
    if (!focused || !overlaps(focused, this.#options.panel())) return;

    await this.#options.closeKeepingFocus();
    await this.#clearLauncherFrom(focused);
  };

  /** Puts the launcher back in its corner, then aside again if it covers `target` there. */
  async #clearLauncherFrom(target: Element): Promise<void> {
    if (this.#aside) {
      this.#setAside(false);
      await this.#host.updateComplete;
    }
    this.#setAside(overlaps(target, this.#options.launcher()));
  }

  #isInWidget(event: Event): boolean {
    return event.composedPath().includes(this.#host);
  }

  #setAside(aside: boolean): void {
    if (aside === this.#aside) return;

    this.#aside = aside;
    this.#options.setLauncherAside(aside);
  }
}

function overlaps(target: Element, widgetPart: HTMLElement | null): boolean {
  if (!widgetPart) return false;

  const a = target.getBoundingClientRect();
  const b = widgetPart.getBoundingClientRect();
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
