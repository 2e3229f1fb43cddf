/** An sRGB colour with alpha, from a computed style. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads `rgb(…)`/`rgba(…)` as computed styles give them; undefined for anything else. */
export function parseColour(value: string): Rgba | undefined {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) return undefined;
  const [r, g, b, a = 1] = match[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return { r, g, b, a };
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function luminance({ r, g, b }: Rgba): number {
  const [red, green, blue] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * The colour painted behind `element`: the first opaque background up the tree, crossing
 * shadow roots; white at the top, as the test pages are.
 */
export function backgroundBehind(element: Element): Rgba {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour.a === 1) return colour;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
