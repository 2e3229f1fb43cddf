/**
 * Hostile message text from real bug reports and their variants, for every path that shows a
 * message: the live transcript, the printed record, the downloaded file and the screen-reader
 * announcement. Each path must show every `text` exactly as text, run nothing, and turn into
 * links only the `links` listed (in order, as the browser normalises them).
 *
 * Scripts in these texts call `pwned()`; install it with {@link watchForPwned} to notice if
 * anything ran.
 */
export interface HostileMessage {
  /** What the case is, for test names. */
  name: string;
  text: string;
  /** The addresses that must become links, in order; every other address stays text. */
  links: readonly string[];
}

/** A long message with no space to break at, and one made of a single address. */
const longWord = 'a'.repeat(100_000);
const longAddress = `https://example.org/${'b'.repeat(100_000 - 20)}`;

export const hostileMessages: readonly HostileMessage[] = [
  { name: 'an image tag with onerror', text: 'Here you go <img src=x onerror=pwned()>', links: [] },
  { name: 'a script tag', text: '<script>pwned()</script>', links: [] },
  { name: 'an svg with onload', text: '<svg onload="pwned()"><circle r="5"/></svg>', links: [] },
  { name: 'an iframe with srcdoc', text: '<iframe srcdoc="<script>pwned()</script>">', links: [] },
  {
    name: 'a link tag to javascript:',
    text: '<a href="javascript:pwned()">your council tax bill</a>',
    links: [],
  },
  { name: 'javascript: in lower case', text: 'javascript:pwned()', links: [] },
  { name: 'javascript: in mixed case', text: 'Click JaVaScRiPt:pwned() now', links: [] },
  { name: 'javascript: with a tab', text: 'java\tscript:pwned()', links: [] },
  { name: 'javascript: with a newline', text: 'java\nscript:pwned()', links: [] },
  { name: 'javascript: with a carriage return', text: 'java\rscript:pwned()', links: [] },
  { name: 'javascript: after leading spaces', text: '   javascript:pwned()', links: [] },
  { name: 'javascript: as a numeric entity', text: '&#106;avascript:pwned()', links: [] },
  { name: 'javascript: as a hex entity', text: '&#x6A;avascript&colon;pwned()', links: [] },
  { name: 'javascript: percent-encoded', text: '%6Aavascript:pwned()', links: [] },
  { name: 'javascript: in full-width letters', text: 'ｊａｖａｓｃｒｉｐｔ:pwned()', links: [] },
  {
    name: 'a data: address with HTML',
    text: 'data:text/html,<script>pwned()</script>',
    links: [],
  },
  {
    name: 'a base64 data: address',
    text: 'data:text/html;base64,PHNjcmlwdD5wd25lZCgpPC9zY3JpcHQ+',
    links: [],
  },
  { name: 'a vbscript: address', text: 'vbscript:msgbox("pwned")', links: [] },
  { name: 'a VBScript: address in capitals', text: 'VBSCRIPT:msgbox(1)', links: [] },
  { name: 'a file: address', text: 'file:///etc/passwd', links: [] },
  { name: 'a protocol-relative address', text: 'See //evil.example/pay for details', links: [] },
  {
    name: 'an address with the council as its user name',
    text: 'Pay at https://council.gov.uk@evil.example/pay',
    links: [],
  },
  {
    name: 'a www. address with the council as its user name',
    text: 'www.council.gov.uk@evil.example',
    links: [],
  },
  {
    name: 'an address with a user name and password',
    text: 'https://user:secret@evil.example/',
    links: [],
  },
  {
    name: 'a mailto: that attaches a file',
    text: 'mailto:help@evil.example?attach=/etc/passwd',
    links: [],
  },
  { name: 'a tel: that is not a number', text: 'tel:javascript:pwned()', links: [] },
  {
    name: 'a safe address followed by an attribute break-out',
    text: 'https://example.org/x"onmouseover="pwned()',
    links: ['https://example.org/x'],
  },
  {
    name: 'a safe link beside a javascript: address',
    text: 'See https://example.org/help or javascript:pwned()',
    links: ['https://example.org/help'],
  },
  {
    name: 'a markdown link to javascript:',
    text: '[your bill](javascript:pwned())',
    links: [],
  },
  {
    name: 'a right-to-left override before an address',
    text: 'Open \u202Ehttps://example.org/fdp.exe',
    links: ['https://example.org/fdp.exe'],
  },
  {
    name: 'a right-to-left override inside an address',
    text: 'https://example.org/\u202Egpj.exe',
    links: ['https://example.org/'],
  },
  { name: 'a 100,000-character word', text: longWord, links: [] },
  // Longer than any real address, so it stays text: a link's length is bounded by design.
  { name: 'a 100,000-character address', text: longAddress, links: [] },
];

declare global {
  interface Window {
    pwned?: () => void;
  }
}

/**
 * Installs `pwned()` on a window and returns a function that says whether anything called it.
 * Call the returned `stop` when done.
 */
export function watchForPwned(target: Window = window): { ran: () => boolean; stop: () => void } {
  let called = false;
  target.pwned = () => {
    called = true;
  };
  return {
    ran: () => called,
    stop: () => delete target.pwned,
  };
}
