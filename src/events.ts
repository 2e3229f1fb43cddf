/**
 * The element's public events. Every name carries the `council-chat-` prefix, and every event
 * bubbles and crosses shadow roots, so a council's analytics can listen on `document`.
 *
 * Usage events carry no personal data: no message text, no names, no email, no comment; only
 * ids, counts, times and the survey's fixed choices.
 */
export interface CouncilChatEventMap {
  /** The resident opened the panel. */
  'council-chat-open': { chatId?: string };
  /** The resident closed the panel; a chat in progress continues. */
  'council-chat-close': { chatId?: string };
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
  }
}
