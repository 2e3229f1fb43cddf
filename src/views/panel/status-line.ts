import { msg, str } from '@lit/localize';

import type { ChatState } from '../../session/chat-state.js';

/** One sentence under the panel's title that says where the chat is. */
export function statusLine(state: ChatState, locale: string): string {
  if (state.connection === 'reconnecting' || state.connection === 'connecting') {
    return msg('Reconnecting… Your messages will be sent when the connection is back.');
  }
  if (state.connection === 'offline' && state.phase !== 'idle' && state.phase !== 'ended') {
    return msg('You are offline. Your messages will be sent when you are back online.');
  }

  switch (state.phase) {
    case 'idle':
      return msg('Ask a question and a member of staff will reply.');
    case 'starting':
      return msg('Connecting you to a member of staff…');
    case 'waiting':
      return queueLine(state, locale);
    case 'connected':
      return state.agent?.team ?? '';
    case 'ended':
      return msg('This chat has ended.');
  }
}

function queueLine(state: ChatState, locale: string): string {
  const { queuePosition, estimatedWaitSeconds } = state;
  if (queuePosition === undefined) return msg('Waiting for a member of staff…');

  const place =
    queuePosition <= 1
      ? msg('You are next in the queue.')
      : msg(str`You are number ${formatNumber(queuePosition, locale)} in the queue.`);
  if (estimatedWaitSeconds === undefined) return place;

  const minutes = Math.max(1, Math.round(estimatedWaitSeconds / 60));
  return `${place} ${msg(str`Expected wait: about ${formatMinutes(minutes, locale)}.`)}`;
}

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "3 minutes", "3 munud", "٣ دقائق": Intl knows each language's plural forms. */
function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}
