import type {
  ChatTransport,
  OutgoingMessage,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
  TransportListener,
} from './transport.js';

/** How often each fault happens, each a chance from 0 to 1. */
export interface FaultRates {
  /**
   * An event is lost on the way. As a real transport does when it sees a gap in the
   * backend's sequence or misses a heartbeat, the link then drops and comes back (`status`
   * `reconnecting`, then `online`), and the session must catch up by asking the backend to
   * replay the chat. `chat-started` is never lost: it answers `startChat`, and a lost answer
   * is a failed command instead.
   */
  drop: number;
  /** An event arrives twice, the second time a little later. */
  duplicate: number;
  /** An event is held back, so later events overtake it. */
  delay: number;
  /** A command fails before it reaches the backend, as the contract says a rejection means. */
  failCommand: number;
  /**
   * `sendMessage` reaches the backend but its answer is lost, so it reports failure: the
   * ambiguous case that client ids exist for. Not modelled for `startChat`, which the
   * contract gives no id to make safe to repeat.
   */
  loseAnswer: number;
}

/** What the transport has done so far, to show a test exercised something. */
export interface FaultCounts {
  events: number;
  dropped: number;
  duplicated: number;
  delayed: number;
  reordered: number;
  reconnections: number;
  failedCommands: number;
  lostAnswers: number;
}

export interface FaultOptions {
  /** The same seed gives the same faults for the same calls. */
  seed: number;
  rates?: Partial<FaultRates>;
  /** The longest hold-back, in microtask turns. */
  maxDelay?: number;
}

const defaultRates: FaultRates = {
  drop: 0.1,
  duplicate: 0.1,
  delay: 0.25,
  failCommand: 0.1,
  loseAnswer: 0.1,
};

/**
 * Wraps any transport and makes its network unreliable, reproducibly from a seed, to test
 * that nothing the resident sends is lost or doubled: it drops, delays, duplicates and
 * reorders the backend's events and fails commands. Status events are the transport's own
 * and pass straight through. Delays are counted in microtask turns, so a run is the same
 * every time for the same seed and takes no real time.
 */
export class FaultInjectingTransport implements ChatTransport {
  readonly counts: FaultCounts = {
    events: 0,
    dropped: 0,
    duplicated: 0,
    delayed: 0,
    reordered: 0,
    reconnections: 0,
    failedCommands: 0,
    lostAnswers: 0,
  };
  readonly #inner: ChatTransport;
  readonly #listeners = new Set<TransportListener>();
  readonly #random: () => number;
  readonly #maxDelay: number;
  #rates: FaultRates;
  #stopInner?: () => void;
  #reconnecting = false;
  #emitted = 0;
  #latestDelivered = -1;
  /** Only where the backend has one: the session warns about a backend that needs it. */
  readonly keepAlive?: () => Promise<void>;

  constructor(inner: ChatTransport, options: FaultOptions) {
    this.#inner = inner;
    if (inner.keepAlive) this.keepAlive = () => this.#command(() => inner.keepAlive!());
    this.#random = seededRandom(options.seed);
    this.#rates = { ...defaultRates, ...options.rates };
    this.#maxDelay = options.maxDelay ?? 12;
  }

  /** Stops making faults and drops the link once more, so the session catches up in full. */
  heal(): void {
    this.#rates = { drop: 0, duplicate: 0, delay: 0, failCommand: 0, loseAnswer: 0 };
    this.#reconnect();
  }

  subscribe(listener: TransportListener): () => void {
    this.#listeners.add(listener);
    this.#stopInner ??= this.#inner.subscribe((event) => this.#receive(event));
    return () => this.#listeners.delete(listener);
  }

  startChat(request: StartChatRequest): Promise<void> {
    return this.#command(() => this.#inner.startChat(request));
  }

  resumeChat(chatId: string): Promise<void> {
    return this.#command(() => this.#inner.resumeChat(chatId));
  }

  async sendMessage(message: OutgoingMessage): Promise<void> {
    await this.#command(() => this.#inner.sendMessage(message));
    if (this.#chance(this.#rates.loseAnswer)) {
      this.counts.lostAnswers++;
      throw new Error('the answer to sendMessage was lost (injected fault)');
    }
  }

  setTyping(typing: boolean): Promise<void> {
    return this.#command(() => this.#inner.setTyping(typing));
  }

  endChat(): Promise<void> {
    return this.#command(() => this.#inner.endChat());
  }

  submitSurvey(chatId: string, answers: SurveyAnswers | null): Promise<void> {
    return this.#command(() => this.#inner.submitSurvey(chatId, answers));
  }

  dispose(): void {
    this.#stopInner?.();
    this.#listeners.clear();
    this.#inner.dispose();
  }

  async #command(run: () => Promise<void>): Promise<void> {
    if (this.#chance(this.#rates.failCommand)) {
      this.counts.failedCommands++;
      throw new Error('the connection failed before the backend got the command (injected fault)');
    }
    await run();
  }

  #receive(event: TransportEvent): void {
    if (event.type === 'status') {
      this.#deliver(event);
      return;
    }

    const order = this.#emitted++;
    this.counts.events++;
    if (event.type !== 'chat-started' && this.#chance(this.#rates.drop)) {
      this.counts.dropped++;
      this.#reconnect();
      return;
    }

    this.#deliverLater(event, order);
    if (this.#chance(this.#rates.duplicate)) {
      this.counts.duplicated++;
      this.#deliverLater(event, order);
    }
  }

  #deliverLater(event: TransportEvent, order: number): void {
    const turns = this.#chance(this.#rates.delay) ? 1 + this.#whole(this.#maxDelay) : 0;
    if (turns > 0) this.counts.delayed++;

    afterTurns(turns, () => {
      if (order < this.#latestDelivered) this.counts.reordered++;
      this.#latestDelivered = Math.max(this.#latestDelivered, order);
      this.#deliver(event);
    });
  }

  /** The link drops and comes back a few turns later; one at a time. */
  #reconnect(): void {
    if (this.#reconnecting) return;

    this.#reconnecting = true;
    this.counts.reconnections++;
    afterTurns(this.#whole(this.#maxDelay), () => {
      this.#deliver({ type: 'status', status: 'reconnecting' });
      afterTurns(1 + this.#whole(this.#maxDelay), () => {
        this.#reconnecting = false;
        this.#deliver({ type: 'status', status: 'online' });
      });
    });
  }

  #deliver(event: TransportEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  #chance(rate: number): boolean {
    return this.#random() < rate;
  }

  /** A whole number from 0 to `below` - 1. */
  #whole(below: number): number {
    return Math.floor(this.#random() * below);
  }
}

/** Runs `task` after `turns` microtask turns; at once for none. */
function afterTurns(turns: number, task: () => void): void {
  if (turns <= 0) {
    task();
    return;
  }
  queueMicrotask(() => afterTurns(turns - 1, task));
}

/**
 * mulberry32: a small, fast generator with a 32-bit state, good enough to spread faults and
 * the same on every machine for a given seed. Not for anything secret.
 */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
