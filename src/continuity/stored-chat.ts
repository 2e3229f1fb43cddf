import type { ChatMessage, ChatState } from '../session/chat-state.js';
import { initialChatState } from '../session/chat-state.js';
import { isAgent } from '../transport/validate-event.js';

/**
 * What a page keeps of a chat for the next page: the conversation as the resident last saw
 * it. Connection state, typing and problems belong to one page and are not kept.
 */
export interface StoredChat {
  version: typeof storedVersion;
  chat: Pick<ChatState, KeptField>;
}

/** What the resident was doing with the panel: kept apart so typing writes a few bytes. */
export interface StoredView {
  version: typeof storedVersion;
  open: boolean;
  draft: string;
}

/** Raised when the shape changes, so a page never reads a record it does not understand. */
const storedVersion = 1;

type KeptField =
  | 'phase'
  | 'chatId'
  | 'reference'
  | 'queuePosition'
  | 'estimatedWaitSeconds'
  | 'agent'
  | 'messages'
  | 'endedBy'
  | 'survey';

/**
 * Whether a chat is worth keeping for the next page: from the moment the resident starts it
 * until it has ended and the exit survey is answered or skipped. A first message that could
 * not start a chat is kept too, so the resident can still send it.
 */
export function isWorthKeeping(state: ChatState): boolean {
  if (state.phase === 'ended') return state.survey === 'offered';
  if (state.phase !== 'idle') return true;
  return state.messages.some((message) => message.delivery === 'failed');
}

export function toStoredChat(state: ChatState): StoredChat {
  const { phase, chatId, reference, queuePosition, estimatedWaitSeconds, agent } = state;
  const { messages, endedBy, survey } = state;
  return {
    version: storedVersion,
    chat: {
      phase,
      chatId,
      reference,
      queuePosition,
      estimatedWaitSeconds,
      agent,
      messages,
      endedBy,
      survey,
    },
  };
}

export function toStoredView(open: boolean, draft: string): StoredView {
  return { version: storedVersion, open, draft };
}

/**
 * The state to take up from a stored chat, or undefined when the text is not a chat this
 * version stored (another version of the widget, or a host page that wrote to the same key).
 *
 * A chat the backend never confirmed has no id to resume with: it comes back as not started,
 * with its messages marked "not sent" so the resident can send them again.
 */
export function parseStoredChat(text: string | undefined): ChatState | undefined {
  return readStoredChat(parseJson(text));
}

/** {@link parseStoredChat} for a record already parsed, such as one another tab sent. */
export function readStoredChat(record: unknown): ChatState | undefined {
  if (!isRecord(record) || record.version !== storedVersion || !isStoredState(record.chat)) {
    return undefined;
  }

  const state: ChatState = { ...initialChatState, ...record.chat };
  if (state.chatId || state.phase === 'ended') return state;

  return {
    ...state,
    phase: 'idle',
    messages: state.messages.map((message) =>
      message.delivery === 'sending' ? { ...message, delivery: 'failed' } : message,
    ),
  };
}

export function parseStoredView(text: string | undefined): Omit<StoredView, 'version'> {
  const record = parseJson(text);
  if (!isRecord(record) || record.version !== storedVersion) return { open: false, draft: '' };

  return {
    open: record.open === true,
    draft: typeof record.draft === 'string' ? record.draft : '',
  };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const phases = new Set(['idle', 'starting', 'waiting', 'connected', 'ended']);
const surveys = new Set(['not-offered', 'offered', 'answered', 'skipped']);

function isStoredState(value: unknown): value is StoredChat['chat'] {
  return (
    isRecord(value) &&
    phases.has(value.phase as string) &&
    surveys.has(value.survey as string) &&
    isOptional(value.chatId, 'string') &&
    isOptional(value.reference, 'string') &&
    isOptional(value.queuePosition, 'number') &&
    isOptional(value.estimatedWaitSeconds, 'number') &&
    (value.agent === undefined || isAgent(value.agent)) &&
    Array.isArray(value.messages) &&
    value.messages.every(isStoredMessage)
  );
}

const senders = new Set(['resident', 'agent', 'system']);

function isStoredMessage(value: unknown): value is ChatMessage {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    senders.has(value.sender as string) &&
    typeof value.text === 'string' &&
    typeof value.time === 'string' &&
    !Number.isNaN(Date.parse(value.time)) &&
    isOptional(value.id, 'string') &&
    isOptional(value.clientId, 'string') &&
    isOptional(value.seq, 'number') &&
    (value.agent === undefined || isAgent(value.agent))
  );
}

function isOptional(value: unknown, type: 'string' | 'number'): boolean {
  return value === undefined || typeof value === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
