import type { ReactiveController } from 'lit';

import { defaultBrand, defaultOnBrand } from '../views/shared/theme.js';
import { contrastRatio, minimumTextContrast, parseColour, type Rgb, toHex } from './contrast.js';
import type { ConfigurableElement } from './config-controller.js';

/** Text colours to suggest when a council's pair fails: white and the widget's near-black. */
const suggestions = ['#ffffff', '#0b0c0c'];

/**
 * Warns once when the council's brand colours make the launcher, header and Send button hard to
 * read: `--council-chat-on-brand` text on `--council-chat-brand` below WCAG AA's 4.5:1.
 *
 * It joins the element with the panel's code, when the resident first opens the chat, and
 * reads the colours as the page resolves them, after the council's style sheets: then, each
 * time the panel opens and whenever the brand colour changes. The same pair is never reported
 * twice.
 */
export class BrandContrastController implements ReactiveController {
  readonly #host: ConfigurableElement & { open: boolean };
  #lastTrigger?: string;
  #lastPair?: string;

  constructor(host: ConfigurableElement & { open: boolean }) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const trigger = `${this.#host.open}|${this.#host.brandColor ?? ''}`;
    if (trigger === this.#lastTrigger) return;

    this.#lastTrigger = trigger;
    this.check();
  }

  /** Compares the resolved colours now, and warns if they fail and were not reported before. */
  check(): void {
    const style = getComputedStyle(this.#host);
    const brandValue = style.getPropertyValue('--council-chat-brand').trim() || defaultBrand;
    const onBrandValue = style.getPropertyValue('--council-chat-on-brand').trim() || defaultOnBrand;
    const pair = `${brandValue}|${onBrandValue}`;
    if (pair === this.#lastPair) return;
    this.#lastPair = pair;

    const brand = parseColour(brandValue);
    const onBrand = parseColour(onBrandValue);
    if (!brand) return this.#warnNotAColour('--council-chat-brand', brandValue);
    if (!onBrand) return this.#warnNotAColour('--council-chat-on-brand', onBrandValue);

    const ratio = contrastRatio(brand, onBrand);
    if (ratio < minimumTextContrast) this.#warnLowContrast(brand, onBrand, ratio);
  }

  #warnLowContrast(brand: Rgb, onBrand: Rgb, ratio: number): void {
    const better = suggestions
      .map((hex) => ({ hex, ratio: contrastRatio(brand, parseColour(hex)!) }))
      .sort((a, b) => b.ratio - a.ratio)[0];
    const fix =
      better.ratio >= minimumTextContrast
        ? `Set --council-chat-on-brand to ${better.hex} (${formatRatio(better.ratio)}), ` +
          'or choose a darker --council-chat-brand.'
        : 'Choose a darker or lighter --council-chat-brand.';

    console.warn(
      `<council-chat>: the brand colours fail WCAG AA contrast: --council-chat-on-brand ` +
        `${toHex(onBrand)} on --council-chat-brand ${toHex(brand)} is ${formatRatio(ratio)}, ` +
        `and text needs at least ${minimumTextContrast}:1. ${fix}`,
      this.#host,
    );
  }

  #warnNotAColour(property: string, value: string): void {
    console.warn(
      `<council-chat>: ${property} is ${JSON.stringify(value)}, which is not a CSS colour, so ` +
        'the launcher and header may be unreadable. Set it to a colour such as #0b4f6c.',
      this.#host,
    );
  }
}

function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
