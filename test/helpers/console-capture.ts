/** Console warnings and errors caught during a test instead of printed. */
export interface CapturedConsole {
  errors: string[];
  warnings: string[];
  /** Puts the real console methods back. */
  restore(): void;
}

/** Captures `console.error` and `console.warn` until `restore()` is called. */
export function captureConsole(): CapturedConsole {
  const originalError = console.error;
  const originalWarn = console.warn;
  const captured: CapturedConsole = {
    errors: [],
    warnings: [],
    restore() {
      console.error = originalError;
      console.warn = originalWarn;
    },
  };
  console.error = (...args: unknown[]) => captured.errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => captured.warnings.push(args.map(String).join(' '));
  return captured;
}
