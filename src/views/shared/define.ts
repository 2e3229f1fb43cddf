/**
 * Defines a custom element once. A council may include the script twice (in a CMS template and
 * in a page, or from two addresses); the second definition is skipped instead of throwing.
 * Returns false when the name was already taken.
 */
export function defineOnce(name: string, constructor: CustomElementConstructor): boolean {
  if (customElements.get(name)) return false;

  customElements.define(name, constructor);
  return true;
}
