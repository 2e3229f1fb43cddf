import type { ReactiveController, ReactiveElement } from 'lit';

import { checkBrandColour, checkPhoto, checkPosition } from './check-config.js';
import { type Checked, reportConfigProblem } from './config-problem.js';

/** The element's settings this controller checks, as the page wrote them. */
export interface ConfigurableElement extends ReactiveElement {
  photo: string | undefined;
  position: string | undefined;
  brandColor: string | undefined;
}

/**
 * Checks the element's attributes before each render. A bad value gets one console error (see
 * `reportConfigProblem`) when it is set, not on every render, and the widget carries on with a
 * safe fallback: initials for a bad photo, the default corner for a bad position, the page's
 * or the default colour for a bad brand colour.
 */
export class ConfigController implements ReactiveController {
  readonly #host: ConfigurableElement;
  readonly #seen = new Map<string, string | undefined>();
  #photo: string | undefined;
  #brandSheet?: CSSStyleSheet;

  constructor(host: ConfigurableElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The team photo's address, or undefined when there is none or it was refused. */
  get photo(): string | undefined {
    return this.#photo;
  }

  hostUpdate(): void {
    const host = this.#host;

    this.#whenChanged('photo', host.photo, (value) => {
      this.#photo = this.#report(checkPhoto(value, document.baseURI));
    });
    this.#whenChanged('position', host.position, (value) => this.#report(checkPosition(value)));
    this.#whenChanged('brand-color', host.brandColor, (value) =>
      this.#applyBrandColour(this.#report(checkBrandColour(value))),
    );
  }

  #whenChanged(
    name: string,
    value: string | undefined,
    check: (value: string | undefined) => void,
  ) {
    if (this.#seen.has(name) && this.#seen.get(name) === value) return;

    this.#seen.set(name, value);
    check(value);
  }

  #report<T>(checked: Checked<T>): T {
    if (checked.problem) reportConfigProblem(this.#host, checked.problem);
    return checked.value;
  }

  /**
   * The colour goes into a constructed style sheet in the shadow root, not a style attribute:
   * a strict Content-Security-Policy allows the one and not the other. As a `:host` rule it
   * gives way to a council's own `council-chat { --council-chat-brand: ... }` rule.
   */
  #applyBrandColour(colour: string | undefined): void {
    const root = this.#host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;

    if (!this.#brandSheet) {
      if (colour === undefined) return;
      this.#brandSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#brandSheet];
    }
    this.#brandSheet.replaceSync(colour ? `:host { --council-chat-brand: ${colour}; }` : '');
  }
}
