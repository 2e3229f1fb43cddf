/** A mistake in how a page configured `<council-chat>`, and what the widget does instead. */
export interface ConfigProblem {
  /** The attribute as written in the page (`position`), or a `data-` one on the script tag. */
  attribute: string;
  /** The value the page gave. */
  value: string;
  /** What the attribute accepts, as a sentence. */
  allowed: string;
  /** What the widget uses instead, as a sentence. */
  fallback: string;
}

/** A checked setting: the value to use, and the problem found when the page's value was bad. */
export interface Checked<T> {
  value: T;
  problem?: ConfigProblem;
}

/** Long values (a pasted `data:` address) are cut short so the console line stays readable. */
const longestValueShown = 80;

/**
 * The one console line for a configuration mistake: the element, the attribute, the bad
 * value, what is allowed and what happens now. The widget keeps working on the fallback.
 */
export function reportConfigProblem(element: HTMLElement, problem: ConfigProblem): void {
  const value =
    problem.value.length > longestValueShown
      ? `${problem.value.slice(0, longestValueShown)}…`
      : problem.value;

  console.error(
    `<council-chat>: ${problem.attribute}=${JSON.stringify(value)} is not valid. ` +
      `${problem.allowed} ${problem.fallback}`,
    element,
  );
}
