import type { ChatState } from '../session/chat-state.js';
import { type AnnouncementContext, announcementsBetween } from './announcements.js';
import { LiveRegions } from './live-regions.js';

/** A chat the announcer can follow: a `ChatSession`, or anything with its state and events. */
export interface AnnouncedChat {
  readonly state: ChatState;
  subscribe(listener: (state: ChatState, previous: ChatState) => void): () => void;
}

/** What announcements are written in, asked afresh for each one. */
export interface AnnouncerLanguage extends AnnouncementContext {
  /** The `lang` and `dir` of the widget's text, for the screen reader's voice. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The widget's one voice to screen readers: follows a chat and speaks what changed, through
 * live regions in the light DOM (see {@link LiveRegions} for why there).
 *
 * It belongs to the element, not to the panel, so it speaks whether the panel is open or
 * closed: a resident who closed the panel to read the council's page still hears that staff
 * replied, and reopening the panel repeats nothing. History is never read again: the state a
 * chat is followed from, and anything that arrives while a resumed chat replays, is recorded
 * as heard.
 */
export class Announcer {
  readonly #regions: LiveRegions;
  readonly #language: () => AnnouncerLanguage;
  readonly #heard = new Set<string>();
  #replaying = 0;

  constructor(host: HTMLElement, language: () => AnnouncerLanguage) {
    this.#regions = new LiveRegions(host);
    this.#language = language;
  }

  /** Speaks the chat's changes from now on; returns a function that stops. */
  follow(chat: AnnouncedChat): () => void {
    this.#regions.connect();
    this.#markHeard(chat.state);
    return chat.subscribe((state, previous) => this.#changed(previous, state));
  }

  /**
   * Runs `resume` (a resumed chat's replay) without reading out the messages it brings back;
   * problems and the chat's end are still spoken.
   */
  async whileReplaying<T>(resume: () => Promise<T>): Promise<T> {
    this.#replaying++;
    try {
      return await resume();
    } finally {
      this.#replaying--;
    }
  }

  /** Removes the live regions. */
  disconnect(): void {
    this.#regions.disconnect();
  }

  #changed(previous: ChatState, next: ChatState): void {
    if (next.chatId !== previous.chatId && next.messages.length === 0) this.#heard.clear();

    const language = this.#language();
    for (const announcement of announcementsBetween(previous, next, language)) {
      const key = announcement.messageKey;
      if (key !== undefined) {
        if (this.#heard.has(key)) continue;
        this.#heard.add(key);
        if (this.#replaying > 0) continue;
      }
      this.#regions.announce(announcement.text, announcement.politeness, language);
    }
  }

  #markHeard(state: ChatState): void {
    for (const message of state.messages) this.#heard.add(message.key);
  }
}
