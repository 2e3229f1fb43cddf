import type { ChatSession } from '../session/chat-session.js';
import type { ChatState } from '../session/chat-state.js';
import type { ChatTransport } from '../transport/transport.js';
import type { SafeStorage } from './safe-storage.js';
import {
  isWorthKeeping,
  parseStoredChat,
  parseStoredView,
  readStoredChat,
  toStoredChat,
  toStoredView,
} from './stored-chat.js';
import type { TabChannel, TabMessage } from './tab-channel.js';
import { TabSharedTransport } from './tab-shared-transport.js';

/** What a {@link ChatKeeper} needs from the page it works on. */
export interface KeeperContext {
  storage: SafeStorage;
  /** Where the conversation and the panel's view are kept. */
  keys: { chat: string; view: string };
  /** The channel to the site's other tabs, while the element is on the page. */
  channel(): TabChannel | undefined;
  /** Whether the panel is open and what the resident has written but not sent. */
  view(): { open: boolean; draft: string };
  /** Puts the panel back as the resident left it on the earlier page. */
  restoreView(view: { open: boolean; draft: string }): void;
}

/** Runs the taking-up of a chat, whose replay is history rather than news. */
export type Replay = (resume: () => Promise<void>) => Promise<void>;

/**
 * Keeps one tab's chat going across page loads and in step with the site's other tabs, once
 * the chat code has loaded: it saves the chat as it changes, takes it up again on the next
 * page, and shares it with the other tabs.
 *
 * Saving starts when the resident starts a chat and the record is removed when the chat has
 * ended and the exit survey is done; a page where nobody chats stores nothing.
 */
export class ChatKeeper {
  /** The backend connection to give the session, shared with the other tabs. */
  readonly transport: ChatTransport;
  readonly #context: KeeperContext;
  readonly #tabListeners = new Set<(events: unknown[]) => void>();
  #session?: ChatSession;
  #kept = false;
  #toldStorageProblem = false;
  #saveQueued = false;
  #askedOtherTabs = false;
  #replay: Replay = (resume) => resume();

  constructor(backend: ChatTransport, context: KeeperContext) {
    this.#context = context;
    this.transport = new TabSharedTransport(backend, {
      chatId: () => this.#session?.state.chatId,
      share: (chatId, events) => this.#post({ type: 'events', chatId, events }),
      listen: (listener) => {
        this.#tabListeners.add(listener);
        return () => this.#tabListeners.delete(listener);
      },
    });
  }

  /**
   * Starts keeping the session's chat. `replay` runs each taking-up of a chat, so what the
   * backend replays can be treated as history (the element keeps it from screen readers).
   */
  attach(session: ChatSession, replay?: Replay): void {
    this.#session = session;
    if (replay) this.#replay = replay;
    session.subscribe((state, previous) => {
      this.#saveSoon();
      if (isInProgress(state) && state.chatId && state.chatId !== previous.chatId) {
        this.#announce(state);
      }
    });
  }

  /** Takes up the chat this tab kept on an earlier page, and the panel as it was. */
  resumeStored(): void {
    const { storage, keys } = this.#context;
    const state = parseStoredChat(storage.read(keys.chat));
    if (!state) {
      // Left by another version of the widget, or damaged: nothing to resume.
      storage.remove(keys.chat);
      storage.remove(keys.view);
      return;
    }

    this.#kept = true;
    this.#context.restoreView(parseStoredView(storage.read(keys.view)));
    const session = this.#session;
    if (session) void this.#replay(() => session.restore(state));
  }

  /** Takes up a chat another tab announced, unless one is in progress here. */
  follow(chat: unknown): void {
    const session = this.#session;
    if (!session || isInProgress(session.state)) return;

    const state = readStoredChat(chat);
    if (state?.chatId && isInProgress(state)) void this.#replay(() => session.restore(state));
  }

  /** Answers the site's other tabs. */
  receive(message: TabMessage): void {
    const state = this.#session?.state;
    if (!state) return;

    switch (message.type) {
      case 'hello':
        if (isInProgress(state) && state.chatId) this.#announce(state);
        break;
      case 'chat':
        this.follow(message.chat);
        break;
      case 'events':
        if (message.chatId === state.chatId) {
          for (const listener of this.#tabListeners) listener(message.events);
        } else if (!isInProgress(state) && !this.#askedOtherTabs) {
          // A chat this tab has not heard of: ask for the whole of it, once.
          this.#askedOtherTabs = true;
          this.#post({ type: 'hello' });
        }
        break;
    }
  }

  /** Saves whether the panel is open and the unsent draft, while a chat is kept. */
  saveView(): void {
    if (!this.#kept) return;

    const { open, draft } = this.#context.view();
    this.#context.storage.write(this.#context.keys.view, JSON.stringify(toStoredView(open, draft)));
  }

  /** Several changes in one go are saved once, before the page can be left. */
  #saveSoon(): void {
    if (this.#saveQueued) return;

    this.#saveQueued = true;
    queueMicrotask(() => {
      this.#saveQueued = false;
      this.#save();
    });
  }

  #save(): void {
    const session = this.#session!;
    const state = session.state;
    const { storage, keys } = this.#context;

    if (!isWorthKeeping(state)) {
      if (this.#kept) {
        storage.remove(keys.chat);
        storage.remove(keys.view);
        this.#kept = false;
      }
      return;
    }

    // After a failed write the last good record stays: the next page resumes from it and the
    // backend's replay fills in the rest.
    this.#kept = true;
    const saved = storage.write(keys.chat, JSON.stringify(toStoredChat(state)));
    this.saveView();

    if (!saved && !this.#toldStorageProblem && !state.problem) {
      this.#toldStorageProblem = true;
      session.reportProblem({
        code: 'storage-unavailable',
        detail: `browser storage is ${storage.problem}`,
      });
    }
  }

  #announce(state: ChatState): void {
    this.#post({ type: 'chat', chat: toStoredChat(state) });
  }

  #post(message: TabMessage): void {
    this.#context.channel()?.post(message);
  }
}

function isInProgress(state: ChatState): boolean {
  return state.phase === 'starting' || state.phase === 'waiting' || state.phase === 'connected';
}
