import type { Agent, SurveyAnswers, TransportEvent } from '../transport.js';

/** A conversation as the mock backend holds it. */
export interface MockChat {
  chatId: string;
  reference: string;
  agent?: Agent;
  /** Everything that happened, in order, for replaying to a page that resumes the chat. */
  events: TransportEvent[];
  /** The last message sequence number given. */
  seq: number;
  ended: boolean;
  surveys: (SurveyAnswers | null)[];
  /** When staff should have taken their next step; a page that resumes after it steps in. */
  staffDueBy?: number;
  /** Milliseconds since 1970, for clearing away abandoned demo chats. */
  updatedAt: number;
}

const keyPrefix = 'council-chat-mock:';

/** Demo chats nobody has touched for this long are removed when the next one starts. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

/**
 * Where the mock backend keeps its chats. A real backend is one server that every tab of the
 * site talks to; the mock stands in for it with localStorage (by default), which every tab of
 * the site shares, and reads a chat afresh before each step, so two tabs (or a reloaded page)
 * act on the same conversation. Without storage it keeps chats in memory, for this page only.
 */
export class MockChatStore {
  readonly #memory = new Map<string, MockChat>();
  readonly #area?: () => Storage;

  /** @param area Returns the shared storage; reading `localStorage` can throw. */
  constructor(area?: () => Storage) {
    this.#area = area;
  }

  /** Whether chats outlive this page (storage is allowed and working). */
  get shared(): boolean {
    try {
      this.#storage()?.getItem(keyPrefix);
      return this.#storage() !== undefined;
    } catch {
      return false;
    }
  }

  load(chatId: string): MockChat | undefined {
    const stored = this.#read(chatId);
    if (stored) this.#memory.set(chatId, stored);
    return stored ?? this.#memory.get(chatId);
  }

  save(chat: MockChat): void {
    this.#memory.set(chat.chatId, chat);
    try {
      this.#storage()?.setItem(keyPrefix + chat.chatId, JSON.stringify(chat));
    } catch {
      // Full or blocked: the chat goes on in memory, it just cannot resume on the next page.
    }
  }

  /** Removes ended chats, and chats abandoned for a day, from earlier visits to the demo. */
  prune(now: number): void {
    const storage = this.#storage();
    if (!storage) return;

    try {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
      for (const key of keys) {
        if (!key?.startsWith(keyPrefix)) continue;
        const chat = this.#read(key.slice(keyPrefix.length));
        if (!chat || chat.ended || now - chat.updatedAt > abandonedAfterMs) {
          storage.removeItem(key);
        }
      }
    } catch {
      // Nothing to clear away.
    }
  }

  #read(chatId: string): MockChat | undefined {
    try {
      const text = this.#storage()?.getItem(keyPrefix + chatId);
      return text ? (JSON.parse(text) as MockChat) : undefined;
    } catch {
      return undefined;
    }
  }

  #storage(): Storage | undefined {
    try {
      return this.#area?.();
    } catch {
      return undefined;
    }
  }
}
