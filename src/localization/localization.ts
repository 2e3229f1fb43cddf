import { configureLocalization } from '@lit/localize';

import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { SupportedLocale } from './locales.js';

/**
 * The widget's translations, each in a chunk of its own that only pages in that language
 * download. Listed one by one so the bundler can see every chunk.
 */
const translations = {
  cy: () => import('../generated/locales/cy.js'),
  ar: () => import('../generated/locales/ar.js'),
} satisfies Record<(typeof targetLocales)[number], unknown>;

/*
 * @lit/localize keeps one active language per copy of the library. Each copy of this bundle
 * has its own, so the widget's language never changes another Lit application's on the same
 * page; two widgets in two languages on one page would share it (one chat per page is the
 * design).
 */
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale as keyof typeof translations](),
});

/** Makes `locale` the language of every string the widget writes; resolves once it is loaded. */
export function useLocale(locale: SupportedLocale): Promise<void> {
  return setLocale(locale);
}

/** The language the widget's strings are in now. */
export function activeLocale(): SupportedLocale {
  return getLocale() as SupportedLocale;
}
