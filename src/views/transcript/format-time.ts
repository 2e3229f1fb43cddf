import { localeWithData } from '../../localization/intl-data.js';

/**
 * Formats a message's time in the resident's own time zone and language. The backend's ISO
 * string carries its zone, so the same instant reads the same before and after a reload, on
 * screen, on paper and in the download.
 */
export function formatTime(iso: string, locale: string, timeZone?: string): string {
  return timeFormat(localeWithData(locale), timeZone).format(new Date(iso));
}

/** Date and time together, for the printed record's heading. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeWithData(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are slow to build and a long chat formats hundreds of times. */
function timeFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    // `timeStyle` gives each locale its own convention ("00:59" in en-GB); `hour: 'numeric'`
    // gives "0:59" in Chromium but "00:59" in Firefox.
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    formats.set(key, format);
  }
  return format;
}
