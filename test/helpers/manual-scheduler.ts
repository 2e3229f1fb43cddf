import type { Scheduler } from '../../src/transport/mock/scheduler.js';

/**
 * A clock the test moves by hand: nothing the mock backend schedules happens until the test
 * calls {@link ManualScheduler.advance}, so a state such as an idle warning holds still while
 * it is checked.
 */
export class ManualScheduler implements Scheduler {
  #clock: number;
  #order = 0;
  #tasks: { due: number; order: number; task: () => void }[] = [];

  constructor(start = new Date('2026-12-03T10:00:00Z')) {
    this.#clock = start.getTime();
  }

  schedule(task: () => void, delayMs: number): () => void {
    const entry = { due: this.#clock + delayMs, order: this.#order++, task };
    this.#tasks.push(entry);
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

  /** Runs, in order, everything due within the next `ms` milliseconds. */
  advance(ms: number): void {
    const until = this.#clock + ms;
    for (let ran = 0; ; ran++) {
      // A task that keeps scheduling itself would otherwise freeze the test page.
      if (ran > 10_000) throw new Error('ManualScheduler: tasks keep scheduling themselves');
      this.#tasks.sort((a, b) => a.due - b.due || a.order - b.order);
      const next = this.#tasks[0];
      if (!next || next.due > until) break;

      this.#tasks.shift();
      this.#clock = Math.max(this.#clock, next.due);
      next.task();
    }
    this.#clock = until;
  }

  /** How many tasks are waiting. */
  get pending(): number {
    return this.#tasks.length;
  }
}
