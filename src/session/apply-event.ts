import type { TransportEvent } from '../transport/transport.js';
import type { ChatMessage, ChatState } from './chat-state.js';
import { mergeMessage, sortMessages } from './message-list.js';

/**
 * Folds one validated backend event into the chat's state. Pure: the same state and event give
 * the same result, which is what lets a resumed chat replay its history safely.
 */
export function applyTransportEvent(state: ChatState, event: TransportEvent): ChatState {
  switch (event.type) {
    case 'status':
      return { ...state, connection: event.status };

    case 'chat-started':
      return {
        ...state,
        chatId: event.chatId,
        reference: event.reference ?? state.reference,
        phase: state.phase === 'idle' || state.phase === 'starting' ? 'waiting' : state.phase,
      };

    case 'queued':
      if (state.phase === 'ended') return state;
      return {
        ...state,
        phase: 'waiting',
        queuePosition: event.position,
        estimatedWaitSeconds: event.estimatedWaitSeconds,
      };

    case 'agent-joined': {
      const isNewAgent = state.agent?.id !== event.agent.id;
      const notice: ChatMessage = {
        key: `notice-${event.agent.id}-${state.messages.length}`,
        sender: 'system',
        agent: event.agent,
        text: '',
        time: latestTime(state.messages),
        seq: latestSeq(state.messages),
        notice: state.agent ? 'transfer' : 'joined',
      };
      return {
        ...state,
        phase: state.phase === 'ended' ? 'ended' : 'connected',
        agent: event.agent,
        agentTyping: false,
        queuePosition: undefined,
        estimatedWaitSeconds: undefined,
        messages: isNewAgent ? sortMessages([...state.messages, notice]) : state.messages,
      };
    }

    case 'message': {
      const message: ChatMessage = {
        key: event.clientId ?? event.id,
        id: event.id,
        clientId: event.clientId,
        sender: event.sender,
        agent: event.sender === 'agent' ? (event.agent ?? state.agent) : undefined,
        text: event.text,
        time: event.time,
        seq: event.seq,
        delivery: event.sender === 'resident' ? 'sent' : undefined,
      };
      return {
        ...state,
        agentTyping: event.sender === 'agent' ? false : state.agentTyping,
        messages: mergeMessage(state.messages, message),
        // Someone wrote, so the backend's idle timer has started again.
        idleWarning: undefined,
      };
    }

    case 'typing':
      return { ...state, agentTyping: state.phase === 'connected' && event.typing };

    case 'chat-ended':
      if (state.phase === 'ended' || state.phase === 'idle') return state;
      return {
        ...state,
        phase: 'ended',
        endedBy: event.by,
        endReason: event.reason,
        agentTyping: false,
        queuePosition: undefined,
        idleWarning: undefined,
        survey: state.survey === 'not-offered' ? 'offered' : state.survey,
      };

    case 'error':
      return { ...state, problem: { code: event.code, detail: event.message } };

    case 'idle-warning':
      if (state.phase === 'idle' || state.phase === 'ended') return state;
      return { ...state, idleWarning: { secondsLeft: event.secondsLeft } };
  }
}

function latestTime(messages: readonly ChatMessage[]): string {
  const now = new Date().toISOString();
  const last = messages.at(-1)?.time;
  return last && Date.parse(last) > Date.parse(now) ? last : now;
}

function latestSeq(messages: readonly ChatMessage[]): number | undefined {
  const seqs = messages.map((message) => message.seq).filter((seq) => seq !== undefined);
  return seqs.length ? Math.max(...seqs) : undefined;
}
