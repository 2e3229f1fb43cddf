import { msg, str } from '@lit/localize';

import type { ChatMessage, ChatState } from '../session/chat-state.js';
import type { Sender } from '../transport/transport.js';
import { formatDateTime, formatTime } from '../views/transcript/format-time.js';
import { linkify } from '../views/transcript/linkify.js';
import { noticeText, senderName } from '../views/transcript/transcript.js';

/**
 * The resident's record of a chat, as one plain structure that both the printed page and the
 * downloaded file are drawn from, so paper and file can never say different things.
 *
 * Every string in it is text: renderers write it with `textContent` and never parse it.
 */
export interface TranscriptRecord {
  /** The language of the record (BCP 47), for the document's `lang`. */
  lang: string;
  /** The direction of the interface language; each message also takes its own. */
  dir: 'ltr' | 'rtl';
  /** The record's heading and the document's title. */
  title: string;
  /** Council, team, date and reference, as term and value pairs. */
  details: readonly RecordDetail[];
  /** The heading above the conversation. */
  conversationHeading: string;
  /** Every message and notice, in the order they appear on screen. */
  entries: readonly RecordEntry[];
  /** A file name for the download, without folders: `web-chat-HBC-123456.html`. */
  fileName: string;
}

/** One line of the record's heading, such as "Reference: HBC-123456". */
export interface RecordDetail {
  term: string;
  value: string;
}

/** A message or a notice in the record. */
export type RecordEntry = RecordMessage | RecordNotice;

/** A message with who wrote it and when. */
export interface RecordMessage {
  kind: 'message';
  from: Sender;
  sender: string;
  /** The time as the resident reads it, in their time zone and language. */
  time: string;
  /** The same instant as ISO 8601, for the `datetime` attribute. */
  datetime: string;
  parts: readonly RecordTextPart[];
  /** Said when the message never reached the council ("Not sent"). */
  status?: string;
}

/** A line the widget wrote itself, such as a transfer to a colleague. */
export interface RecordNotice {
  kind: 'notice';
  text: string;
  time: string;
  datetime: string;
}

/**
 * A run of text, or a link. Only the addresses the live transcript turns into links are links
 * here; a `javascript:` address is ordinary text, as it is on screen.
 */
export type RecordTextPart =
  | { kind: 'text'; text: string }
  | {
      kind: 'link';
      /** The address as staff wrote it. */
      text: string;
      /** The full address it leads to. */
      href: string;
      /** Paper cannot be clicked: true when `href` says more than `text`, so it is printed. */
      showAddress: boolean;
    };

/** What the record needs besides the chat itself. */
export interface RecordContext {
  councilName: string;
  teamName: string;
  locale: string;
  /** The site's own origin, so links are judged as on screen. */
  siteOrigin: string;
  /** The time used when the chat has no messages yet. */
  now?: Date;
}

/** Builds the record of the chat in `state`. */
export function buildTranscriptRecord(state: ChatState, context: RecordContext): TranscriptRecord {
  const { councilName, teamName, locale } = context;
  const started = state.messages[0]?.time ?? (context.now ?? new Date()).toISOString();

  const details: RecordDetail[] = [];
  if (councilName) details.push({ term: msg('Council'), value: councilName });
  if (teamName) details.push({ term: msg('Team'), value: teamName });
  details.push({ term: msg('Date'), value: formatDateTime(started, locale) });
  if (state.reference) details.push({ term: msg('Reference'), value: state.reference });

  return {
    lang: locale,
    dir: textDirection(locale),
    title: msg(str`Record of your web chat with ${councilName || teamName}`),
    details,
    conversationHeading: msg('Conversation'),
    entries: state.messages.map((message) => toEntry(message, context)),
    fileName: fileNameFor(state.reference, started),
  };
}

function toEntry(message: ChatMessage, context: RecordContext): RecordEntry {
  const time = formatTime(message.time, context.locale);

  if (message.notice) {
    return { kind: 'notice', text: noticeText(message), time, datetime: message.time };
  }

  return {
    kind: 'message',
    from: message.sender,
    sender: senderName(message),
    time,
    datetime: message.time,
    parts: linkify(message.text, context.siteOrigin).map((part) =>
      part.kind === 'text'
        ? part
        : { kind: 'link', text: part.text, href: part.href, showAddress: part.href !== part.text },
    ),
    status:
      message.delivery === 'sending' || message.delivery === 'failed' ? msg('Not sent') : undefined,
  };
}

/** Languages written right to left, by their primary subtag. */
const rightToLeft = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}

/** The reference when there is one (residents quote it), else the day the chat started. */
function fileNameFor(reference: string | undefined, started: string): string {
  const name = reference?.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `web-chat-${name || started.slice(0, 10)}.html`;
}
