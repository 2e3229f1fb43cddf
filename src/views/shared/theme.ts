/**
 * The default brand colours, for code that must know them outside a style sheet (the contrast
 * check). The style sheets use the same values as `var()` fallbacks.
 */
export const defaultBrand = '#0b4f6c';
export const defaultOnBrand = '#ffffff';
