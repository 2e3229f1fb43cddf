import type { Checked, ConfigProblem } from './config-problem.js';

/**
 * Where the closed widget sits. `bottom-end` and `bottom-start` follow the page's writing
 * direction (the end is on the left on a right-to-left page); `bottom-right` and `bottom-left`
 * do not.
 */
export type Position = 'bottom-end' | 'bottom-start' | 'bottom-right' | 'bottom-left';

export const positions: readonly Position[] = [
  'bottom-end',
  'bottom-start',
  'bottom-right',
  'bottom-left',
];

export const defaultPosition: Position = 'bottom-end';

/** Checks the `position` attribute; a missing one is the default, not a mistake. */
export function checkPosition(value: string | null | undefined): Checked<Position> {
  if (value === null || value === undefined || value === '') return { value: defaultPosition };
  if ((positions as readonly string[]).includes(value)) return { value: value as Position };

  return {
    value: defaultPosition,
    problem: {
      attribute: 'position',
      value,
      allowed: `Use one of: ${positions.join(', ')}.`,
      fallback: `The widget sits at ${defaultPosition} instead.`,
    },
  };
}

/**
 * Schemes a team photo may use. `data:image/` lets a council inline a small photo; anything
 * else (`javascript:`, `data:text/html`, `file:`) is a mistake or an attack, never a photo.
 */
const photoSchemes = new Set(['https:', 'http:', 'blob:']);

/**
 * Checks the `photo` attribute. Relative addresses are resolved against the page, as an `<img>`
 * would. A bad address falls back to the team's initials.
 */
export function checkPhoto(
  value: string | null | undefined,
  baseUrl: string,
): Checked<string | undefined> {
  if (value === null || value === undefined || value.trim() === '') return { value: undefined };

  const url = parseUrl(value.trim(), baseUrl);
  const isImageData = url?.protocol === 'data:' && /^data:image\//i.test(url.href);
  if (url && (photoSchemes.has(url.protocol) || isImageData)) return { value: url.href };

  return {
    value: undefined,
    problem: {
      attribute: 'photo',
      value,
      allowed: 'Use the address of an image: https:, http:, a path on this site, or data:image/.',
      fallback: "The launcher shows the team's initials instead.",
    },
  };
}

/**
 * Checks the `brand-color` attribute: any CSS colour (`#0b4f6c`, `rgb(11 79 108)`,
 * `rebeccapurple`). The value is written into a style sheet, so anything CSS does not accept
 * as one colour is refused rather than passed on.
 */
export function checkBrandColour(
  value: string | null | undefined,
  isColour: (value: string) => boolean = (candidate) => CSS.supports('color', candidate),
): Checked<string | undefined> {
  if (value === null || value === undefined || value.trim() === '') return { value: undefined };

  const colour = value.trim();
  // `var()` passes CSS.supports whatever it names, and braces or semicolons could end the rule.
  if (!/[{};]|var\(/i.test(colour) && isColour(colour)) return { value: colour };

  return {
    value: undefined,
    problem: {
      attribute: 'brand-color',
      value,
      allowed: 'Use a CSS colour such as #0b4f6c, rgb(11 79 108) or a colour name.',
      fallback: 'The widget uses --council-chat-brand from the page, or its default blue.',
    },
  };
}

/** The problem with a `transport` name that no transport was registered under. */
export function unknownTransport(name: string, known: readonly string[]): ConfigProblem {
  return {
    attribute: 'transport',
    value: name,
    allowed:
      `Use one of: ${known.join(', ')}; register another with registerTransport(), ` +
      'or set the element\'s "transport" property.',
    fallback: 'Residents are told that chat is unavailable until then.',
  };
}

function parseUrl(value: string, baseUrl: string): URL | undefined {
  try {
    return new URL(value, baseUrl);
  } catch {
    return undefined;
  }
}
