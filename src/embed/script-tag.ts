/**
 * Settings a web editor may put on the script tag as `data-` attributes, for CMS templates where
 * only a script tag can be added: `data-transport="mock"` becomes `transport="mock"` on the
 * element the script adds. `open` is not among them: the widget never opens by itself.
 */
export const scriptTagSettings = [
  'transport',
  'council-name',
  'team-name',
  'photo',
  'position',
  'brand-color',
  'lang',
] as const;

/**
 * The `<script>` tags that loaded this module. `document.currentScript` is null in a module, so
 * they are found by address: the module's own URL, or, when a CDN redirected it to another
 * (`council-chat@1` to `council-chat@1.4.2`), module scripts with the same file name.
 */
export function findOwnScripts(moduleUrl: string, root: Document = document): HTMLScriptElement[] {
  const scripts = [...root.querySelectorAll<HTMLScriptElement>('script[src]')];
  const exact = scripts.filter((script) => script.src === moduleUrl);
  if (exact.length > 0) return exact;

  const fileName = lastPathSegment(moduleUrl);
  return scripts.filter(
    (script) => script.type === 'module' && lastPathSegment(script.src) === fileName,
  );
}

/** The element's attributes that a script tag's `data-` attributes ask for, in order. */
export function settingsFromScript(script: HTMLScriptElement): [string, string][] {
  return scriptTagSettings.flatMap((name) => {
    const value = script.getAttribute(`data-${name}`);
    return value === null ? [] : [[name, value] as [string, string]];
  });
}

/**
 * Adds `<council-chat>` at the end of the body, configured from the first of this module's
 * script tags that has settings, unless the page already has the element (written in the
 * page, or added by another copy of the script). A page whose element is in its HTML keeps
 * its own attributes: script settings never override it.
 */
export function addElementFromScriptTag(moduleUrl: string, root: Document = document): void {
  const settings = findOwnScripts(moduleUrl, root)
    .map(settingsFromScript)
    .find((found) => found.length > 0);
  if (!settings) return;

  whenBodyIsParsed(root, () => {
    if (root.querySelector('council-chat')) return;

    const element = root.createElement('council-chat');
    for (const [name, value] of settings) element.setAttribute(name, value);
    root.body.append(element);
  });
}

/** An `async` script can run before the body exists, or before the page's own element. */
function whenBodyIsParsed(root: Document, callback: () => void): void {
  if (root.readyState === 'loading') {
    root.addEventListener('DOMContentLoaded', callback, { once: true });
  } else {
    callback();
  }
}

function lastPathSegment(address: string): string {
  try {
    return new URL(address).pathname.split('/').at(-1) ?? '';
  } catch {
    return '';
  }
}
