import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the end, in CSS pixels, still counts as reading the newest message. */
const nearEnd = 16;

/** What a resident does to scroll by hand: wheel, touch, scroll bar, keys, or Tab into it. */
const handScrolling = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'focusin'] as const;

/**
 * Keeps the newest message in view when the transcript or what is in it changes size: the
 * on-screen keyboard opening on a phone, the phone turned, the text made larger, photos and
 * long messages laid out after the first drawing.
 *
 * Only the resident's own scrolling decides whether they are reading earlier messages (then
 * they are left where they are) or following the newest: a scroll the layout causes, when the
 * box shrinks under a keyboard, says nothing about what they want.
 */
export class KeepNewestInView implements ReactiveController {
  readonly #scroller: () => HTMLElement | null;
  readonly #resizes = new ResizeObserver(() => this.#onResize());
  #observed?: HTMLElement;
  #followingNewest = true;
  #scrollingByHand = false;

  constructor(host: ReactiveControllerHost, scroller: () => HTMLElement | null) {
    this.#scroller = scroller;
    host.addController(this);
  }

  hostUpdated(): void {
    const scroller = this.#scroller() ?? undefined;
    if (scroller === this.#observed) return;

    this.#stopObserving();
    this.#observed = scroller;
    this.#followingNewest = true;
    if (!scroller) return;

    this.#resizes.observe(scroller);
    if (scroller.firstElementChild) this.#resizes.observe(scroller.firstElementChild);
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
    for (const type of handScrolling) {
      scroller.addEventListener(type, this.#onHand, { passive: true });
    }
  }

  hostDisconnected(): void {
    this.#stopObserving();
    this.#observed = undefined;
  }

  #stopObserving(): void {
    const scroller = this.#observed;
    if (!scroller) return;

    this.#resizes.disconnect();
    scroller.removeEventListener('scroll', this.#onScroll);
    for (const type of handScrolling) scroller.removeEventListener(type, this.#onHand);
  }

  #onHand = (): void => {
    this.#scrollingByHand = true;
  };

  #onScroll = (): void => {
    if (!this.#scrollingByHand) return;

    const scroller = this.#observed!;
    const fromEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    this.#followingNewest = fromEnd < nearEnd;
  };

  #onResize(): void {
    const scroller = this.#observed;
    if (scroller && this.#followingNewest) scroller.scrollTop = scroller.scrollHeight;
    // The scroll this causes is the layout's doing, not the resident's.
    this.#scrollingByHand = false;
  }
}
