import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree. */
export interface AccessibilityNode {
  role: string;
  name: string;
  children?: AccessibilityNode[];
}

type Answer<T = unknown> = { supported: false } | ({ supported: true } & T);

/**
 * Chromium's full accessibility tree under the first element matching `selector`, or
 * undefined in a browser without the DevTools protocol (see scripts/devtools-commands.mjs).
 */
export async function accessibilityTree(selector: string): Promise<AccessibilityNode | undefined> {
  const answer = await executeServerCommand<Answer<{ tree: AccessibilityNode }>, unknown>(
    'accessibility-tree',
    { selector },
  );
  return answer.supported ? answer.tree : undefined;
}

/**
 * Emulates CSS media features such as `forced-colors: active`; returns false where the
 * browser cannot. An empty list puts the real values back.
 */
export async function emulateMediaFeatures(
  features: { name: string; value: string }[],
): Promise<boolean> {
  const answer = await executeServerCommand<Answer, unknown>('media-features', { features });
  return answer.supported;
}

/** Sets the browser's default font size (the resident's text size); false where it cannot. */
export async function setDefaultFontSize(pixels: number): Promise<boolean> {
  const answer = await executeServerCommand<Answer, unknown>('default-font-size', { pixels });
  return answer.supported;
}

/**
 * Brings the test's page to the front. Two test files run at once, and the page behind gets
 * no keyboard input in Firefox: keyboard tests call this first.
 */
export async function focusPage(): Promise<void> {
  await executeServerCommand<Answer, unknown>('focus-page', {});
}
