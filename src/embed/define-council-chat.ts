/** Set on the window once the duplicate-script warning is logged, by whichever copy logs it. */
const warnedKey = Symbol.for('council-chat.duplicate-script-warned');

type WarningFlag = { [warnedKey]?: boolean };

/**
 * Defines `<council-chat>` unless a copy of the script already did.
 *
 * The same address included twice runs once (the browser shares one module per address). From
 * two addresses (`council-chat.js` and `council-chat.js?v=2`, or two versions) each copy runs,
 * and a second `customElements.define` would throw; the second copy steps aside instead, and
 * one warning says so however many copies there are. Returns whether this copy defined it.
 */
export function defineCouncilChat(
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
  flagHolder: object = globalThis,
): boolean {
  const existing = registry.get('council-chat');
  if (!existing) {
    registry.define('council-chat', constructor);
    return true;
  }

  const flags = flagHolder as WarningFlag;
  if (existing !== constructor && !flags[warnedKey]) {
    flags[warnedKey] = true;
    console.warn(
      '<council-chat>: the council-chat script is included more than once on this page, from ' +
        'different addresses. The first copy is in use and the others do nothing; remove the ' +
        'extra <script> tag.',
    );
  }
  return false;
}
