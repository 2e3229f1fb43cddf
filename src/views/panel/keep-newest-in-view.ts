import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the end, in CSS pixels, still counts as reading the newest message. */
const nearEnd = 16;

/**
 * Keeps the newest message in view when the transcript gets shorter: the on-screen keyboard
 * opening on a phone, the phone turned, the text made larger. A resident who had scrolled up
 * to read earlier messages is left where they were.
 */
export class KeepNewestInView implements ReactiveController {
  readonly #scroller: () => HTMLElement | null;
  readonly #resizes = new ResizeObserver(() => this.#onResize());
  #observed?: HTMLElement;
  #atEnd = true;

  constructor(host: ReactiveControllerHost, scroller: () => HTMLElement | null) {
    this.#scroller = scroller;
    host.addController(this);
  }

  hostUpdated(): void {
    const scroller = this.#scroller() ?? undefined;
    if (scroller === this.#observed) return;

    this.#stopObserving();
    this.#observed = scroller;
    if (!scroller) return;
    this.#resizes.observe(scroller);
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.#stopObserving();
    this.#observed = undefined;
  }

  #stopObserving(): void {
    if (!this.#observed) return;
    this.#resizes.unobserve(this.#observed);
    this.#observed.removeEventListener('scroll', this.#onScroll);
  }

  #onScroll = (): void => {
    const scroller = this.#observed!;
    this.#atEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < nearEnd;
  };

  #onResize(): void {
    if (this.#atEnd && this.#observed) this.#observed.scrollTop = this.#observed.scrollHeight;
  }
}
