import type { ChatMessage } from './chat-state.js';

/**
 * Adds or updates one message in a transcript, keeping it free of duplicates and in the
 * backend's order.
 *
 * A message is the same message when it has the same backend id, or the same client id (the
 * resident's browser's id, echoed by the backend). Both can arrive more than once: a resend
 * after a lost connection, a replay when a chat resumes on the next page, or another tab.
 */
export function mergeMessage(
  messages: readonly ChatMessage[],
  incoming: ChatMessage,
): ChatMessage[] {
  const index = messages.findIndex((message) => isSameMessage(message, incoming));
  const next = [...messages];

  if (index === -1) {
    next.push(incoming);
  } else {
    next[index] = { ...next[index], ...incoming, key: next[index].key };
  }
  return sortMessages(next);
}

function isSameMessage(a: ChatMessage, b: ChatMessage): boolean {
  if (a.key === b.key) return true;
  if (a.id !== undefined && a.id === b.id) return true;
  return a.clientId !== undefined && a.clientId === b.clientId;
}

/**
 * Orders by the backend's sequence where both messages have one, then by time. Messages still
 * on their way to the backend have neither a sequence nor a confirmed time, so they stay last,
 * in the order the resident wrote them.
 */
export function sortMessages(messages: ChatMessage[]): ChatMessage[] {
  const written = new Map(messages.map((message, index) => [message, index]));

  return messages.sort((a, b) => {
    const aPending = a.delivery === 'sending' || a.delivery === 'failed';
    const bPending = b.delivery === 'sending' || b.delivery === 'failed';
    if (aPending !== bPending) return aPending ? 1 : -1;
    if (aPending && bPending) return written.get(a)! - written.get(b)!;

    if (a.seq !== undefined && b.seq !== undefined && a.seq !== b.seq) return a.seq - b.seq;

    const byTime = Date.parse(a.time) - Date.parse(b.time);
    return byTime !== 0 ? byTime : written.get(a)! - written.get(b)!;
  });
}
