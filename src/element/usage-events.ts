import type { CouncilChatEventMap } from '../events.js';
import type { ChatMessage, ChatState } from '../session/chat-state.js';
import type { SurveyAnswers } from '../transport/transport.js';
import type { SurveyQuestionSet } from '../views/survey/survey-questions.js';

/** One usage event, ready for `emit`. */
export type UsageEvent = {
  [K in keyof CouncilChatEventMap]: { type: K; detail: CouncilChatEventMap[K] };
}[keyof CouncilChatEventMap];

/**
 * The usage events that one change of the chat's state stands for: a chat offered, handled,
 * abandoned or ended, a message accepted by the backend.
 *
 * Every event detail the widget sends is built in this module, so this is the one place to
 * check that none carries message text, a name, an email address or a comment.
 *
 * Events follow state, not the resident's clicks, so a message counts once when the backend
 * accepts it however often it was retried. A chat resumed on another page does not count
 * again as long as its earlier state was restored before the backend replayed it.
 */
export function usageEventsBetween(
  previous: ChatState,
  next: ChatState,
  now: Date = new Date(),
): UsageEvent[] {
  const time = now.toISOString();
  const { chatId } = next;
  const events: UsageEvent[] = [];

  if (next.chatId && next.chatId !== previous.chatId) {
    events.push({ type: 'council-chat-request', detail: { chatId: next.chatId, time } });
  }

  if (next.agent && !previous.agent && next.phase !== 'ended') {
    events.push({
      type: 'council-chat-staff-join',
      detail: { chatId, time, agentId: next.agent.id },
    });
  }

  if (next.messages !== previous.messages) {
    const sentBefore = new Set(previous.messages.filter(isAccepted).map((message) => message.key));
    const sent = next.messages.filter(isAccepted);
    const newlySent = sent.filter((message) => !sentBefore.has(message.key)).length;
    for (let index = sent.length - newlySent; index < sent.length; index++) {
      events.push({
        type: 'council-chat-message-send',
        detail: { chatId, time, residentMessages: index + 1 },
      });
    }
  }

  if (next.phase === 'ended' && previous.phase !== 'ended') {
    const endedBy = next.endedBy ?? 'system';
    if (!next.agent)
      events.push({ type: 'council-chat-abandon', detail: { chatId, time, endedBy } });
    events.push({
      type: 'council-chat-end',
      detail: {
        chatId,
        time,
        endedBy,
        handled: next.agent !== undefined,
        residentMessages: next.messages.filter(isAccepted).length,
        staffMessages: next.messages.filter((message) => message.sender === 'agent').length,
      },
    });
  }

  return events;
}

/**
 * The event for the resident's survey answers (`null` when skipped). Only answers that are
 * one of a question's fixed choices are passed on; what the resident wrote is reduced to
 * whether they wrote anything.
 */
export function surveyUsageEvent(
  state: ChatState,
  answers: SurveyAnswers | null,
  questions: SurveyQuestionSet,
  now: Date = new Date(),
): UsageEvent {
  const time = now.toISOString();
  const { chatId } = state;
  if (!answers) return { type: 'council-chat-survey-skip', detail: { chatId, time } };

  const choices: Record<string, string> = {};
  let commented = false;
  for (const question of questions.questions) {
    const answer = answers[question.id];
    if (!answer) continue;

    if (question.type === 'comment') commented = true;
    else if (question.choices.some((choice) => choice.id === answer)) choices[question.id] = answer;
  }

  return { type: 'council-chat-survey-submit', detail: { chatId, time, choices, commented } };
}

/** The event for a printed or downloaded conversation. */
export function recordUsageEvent(
  kind: 'print' | 'download',
  state: ChatState,
  now: Date = new Date(),
): UsageEvent {
  const detail = {
    chatId: state.chatId,
    time: now.toISOString(),
    messages: state.messages.filter((message) => !message.notice).length,
  };
  return kind === 'print'
    ? { type: 'council-chat-transcript-print', detail }
    : { type: 'council-chat-transcript-download', detail: { ...detail, format: 'html' } };
}

/** A message of the resident's that the backend has accepted. */
function isAccepted(message: ChatMessage): boolean {
  return message.sender === 'resident' && message.delivery === 'sent';
}
