import { SafeStorage } from './safe-storage.js';

/**
 * What the tabs of one site tell each other about the resident's chat. Anything received is
 * checked before use: another script on the same site can post on the same channel.
 */
export type TabMessage =
  /** A page that knows of no chat asks whether another tab has one. */
  | { type: 'hello' }
  /** A chat is in progress in the sending tab: the whole conversation, as stored. */
  | { type: 'chat'; chat: unknown }
  /** Backend events one tab received for a chat, for the other tabs showing it. */
  | { type: 'events'; chatId: string; events: unknown[] };

type TabListener = (message: TabMessage) => void;

/**
 * A message channel between the pages of one site open in the same browser.
 *
 * BroadcastChannel where the browser has it; otherwise `storage` events on localStorage,
 * which every browser fires in the site's other pages when a key changes (a message is
 * written and removed at once, so nothing stays behind). Without either, tabs carry on alone.
 */
export class TabChannel {
  /** How messages travel in this browser. */
  readonly kind: 'broadcast' | 'storage';
  readonly #listeners = new Set<TabListener>();
  readonly #broadcast?: BroadcastChannel;
  readonly #storage?: SafeStorage;
  readonly #storageKey: string;

  constructor(name: string) {
    this.#storageKey = `${name}:tab-message`;
    this.#broadcast = openBroadcastChannel(name);
    this.kind = this.#broadcast ? 'broadcast' : 'storage';

    if (this.#broadcast) {
      this.#broadcast.onmessage = (event: MessageEvent) => this.#deliver(event.data);
    } else {
      this.#storage = new SafeStorage(() => localStorage);
      addEventListener('storage', this.#onStorage);
    }
  }

  /** Sends to every other page of the site; never to this page itself. */
  post(message: TabMessage): void {
    if (this.#broadcast) {
      try {
        this.#broadcast.postMessage(message);
      } catch {
        // A closed channel or an uncloneable value: the other tabs catch up on their next page.
      }
      return;
    }

    const envelope = JSON.stringify({ nonce: Math.random(), message });
    if (this.#storage!.write(this.#storageKey, envelope)) this.#storage!.remove(this.#storageKey);
  }

  /** Calls `listener` with each message from another page; returns a function that stops it. */
  subscribe(listener: TabListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#listeners.clear();
    this.#broadcast?.close();
    removeEventListener('storage', this.#onStorage);
  }

  #onStorage = (event: StorageEvent) => {
    if (event.key !== this.#storageKey || !event.newValue) return;

    try {
      this.#deliver(JSON.parse(event.newValue).message);
    } catch {
      // Not one of ours.
    }
  };

  #deliver(data: unknown): void {
    if (!isTabMessage(data)) return;
    for (const listener of this.#listeners) listener(data);
  }
}

function openBroadcastChannel(name: string): BroadcastChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  try {
    return new BroadcastChannel(name);
  } catch {
    return undefined;
  }
}

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;

  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'hello':
    case 'chat':
      return true;
    case 'events':
      return typeof message.chatId === 'string' && Array.isArray(message.events);
    default:
      return false;
  }
}
