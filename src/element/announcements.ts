import type { Labels } from '../localization/labels.js';
import type { ChatMessage, ChatState } from '../session/chat-state.js';
import { endedText, problemText } from '../views/panel/chat-sentences.js';
import { formatDuration } from '../views/panel/idle-warning.js';
import { queueLine } from '../views/panel/status-line.js';
import { noticeText, senderName } from '../views/transcript/transcript.js';
import type { Politeness } from './live-regions.js';

/** One thing a screen reader should say. */
export interface Announcement {
  text: string;
  politeness: Politeness;
  /** The message it reads out, so that no message is ever read twice. */
  messageKey?: string;
}

/** What announcements are written with. */
export interface AnnouncementContext {
  labels: Labels;
  /** The locale numbers and durations are formatted with. */
  locale: string;
}

/**
 * What changed between two states of a chat that a screen reader user needs to hear, in the
 * order it happened:
 *
 * - each new staff or system message, with who sent it (politely);
 * - the resident's own message: only "Sent" once the backend has it, or, assertively, that
 *   it was not sent; never its text again;
 * - a new place in the queue, the connection dropping or coming back, and the chat ending;
 * - problems and the idle warning, assertively.
 *
 * Typing is not announced: it would interrupt, and the message it leads to is.
 */
export function announcementsBetween(
  previous: ChatState,
  next: ChatState,
  context: AnnouncementContext,
): Announcement[] {
  const { labels } = context;
  const announcements: Announcement[] = [];
  const before = new Map(previous.messages.map((message) => [message.key, message]));

  for (const message of next.messages) {
    const earlier = before.get(message.key);
    const announcement = earlier
      ? deliveryChange(earlier, message, labels)
      : newMessage(message, labels);
    if (announcement) announcements.push(announcement);
  }

  if (next.phase === 'waiting' && next.queuePosition !== undefined) {
    if (next.queuePosition !== previous.queuePosition || previous.phase !== 'waiting') {
      announcements.push({ text: queueLine(next, context.locale, labels), politeness: 'polite' });
    }
  }

  const connection = connectionChange(previous, next, labels);
  if (connection) announcements.push({ text: connection, politeness: 'polite' });

  if (next.phase === 'ended' && previous.phase !== 'ended') {
    announcements.push({ text: endedText(next, labels), politeness: 'polite' });
  }

  if (next.problem && next.problem.code !== previous.problem?.code) {
    announcements.push({ text: problemText(next.problem.code, labels), politeness: 'assertive' });
  }

  if (next.idleWarning && next.idleWarning !== previous.idleWarning) {
    const time = formatDuration(next.idleWarning.secondsLeft, context.locale, labels);
    announcements.push({
      text: labels.text('announceIdleWarning', { time }),
      politeness: 'assertive',
    });
  }

  return announcements;
}

function newMessage(message: ChatMessage, labels: Labels): Announcement | undefined {
  // The resident's own words are not read back; a message they sent from another tab was
  // confirmed there.
  if (message.sender === 'resident') return undefined;

  const text = message.notice
    ? noticeText(message, labels)
    : labels.text('announceMessage', { name: senderName(message, labels), text: message.text });
  return { text, politeness: 'polite', messageKey: message.key };
}

function deliveryChange(
  earlier: ChatMessage,
  message: ChatMessage,
  labels: Labels,
): Announcement | undefined {
  if (message.sender !== 'resident' || earlier.delivery === message.delivery) return undefined;

  if (message.delivery === 'sent')
    return { text: labels.text('announceSent'), politeness: 'polite' };
  if (message.delivery === 'failed') {
    return { text: labels.text('announceNotSent'), politeness: 'assertive' };
  }
  return undefined;
}

function connectionChange(previous: ChatState, next: ChatState, labels: Labels) {
  const inChat = next.phase !== 'idle' && next.phase !== 'ended';
  if (!inChat || previous.connection === next.connection) return undefined;

  switch (next.connection) {
    case 'offline':
      return labels.text('statusOffline');
    case 'reconnecting':
    case 'connecting':
      return previous.connection === 'online' ? labels.text('statusReconnecting') : undefined;
    case 'online':
      return labels.text('announceBackOnline');
  }
}
