/**
 * Timers for the mock backend. The demo uses real time, so residents see realistic pauses;
 * tests use {@link VirtualScheduler}, which runs the same script in order, at once, with a
 * clock of its own, and leaves no timer behind.
 */
export interface Scheduler {
  /** Runs `task` after `delayMs`; returns a function that cancels it. */
  schedule(task: () => void, delayMs: number): () => void;
  /** The scheduler's idea of now. */
  now(): Date;
  /** Cancels everything still waiting. */
  cancelAll(): void;
}

/** Real timers, optionally sped up (`timeScale` 0.1 runs ten times faster). */
export class RealScheduler implements Scheduler {
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly timeScale = 1) {}

  schedule(task: () => void, delayMs: number): () => void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      task();
    }, delayMs * this.timeScale);
    this.#timers.add(timer);

    return () => {
      clearTimeout(timer);
      this.#timers.delete(timer);
    };
  }

  now(): Date {
    return new Date();
  }

  cancelAll(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

interface VirtualTask {
  due: number;
  order: number;
  task: () => void;
}

/**
 * Runs tasks in the order of their due time on a virtual clock, each in a microtask, so a test
 * that awaits a few promises sees the whole script played out without waiting in real time.
 */
export class VirtualScheduler implements Scheduler {
  #clock: number;
  #order = 0;
  #tasks: VirtualTask[] = [];
  #draining = false;

  constructor(start: Date = new Date()) {
    this.#clock = start.getTime();
  }

  schedule(task: () => void, delayMs: number): () => void {
    const entry = { due: this.#clock + delayMs, order: this.#order++, task };
    this.#tasks.push(entry);
    this.#drainSoon();

    return () => {
      this.#tasks = this.#tasks.filter((candidate) => candidate !== entry);
    };
  }

  now(): Date {
    return new Date(this.#clock);
  }

  cancelAll(): void {
    this.#tasks = [];
  }

  #drainSoon(): void {
    if (this.#draining) return;

    this.#draining = true;
    queueMicrotask(() => this.#runNext());
  }

  #runNext(): void {
    this.#tasks.sort((a, b) => a.due - b.due || a.order - b.order);
    const next = this.#tasks.shift();
    if (!next) {
      this.#draining = false;
      return;
    }

    this.#clock = Math.max(this.#clock, next.due);
    next.task();
    queueMicrotask(() => this.#runNext());
  }
}
