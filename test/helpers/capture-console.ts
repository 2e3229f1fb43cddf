/**
 * Collects what the widget writes to the console while `action` runs, so tests can check the
 * warnings a misbehaving backend or a misused element deserves, without noise in the output.
 */
export async function captureConsole(
  level: 'warn' | 'error',
  action: () => Promise<void>,
): Promise<string[]> {
  const written: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => written.push(args.map(String).join(' '));

  try {
    await action();
  } finally {
    console[level] = original;
  }
  return written;
}
