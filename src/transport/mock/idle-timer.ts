import type { Scheduler } from './scheduler.js';

/** What the idle timer does when time runs out. */
export interface IdleTimerActions {
  /** Tell the resident how long is left. */
  warn(secondsLeft: number): void;
  /** End the chat. */
  end(): void;
}

/**
 * The backend's side of ending idle chats, as many contact-centre systems do: after
 * `timeoutSeconds` without activity the chat ends, and `warningSeconds` before that the
 * resident is warned. Any activity, or the resident asking for more time, starts it again.
 */
export class IdleTimer {
  readonly #scheduler: Scheduler;
  readonly #timeoutMs: number;
  readonly #warningMs: number;
  readonly #actions: IdleTimerActions;
  #cancels: (() => void)[] = [];

  constructor(
    scheduler: Scheduler,
    timing: { timeoutSeconds: number; warningSeconds: number },
    actions: IdleTimerActions,
  ) {
    this.#scheduler = scheduler;
    this.#timeoutMs = timing.timeoutSeconds * 1000;
    this.#warningMs = Math.min(timing.warningSeconds, timing.timeoutSeconds) * 1000;
    this.#actions = actions;
  }

  /** Someone did something: the full timeout runs again from now. */
  restart(): void {
    this.stop();
    const warningSeconds = Math.round(this.#warningMs / 1000);
    this.#cancels = [
      this.#scheduler.schedule(
        () => this.#actions.warn(warningSeconds),
        this.#timeoutMs - this.#warningMs,
      ),
      this.#scheduler.schedule(() => this.#actions.end(), this.#timeoutMs),
    ];
  }

  /** Ends the chat `secondsLeft` from now, unless something restarts the timer first. */
  endIn(secondsLeft: number): void {
    this.stop();
    this.#cancels = [this.#scheduler.schedule(() => this.#actions.end(), secondsLeft * 1000)];
  }

  stop(): void {
    for (const cancel of this.#cancels) cancel();
    this.#cancels = [];
  }
}
