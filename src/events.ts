import type { EndedBy } from './transport/transport.js';

/**
 * The element's public events. Every name carries the `council-chat-` prefix, and every event
 * bubbles and crosses shadow roots, so a council's analytics can listen on `document`.
 *
 * Usage events carry no personal data: no message text, no names, no email, no comment; only
 * ids, counts, times and the survey's fixed choices. docs/events.md describes each one.
 */
export interface CouncilChatEventMap {
  /** The resident opened the panel. */
  'council-chat-open': UsageDetail;
  /** The resident closed the panel; a chat in progress continues. */
  'council-chat-close': UsageDetail;
  /** The backend accepted the resident's request for a chat: one chat offered. */
  'council-chat-request': UsageDetail & { chatId: string };
  /** The first member of staff joined the chat: one chat handled. */
  'council-chat-staff-join': UsageDetail & {
    /** The backend's id for the member of staff; never their name. */
    agentId: string;
  };
  /** The chat ended before any member of staff joined it. `council-chat-end` follows. */
  'council-chat-abandon': UsageDetail & { endedBy: EndedBy };
  /** The backend accepted one of the resident's messages. */
  'council-chat-message-send': UsageDetail & {
    /** How many of the resident's messages the backend has accepted in this chat. */
    residentMessages: number;
  };
  /** The chat ended, whoever ended it. */
  'council-chat-end': UsageDetail & {
    endedBy: EndedBy;
    /** Whether a member of staff had joined. */
    handled: boolean;
    residentMessages: number;
    staffMessages: number;
  };
  /** The resident sent the exit survey. */
  'council-chat-survey-submit': UsageDetail & {
    /** The fixed choice picked for each question answered by a choice, by question id. */
    choices: Record<string, string>;
    /** Whether a written comment was given; the comment itself goes only to the backend. */
    commented: boolean;
  };
  /** The resident skipped the exit survey. */
  'council-chat-survey-skip': UsageDetail;
  /** The resident printed the conversation. */
  'council-chat-transcript-print': UsageDetail & { messages: number };
  /** The resident downloaded the conversation. */
  'council-chat-transcript-download': UsageDetail & { messages: number; format: 'html' };
}

/** What every event's detail says. */
export interface UsageDetail {
  /** The backend's id for the chat, once it has one. */
  chatId?: string;
  /** When it happened, as ISO 8601 in UTC. */
  time: string;
}

/** Dispatches a prefixed, bubbling, composed event from the element. */
export function emit<K extends keyof CouncilChatEventMap>(
  element: HTMLElement,
  type: K,
  detail: CouncilChatEventMap[K],
): void {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'council-chat-open': CustomEvent<CouncilChatEventMap['council-chat-open']>;
    'council-chat-close': CustomEvent<CouncilChatEventMap['council-chat-close']>;
    'council-chat-request': CustomEvent<CouncilChatEventMap['council-chat-request']>;
    'council-chat-staff-join': CustomEvent<CouncilChatEventMap['council-chat-staff-join']>;
    'council-chat-abandon': CustomEvent<CouncilChatEventMap['council-chat-abandon']>;
    'council-chat-message-send': CustomEvent<CouncilChatEventMap['council-chat-message-send']>;
    'council-chat-end': CustomEvent<CouncilChatEventMap['council-chat-end']>;
    'council-chat-survey-submit': CustomEvent<CouncilChatEventMap['council-chat-survey-submit']>;
    'council-chat-survey-skip': CustomEvent<CouncilChatEventMap['council-chat-survey-skip']>;
    'council-chat-transcript-print': CustomEvent<
      CouncilChatEventMap['council-chat-transcript-print']
    >;
    'council-chat-transcript-download': CustomEvent<
      CouncilChatEventMap['council-chat-transcript-download']
    >;
  }
}
