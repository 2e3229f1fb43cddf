import type { Agent, ConnectionStatus, EndedBy, Sender } from '../transport/transport.js';

/**
 * Where the chat is in its life. `idle` is before the resident asks for a chat; `ended` lasts
 * until the exit survey is answered or skipped and a new chat starts.
 */
export type ChatPhase = 'idle' | 'starting' | 'waiting' | 'connected' | 'ended';

/** Whether a resident's message reached the backend. */
export type Delivery = 'sending' | 'sent' | 'failed';

/** Where the exit survey is for the current chat. */
export type SurveyStatus = 'not-offered' | 'offered' | 'answered' | 'skipped';

/** One entry in the transcript. */
export interface ChatMessage {
  /** Stable key: the client id for the resident's own messages, else the backend's id. */
  key: string;
  /** The backend's id, once it has acknowledged the message. */
  id?: string;
  /** The resident's browser's id for their own messages. */
  clientId?: string;
  sender: Sender;
  /** The staff member who wrote it, for staff messages. */
  agent?: Agent;
  text: string;
  /** ISO 8601 with a zone, from the backend (or the browser until the backend confirms). */
  time: string;
  /** The backend's order, when it gives one. */
  seq?: number;
  /** For the resident's own messages. */
  delivery?: Delivery;
  /** System notices the widget writes itself, such as a transfer ("Now chatting with Sam"). */
  notice?: 'transfer' | 'joined' | 'ended';
}

/** A problem the resident must be told about. */
export interface ChatProblem {
  /** A machine code that chooses the translated sentence residents see. */
  code: string;
  /** The backend's or the widget's own English sentence, for the console. */
  detail?: string;
}

/** Everything the views need to draw the chat. Replaced, never mutated. */
export interface ChatState {
  phase: ChatPhase;
  connection: ConnectionStatus;
  chatId?: string;
  reference?: string;
  queuePosition?: number;
  estimatedWaitSeconds?: number;
  agent?: Agent;
  agentTyping: boolean;
  messages: readonly ChatMessage[];
  endedBy?: EndedBy;
  /** The backend's short reason for the ending, such as `idle`. */
  endReason?: string;
  /** The backend will end the chat for want of activity unless the resident carries on. */
  idleWarning?: { secondsLeft: number };
  survey: SurveyStatus;
  problem?: ChatProblem;
}

/** The state of a page where nobody has asked for a chat yet. */
export const initialChatState: ChatState = {
  phase: 'idle',
  connection: 'online',
  agentTyping: false,
  messages: [],
  survey: 'not-offered',
};
