import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ChatSession } from '../session/chat-session.js';
import type { ChatTransport } from '../transport/transport.js';
import type { ChatKeeper, Replay } from './chat-keeper.js';
import { SafeStorage } from './safe-storage.js';
import { TabChannel, type TabMessage } from './tab-channel.js';

/** The element a {@link ChatContinuity} serves. */
export interface ContinuityHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
  /** Names the kept chat and the channel between tabs; see `storage-key` on the element. */
  storageKey: string;
}

type ChatRuntime = typeof import('../chat-runtime.js');

/** What to take up once the chat code has loaded. */
type ChatToFollow = { from: 'this-tab' } | { from: 'other-tab'; chat: unknown };

/**
 * Makes the conversation follow the resident: from page to page, after a reload and across
 * the tabs of the site, until it ends.
 *
 * This part is on every page, so it stays small: it looks for a chat kept by an earlier page
 * and listens for one announced by another tab. Only when there is one does it load the chat
 * code, where a {@link ChatKeeper} does the rest. Restoring never moves focus: the panel comes
 * back open only if the resident left it open, and the page keeps its own focus.
 *
 * The chat is kept in sessionStorage: it lasts as long as the browser tab, survives reloads and
 * links within the site, and is gone when the tab closes, so a chat on a shared or library
 * computer is not there for the next person. Tabs opened later learn of it over the channel.
 */
export class ChatContinuity implements ReactiveController {
  /** What the resident has written but not sent, as last reported by the composer. */
  draft = '';
  readonly #host: ContinuityHost;
  readonly #startRuntime: () => Promise<unknown>;
  readonly #storage = new SafeStorage(() => sessionStorage);
  #channel?: TabChannel;
  #keeper?: ChatKeeper;
  #toFollow?: ChatToFollow;
  #savedOpen?: boolean;

  /**
   * @param startRuntime Loads the chat code and creates the session, which calls
   *   {@link connect} and {@link attach}; called only when there is a chat to take up.
   */
  constructor(host: ContinuityHost, startRuntime: () => Promise<unknown>) {
    this.#host = host;
    this.#startRuntime = startRuntime;
    host.addController(this);
  }

  hostConnected(): void {
    this.#channel = new TabChannel(this.#host.storageKey);
    this.#channel.subscribe((message) => this.#receive(message));
    if (this.#keeper) return;

    if (this.#storage.read(this.#keys().chat) !== undefined) {
      this.#follow({ from: 'this-tab' });
    } else if (this.#channel.kind === 'broadcast') {
      // Costs nothing and stores nothing; the storage fallback waits for another tab instead.
      this.#channel.post({ type: 'hello' });
    }
  }

  hostDisconnected(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }

  hostUpdated(): void {
    if (this.#savedOpen === this.#host.open) return;

    this.#savedOpen = this.#host.open;
    this.#keeper?.saveView();
  }

  /** Wraps the backend connection so the site's tabs share one conversation. */
  connect(runtime: ChatRuntime, backend: ChatTransport): ChatTransport {
    this.#keeper = new runtime.ChatKeeper(backend, {
      storage: this.#storage,
      keys: this.#keys(),
      channel: () => this.#channel,
      view: () => ({ open: this.#host.open, draft: this.draft }),
      restoreView: (view) => this.#restoreView(view),
    });
    return this.#keeper.transport;
  }

  /**
   * Starts keeping the session's chat, and takes up the one that made the code load. `replay`
   * wraps each taking-up (see {@link ChatKeeper.attach}).
   */
  attach(session: ChatSession, replay?: Replay): void {
    const keeper = this.#keeper!;
    keeper.attach(session, replay);

    const toFollow = this.#toFollow;
    this.#toFollow = undefined;
    if (toFollow) this.#takeUp(keeper, toFollow);
  }

  /** The composer's text changed. */
  draftChanged(text: string): void {
    this.draft = text;
    this.#keeper?.saveView();
  }

  #receive(message: TabMessage): void {
    if (this.#keeper) {
      this.#keeper.receive(message);
    } else if (message.type === 'chat') {
      this.#follow({ from: 'other-tab', chat: message.chat });
    }
  }

  #follow(toFollow: ChatToFollow): void {
    if (this.#keeper) {
      this.#takeUp(this.#keeper, toFollow);
      return;
    }

    this.#toFollow = toFollow;
    void this.#startRuntime();
  }

  #takeUp(keeper: ChatKeeper, toFollow: ChatToFollow): void {
    if (toFollow.from === 'this-tab') keeper.resumeStored();
    else keeper.follow(toFollow.chat);
  }

  /** The resident's own earlier action, so not a pop-up; focus stays where the page put it. */
  #restoreView(view: { open: boolean; draft: string }): void {
    this.draft = view.draft;
    this.#savedOpen = view.open;
    this.#host.open = view.open;
    this.#host.requestUpdate();
  }

  #keys() {
    const key = this.#host.storageKey;
    return { chat: `${key}:chat`, view: `${key}:view` };
  }
}
