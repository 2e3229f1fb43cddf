import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the panel when the control that had it disappears: "End chat" once
 * the chat has ended, "Keep chat open" once pressed, the composer when staff end the chat.
 * Without this, focus would fall to the page's body and a keyboard or screen reader user
 * would have to find their way back.
 *
 * It acts only when focus was already inside the panel, so it never takes focus from the
 * host page.
 */
export class FocusKeeper implements ReactiveController {
  readonly #root: () => ShadowRoot | null;
  readonly #refocus: () => void;
  #hadFocus = false;

  constructor(
    host: ReactiveControllerHost,
    options: { root: () => ShadowRoot | null; refocus: () => void },
  ) {
    this.#root = options.root;
    this.#refocus = options.refocus;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#hadFocus = Boolean(this.#root()?.activeElement);
  }

  hostUpdated(): void {
    if (this.#hadFocus && !this.#root()?.activeElement) this.#refocus();
  }
}
