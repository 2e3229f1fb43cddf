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
 * Orders a transcript: confirmed messages in the backend's order, then the messages still on
 * their way to the backend, which have neither a sequence nor a confirmed time, in the order
 * the resident wrote them.
 *
 * The backend's order is its sequence where a message has one, and time where it has not (a
 * backend that does not number its messages, or a notice the widget wrote before any numbered
 * message arrived). Sequence and time are never mixed in one comparison: they can disagree
 * (servers' clocks differ; equal times are common), and then "by sequence when both have one,
 * else by time" goes round in a circle (2 before the notice by time, the notice before 1,
 * 1 before 2 by sequence), which `sort` resolves differently in each browser, often with 2
 * before 1. Instead the numbered and the unnumbered are each sorted, then merged by time:
 * numbered messages always keep their sequence.
 */
export function sortMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  const written = new Map(messages.map((message, index) => [message, index]));
  const byTime = (a: ChatMessage, b: ChatMessage) =>
    Date.parse(a.time) - Date.parse(b.time) || written.get(a)! - written.get(b)!;

  const confirmed = messages.filter((message) => !isPending(message));
  const numbered = confirmed
    .filter((message) => message.seq !== undefined)
    .sort((a, b) => a.seq! - b.seq! || byTime(a, b));
  const unnumbered = confirmed.filter((message) => message.seq === undefined).sort(byTime);
  const pending = messages.filter(isPending);

  return [...mergeInOrder(numbered, unnumbered, byTime), ...pending];
}

function isPending(message: ChatMessage): boolean {
  return message.delivery === 'sending' || message.delivery === 'failed';
}

/** Merges two lists, each already in order, keeping each list's own order. */
function mergeInOrder<T>(first: T[], second: T[], compare: (a: T, b: T) => number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    merged.push(compare(second[j], first[i]) < 0 ? second[j++] : first[i++]);
  }
  return [...merged, ...first.slice(i), ...second.slice(j)];
}
