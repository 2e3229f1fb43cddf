/** Why storage could not be used: blocked outright, or full. */
export type StorageProblem = 'blocked' | 'full';

/**
 * Web Storage that never throws.
 *
 * Every call can fail on a real council site: reading `window.sessionStorage` itself throws
 * when the resident blocks site data or has not yet given cookie consent, and writes throw
 * `QuotaExceededError` when the host page has filled the quota. A failure must never stop the
 * chat, so each call is guarded, and the first problem is kept so the resident can be told,
 * once, that the chat will not follow them to the next page.
 */
export class SafeStorage {
  readonly #area: () => Storage;
  #problem?: StorageProblem;

  /**
   * @param area Returns the storage area; a function because merely reading
   *   `window.sessionStorage` throws when storage is blocked.
   */
  constructor(area: () => Storage) {
    this.#area = area;
  }

  /** The stored text, or undefined when there is none or storage cannot be read. */
  read(key: string): string | undefined {
    try {
      return this.#area().getItem(key) ?? undefined;
    } catch (error) {
      this.#report(error);
      return undefined;
    }
  }

  /** Stores `value`; returns false when it could not be stored. */
  write(key: string, value: string): boolean {
    try {
      this.#area().setItem(key, value);
      return true;
    } catch (error) {
      this.#report(error);
      return false;
    }
  }

  /** Removes `key`; quietly does nothing when storage cannot be used. */
  remove(key: string): void {
    try {
      this.#area().removeItem(key);
    } catch (error) {
      this.#report(error);
    }
  }

  /** The first problem met on this page, if any call has failed. */
  get problem(): StorageProblem | undefined {
    return this.#problem;
  }

  #report(error: unknown): void {
    this.#problem ??= isQuotaError(error) ? 'full' : 'blocked';
  }
}

/** Browsers name the quota error differently; Firefox once used its own name and code. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}
