/** A colour as red, green and blue from 0 to 255, opaque. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** WCAG 2.2 AA: normal-size text needs 4.5:1 against its background. */
export const minimumTextContrast = 4.5;

/**
 * Any CSS colour as sRGB, flattened onto white, or undefined when it is not a colour. A canvas
 * does the parsing so every syntax the browser knows works (`oklch()`, `color-mix()`, names),
 * and out-of-gamut colours come back clipped as they are displayed.
 */
export function parseColour(value: string): Rgb | undefined {
  const colour = value.trim();
  if (colour === '' || !CSS.supports('color', colour)) return undefined;

  const context = scratchCanvas();
  if (!context) return undefined;

  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b };
}

/** Relative luminance as WCAG defines it, from 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (a, b) => b - a,
  );
  return (lighter + 0.05) / (darker + 0.05);
}

/** `#rrggbb`, for console messages a web editor can paste into CSS. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** One 1×1 canvas for every parse; undefined until first used, null if canvases are off. */
let canvasContext: Context2d | null | undefined;

function scratchCanvas(): Context2d | null {
  if (canvasContext !== undefined) return canvasContext;

  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1)
      : Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
  canvasContext = canvas.getContext('2d', { willReadFrequently: true }) as Context2d | null;
  return canvasContext;
}
