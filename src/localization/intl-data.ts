/**
 * Whether the browser's `Intl` has data for a language. Browsers may ship without some: the
 * Chromium of Debian, for one, formats Welsh as American English ("5:45 PM", "60 seconds"),
 * which would put English words into a Welsh sentence.
 */
export function hasIntlData(locale: string): boolean {
  let known = support.get(locale);
  if (known === undefined) {
    const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
    known = language(resolved) === language(locale);
    support.set(locale, known);
  }
  return known;
}

/**
 * The locale to format dates, times and numbers with: `locale` itself where the browser knows
 * it, else British English, whose 24-hour times ("17:45") carry no words of any language.
 */
export function localeWithData(locale: string): string {
  return hasIntlData(locale) ? locale : 'en-GB';
}

const support = new Map<string, boolean>();

function language(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
