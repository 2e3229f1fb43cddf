import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** The rule sets every state of the widget is checked against. */
export const axeTags = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

declare global {
  interface Window {
    axe?: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules and best practice, and fails with a readable
 * list of violations. axe-core is a UMD script, so it is loaded for its side effect of setting
 * `window.axe`, as chai-a11y-axe does.
 */
export async function expectNoAxeViolations(
  context: ElementContext = document,
  ignoredRules: Record<string, string> = {},
): Promise<void> {
  if (!window.axe) await import('axe-core/axe.min.js' as string);

  const rules = Object.fromEntries(
    Object.keys(ignoredRules).map((rule) => [rule, { enabled: false }]),
  );
  const results = await window.axe!.run(context, {
    runOnly: { type: 'tag', values: axeTags },
    resultTypes: ['violations'],
    rules,
  });

  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.html}`).join('\n'),
  );
  if (report.length) throw new Error(`axe found ${report.length} problems:\n${report.join('\n')}`);
}
