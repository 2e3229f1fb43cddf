import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { activeLocale, useLocale } from '../localization/localization.js';
import {
  defaultLocale,
  directionOf,
  formattingLocale,
  type SupportedLocale,
  supportedLocale,
} from '../localization/locales.js';

/** The element this controller serves. */
export type LanguageHost = ReactiveControllerHost & HTMLElement & { defaultLang?: string };

/**
 * Chooses the widget's language and follows it: the element's own `lang` (or the nearest
 * ancestor's), else the page's `<html lang>`, else the element's `default-lang`, else British
 * English; the first of these the widget has text for wins.
 *
 * The translation is loaded before the element first draws (see `scheduleUpdate` in the
 * element), so a Welsh page never flashes English; a `lang` changed later, on the element, an
 * ancestor or `<html>`, switches the widget's language in place.
 */
export class LanguageController implements ReactiveController {
  /** The language of the widget's text. */
  locale: SupportedLocale = defaultLocale;
  /** The tag dates, times and numbers are formatted with. */
  formatLocale: string = defaultLocale;
  /** The direction of the widget's language. */
  dir: 'ltr' | 'rtl' = 'ltr';

  readonly #host: LanguageHost;
  #observer?: MutationObserver;
  #ready?: Promise<void>;
  #requested?: string;
  #reportedDefault?: string;

  constructor(host: LanguageHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves once the language the page asks for is loaded and applied. */
  get ready(): Promise<void> {
    return this.#ready ?? this.refresh();
  }

  hostConnected(): void {
    // Any `lang` on the page may be the one that applies, so all are watched; the filter
    // keeps the observer from waking for anything else.
    this.#observer = new MutationObserver(() => void this.refresh());
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    void this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Works out the language again; resolves once it is in use. */
  refresh(): Promise<void> {
    const candidates = [
      this.#host.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.getAttribute('lang'),
      this.#host.defaultLang,
    ];
    const requested = candidates.find((tag) => supportedLocale(tag)) ?? undefined;
    const locale = supportedLocale(requested) ?? defaultLocale;
    this.#checkDefault();

    if (this.#ready && requested === this.#requested) return this.#ready;
    this.#requested = requested;

    const loading = useLocale(locale)
      .catch((error: unknown) => {
        console.error(
          `<council-chat>: the ${locale} translation did not load (${String(error)}), so the ` +
            'chat is shown in English. Serve the chunks/ folder next to council-chat.js.',
          this.#host,
        );
      })
      .then(() => {
        // A later change of language has taken over.
        if (this.#requested !== requested) return;

        this.locale = activeLocale();
        this.formatLocale = formattingLocale(requested, this.locale);
        this.dir = directionOf(this.locale);
        this.#host.requestUpdate();
      });
    this.#ready = loading;
    return loading;
  }

  /** A `default-lang` the widget has no text for is a mistake in the page. */
  #checkDefault(): void {
    const tag = this.#host.defaultLang;
    if (!tag || supportedLocale(tag) || this.#reportedDefault === tag) return;

    this.#reportedDefault = tag;
    console.warn(
      `<council-chat>: default-lang="${tag}" is not a language the chat is written in. ` +
        'Use en-GB, cy or ar; British English is used meanwhile.',
      this.#host,
    );
  }
}
