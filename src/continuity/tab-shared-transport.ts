import type {
  ChatTransport,
  OutgoingMessage,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
  TransportListener,
} from '../transport/transport.js';

/** How a {@link TabSharedTransport} reaches the site's other tabs. */
export interface TabRelay {
  /** The chat this tab shows, so events are only shared within one conversation. */
  chatId(): string | undefined;
  /** Sends this tab's backend events to the other tabs showing the same chat. */
  share(chatId: string, events: TransportEvent[]): void;
  /** Calls `listener` with events another tab received; returns a function that stops it. */
  listen(listener: (events: unknown[]) => void): () => void;
}

/**
 * Events that belong to this tab's own link to the backend, never shared: another tab may be
 * online while this one reconnects, and its errors are its own.
 */
const ownEvents = new Set<TransportEvent['type']>(['status', 'error']);

/**
 * Wraps a transport so every tab showing one chat sees the same conversation, whatever the
 * backend does: the events this tab receives go to the other tabs, and theirs arrive here as
 * if from this tab's backend. The session merges the duplicates a backend that already pushes
 * to every tab produces, by message id and client id.
 *
 * Events received together are shared together, so a replay of a long conversation on another
 * page reaches this tab as one message instead of hundreds.
 */
export class TabSharedTransport implements ChatTransport {
  readonly #inner: ChatTransport;
  readonly #relay: TabRelay;
  #batch: TransportEvent[] = [];
  #batchChatId?: string;
  /** Only where the backend has one: the session warns about a backend that needs it. */
  readonly keepAlive?: () => Promise<void>;

  constructor(inner: ChatTransport, relay: TabRelay) {
    this.#inner = inner;
    this.#relay = relay;
    if (inner.keepAlive) this.keepAlive = () => inner.keepAlive!();
  }

  subscribe(listener: TransportListener): () => void {
    const stopBackend = this.#inner.subscribe((event) => {
      listener(event);
      this.#share(event);
    });
    const stopTabs = this.#relay.listen((events) => {
      // Checked by the session like any backend event; a bad one is refused there.
      for (const event of events) listener(event as TransportEvent);
    });

    return () => {
      stopBackend();
      stopTabs();
    };
  }

  startChat(request: StartChatRequest): Promise<void> {
    return this.#inner.startChat(request);
  }

  resumeChat(chatId: string): Promise<void> {
    return this.#inner.resumeChat(chatId);
  }

  sendMessage(message: OutgoingMessage): Promise<void> {
    return this.#inner.sendMessage(message);
  }

  setTyping(typing: boolean): Promise<void> {
    return this.#inner.setTyping(typing);
  }

  endChat(): Promise<void> {
    return this.#inner.endChat();
  }

  submitSurvey(chatId: string, answers: SurveyAnswers | null): Promise<void> {
    return this.#inner.submitSurvey(chatId, answers);
  }

  dispose(): void {
    this.#inner.dispose();
  }

  /** Called after the session has applied the event, so a `chat-started` has set the id. */
  #share(event: TransportEvent): void {
    const chatId = this.#relay.chatId();
    if (ownEvents.has(event.type) || !chatId) return;

    if (this.#batch.length > 0 && this.#batchChatId !== chatId) this.#flush();
    this.#batchChatId = chatId;
    this.#batch.push(event);
    if (this.#batch.length === 1) queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    const events = this.#batch;
    const chatId = this.#batchChatId;
    this.#batch = [];
    if (events.length > 0 && chatId) this.#relay.share(chatId, events);
  }
}
