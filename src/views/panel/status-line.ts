import { hasIntlData, localeWithData } from '../../localization/intl-data.js';
import { builtInLabels, type Labels } from '../../localization/panel-labels.js';
import type { ChatState } from '../../session/chat-state.js';

/** One sentence under the panel's title that says where the chat is. */
export function statusLine(
  state: ChatState,
  locale: string,
  labels: Labels = builtInLabels,
): string {
  if (state.connection === 'reconnecting' || state.connection === 'connecting') {
    return labels.text('statusReconnecting');
  }
  if (state.connection === 'offline' && state.phase !== 'idle' && state.phase !== 'ended') {
    return labels.text('statusOffline');
  }

  switch (state.phase) {
    case 'idle':
      return labels.text('statusIdle');
    case 'starting':
      return labels.text('statusStarting');
    case 'waiting':
      return queueLine(state, locale, labels);
    case 'connected':
      return state.agent?.team ?? '';
    case 'ended':
      return labels.text('statusEnded');
  }
}

/** Where the resident is in the queue, and the expected wait when the backend gives one. */
export function queueLine(state: ChatState, locale: string, labels: Labels = builtInLabels) {
  const { queuePosition, estimatedWaitSeconds } = state;
  if (queuePosition === undefined) return labels.text('statusWaiting');

  const place =
    queuePosition <= 1
      ? labels.text('queueNext')
      : labels.text('queuePosition', { position: formatNumber(queuePosition, locale) });
  if (estimatedWaitSeconds === undefined) return place;

  const minutes = Math.max(1, Math.round(estimatedWaitSeconds / 60));
  const wait = formatMinutes(minutes, locale, labels);
  return `${place} ${labels.text('expectedWait', { wait })}`;
}

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(localeWithData(locale)).format(value);
}

/**
 * "3 minutes", "3 munud", "3 دقائق": Intl knows each language's plural forms; where the
 * browser has no data for the language, the widget's own translation of the unit is used.
 */
function formatMinutes(minutes: number, locale: string, labels: Labels): string {
  if (!hasIntlData(locale)) return labels.text('durationMinutes', { count: String(minutes) });

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}
