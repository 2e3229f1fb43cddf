/** A run of plain text, or a web address that is safe to follow. */
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; external: boolean };

/** Schemes that become links. Anything else (`javascript:`, `data:`, ...) stays as text. */
const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Address candidates: a safe scheme or `www.`, then anything up to white space, an angle
 * bracket or a quote. Only these can start a link, so no other scheme can become one however
 * it is written (`JaVaScRiPt:`, `java\tscript:`, `&#106;avascript:`, ` data:`, `//host`): the
 * text is never decoded, and white space ends a candidate. Bidirectional controls, zero-width
 * characters and the soft hyphen end an address too, so a link cannot be made to read
 * backwards or to hide part of where it goes.
 */
const addressEnd = String.raw`\s<>"'\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff`;
const candidate = new RegExp(
  String.raw`(?:\b(?:https?:\/\/|mailto:|tel:)|\bwww\.)[^${addressEnd}]+`,
  'giu',
);

/** A telephone number as it may follow `tel:`: digits, a leading +, and separators. */
const telephone = /^tel:\+?[\d().-]+$/i;

/** Parameters a `mailto:` link may carry; others (`attach=`) are not for chat links. */
const mailParameters = new Set(['subject', 'body', 'cc', 'bcc']);

/** Punctuation that ends a sentence rather than the address it follows. */
const trailingPunctuation = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '\u2019', '\u201d']);

/**
 * Longer "addresses" stay text. Real ones are far shorter (browsers and servers refuse much
 * beyond this), and the limit keeps a hostile message from costing the resident's browser time.
 */
const longestAddress = 2048;

/** Links in one message beyond this stay text: no staff message needs more, a flood might. */
const mostLinks = 100;

/**
 * Splits a message into text and links. Only http, https, mailto and tel addresses become
 * links; addresses on `siteOrigin` open in the same tab (so the chat resumes on the page staff
 * sent), others in a new one.
 */
export function linkify(text: string, siteOrigin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  let links = 0;

  for (const match of text.matchAll(candidate)) {
    if (match[0].length > longestAddress) continue;
    // Counted, not worked out from the parts: a message may or may not open with text.
    if (links === mostLinks) break;

    const address = trimAddress(match[0]);
    const link = toLink(address, siteOrigin);
    if (!link) continue;

    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push(link);
    links++;
    last = start + address.length;
  }

  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * Drops the sentence's punctuation and unmatched closing brackets from the end of an address.
 * One pass from the end, so the time grows with the address's length, never with its square.
 */
function trimAddress(address: string): string {
  const opened = count(address, '(');
  let closed = count(address, ')');
  let end = address.length;

  for (;;) {
    const last = address[end - 1];
    if (trailingPunctuation.has(last)) {
      end--;
    } else if (last === ')' && closed > opened) {
      // A closing bracket belongs to the address only when the address opened one.
      end--;
      closed--;
    } else {
      return address.slice(0, end);
    }
  }
}

function toLink(address: string, siteOrigin: string): TextPart | undefined {
  const withScheme = /^www\./i.test(address) ? `https://${address}` : address;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (!safeProtocols.has(url.protocol)) return undefined;

  const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
  // `https://council.gov.uk@evil.example` reads as the council's site and goes to the other.
  if (isWeb && (url.username !== '' || url.password !== '' || url.hostname === '')) {
    return undefined;
  }
  if (url.protocol === 'tel:' && !telephone.test(address)) return undefined;
  if (url.protocol === 'mailto:' && !hasOnlyMailParameters(url)) return undefined;

  return {
    kind: 'link',
    text: address,
    href: url.href,
    external: isWeb && url.origin !== siteOrigin,
  };
}

function hasOnlyMailParameters(url: URL): boolean {
  return [...url.searchParams.keys()].every((name) => mailParameters.has(name.toLowerCase()));
}

function count(text: string, character: string): number {
  let found = 0;
  for (const each of text) if (each === character) found++;
  return found;
}
