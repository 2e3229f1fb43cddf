import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/** A language the widget's own text is written in: British English, Welsh or Arabic. */
export type SupportedLocale = (typeof allLocales)[number];

/** The widget's source language, used when no other fits. */
export const defaultLocale = sourceLocale as SupportedLocale;

/** Languages written from right to left, by primary language subtag. */
const rightToLeft = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The supported language for a BCP 47 tag: `cy-GB` is Welsh, `ar-EG` Arabic, any English is
 * British English. Returns undefined for languages the widget has no text for.
 */
export function supportedLocale(tag: string | null | undefined): SupportedLocale | undefined {
  const language = primaryLanguage(tag);
  if (!language) return undefined;
  if (language === 'en') return defaultLocale;

  return allLocales.find((locale) => primaryLanguage(locale) === language);
}

/** The text direction of a language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rightToLeft.has(primaryLanguage(tag) ?? '') ? 'rtl' : 'ltr';
}

/**
 * The tag dates and times are formatted with: the page's own tag when it is the same language
 * as the widget's text (so `en-US` pages get American dates in British English text), else
 * the widget's language, so that a sentence never mixes two languages.
 */
export function formattingLocale(requested: string | undefined, locale: SupportedLocale): string {
  if (!requested || primaryLanguage(requested) !== primaryLanguage(locale)) return locale;

  try {
    return Intl.getCanonicalLocales(requested)[0] ?? locale;
  } catch {
    return locale;
  }
}

function primaryLanguage(tag: string | null | undefined): string | undefined {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return language || undefined;
}
