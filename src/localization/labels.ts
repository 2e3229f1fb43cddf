import { launcherLabels } from './launcher-labels.js';
import type { panelLabels } from './panel-labels.js';

/**
 * Every piece of text the widget writes itself, in British English, translated through
 * @lit/localize. Each is a function of the values it names, so a council's replacement text
 * can use the same values in braces: `"Sgwrsio â {team}"`. The launcher's few are here from
 * the start; the panel's arrive with the panel (see `panel-labels.ts`).
 */
type LabelCatalogue = typeof launcherLabels & typeof panelLabels;

const defaultLabels: Partial<LabelCatalogue> = { ...launcherLabels };

/** Adds the defaults of a part of the widget that loads later. */
export function registerLabels(labels: Partial<LabelCatalogue>): void {
  Object.assign(defaultLabels, labels);
}

/** The name of one piece of the widget's text. */
export type LabelKey = keyof LabelCatalogue;

/**
 * A council's own wording for any of the widget's text, by key. Values may name the label's
 * values in braces (`"Chat with {team}"`). A replacement applies in every language: a page in
 * another language sets its own. The keys and their English defaults are listed in
 * `docs/languages.md`.
 */
export type CouncilChatLabels = { [K in LabelKey]?: string };

/**
 * The widget's text in the active language, with the council's replacements applied. Read at
 * render time, so a change of language shows at the next render.
 */
export class Labels {
  readonly #overrides: CouncilChatLabels;

  constructor(overrides: CouncilChatLabels = {}) {
    this.#overrides = overrides;
  }

  text<K extends LabelKey>(key: K, ...values: Parameters<LabelCatalogue[K]>): string {
    const named = values[0] as Record<string, string> | undefined;
    const override = this.#overrides[key];
    if (typeof override === 'string' && override.trim() !== '') return fill(override, named);

    const text = defaultLabels[key] as ((values?: Record<string, string>) => string) | undefined;
    if (!text) throw new Error(`<council-chat>: no default text for "${key}" has loaded yet`);
    return text(named);
  }
}

/**
 * Keys in `overrides` that the widget does not know, so misspellings can be reported. Only
 * the keys loaded so far are known: call it once the panel has loaded.
 */
export function unknownLabelKeys(overrides: object): string[] {
  return Object.keys(overrides).filter((key) => !Object.hasOwn(defaultLabels, key));
}

/** Replaces `{name}` with the named value; unknown names stay as written. */
function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}

/** The widget's own text with no replacements, for views drawn without a council's labels. */
export const builtInLabels = new Labels();
