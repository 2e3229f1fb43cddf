import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The parts of `window.visualViewport` the panel needs; tests pass their own. */
export interface VisibleViewport extends EventTarget {
  readonly height: number;
  readonly offsetTop: number;
  readonly scale: number;
}

/**
 * Fits the full-screen panel of a phone to the part of the screen the resident can see. When
 * the on-screen keyboard opens, most phone browsers shrink only the visual viewport, so a
 * panel sized to the layout viewport would leave the composer and the newest message under
 * the keyboard.
 *
 * The size goes into two private custom properties on the panel's frame, set through the
 * CSSOM (`style.setProperty`), which a strict Content-Security-Policy allows where a style
 * attribute would not be. The stylesheet uses them only on narrow or short screens.
 */
export class ViewportFit implements ReactiveController {
  readonly #host: ReactiveControllerHost & { open: boolean };
  readonly #frame: () => HTMLElement | null;
  readonly #viewport: VisibleViewport | null;
  #listening = false;

  constructor(
    host: ReactiveControllerHost & { open: boolean },
    frame: () => HTMLElement | null,
    viewport: VisibleViewport | null = globalThis.visualViewport ?? null,
  ) {
    this.#host = host;
    this.#frame = frame;
    this.#viewport = viewport;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#host.open && !this.#listening) this.#start();
    if (!this.#host.open && this.#listening) this.#stop();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(): void {
    if (!this.#viewport) return;

    this.#listening = true;
    this.#viewport.addEventListener('resize', this.#fit);
    this.#viewport.addEventListener('scroll', this.#fit);
    this.#fit();
  }

  #stop(): void {
    this.#listening = false;
    this.#viewport?.removeEventListener('resize', this.#fit);
    this.#viewport?.removeEventListener('scroll', this.#fit);
    this.#frame()?.style.removeProperty('--_visible-height');
    this.#frame()?.style.removeProperty('--_visible-top');
  }

  #fit = (): void => {
    const frame = this.#frame();
    const viewport = this.#viewport;
    if (!frame || !viewport) return;

    // A resident who pinch-zoomed wants the page larger, not the panel squeezed to fit.
    if (viewport.scale > 1.01) {
      frame.style.removeProperty('--_visible-height');
      frame.style.removeProperty('--_visible-top');
      return;
    }
    frame.style.setProperty('--_visible-height', `${viewport.height}px`);
    frame.style.setProperty('--_visible-top', `${viewport.offsetTop}px`);
  };
}
