import { css, html } from 'lit';

import { hasIntlData } from '../../localization/intl-data.js';
import type { Labels } from '../../localization/labels.js';

/** What the idle warning needs. */
export interface IdleWarningProps {
  secondsLeft: number;
  locale: string;
  labels: Labels;
  onKeepOpen: () => void;
}

/**
 * Says the backend will close a quiet chat, and offers one button to carry on (WCAG 2.2.1).
 * It takes no focus: the resident may be reading the page, and the announcer tells screen
 * reader users. Typing in the composer keeps the chat open too.
 */
export function renderIdleWarning(props: IdleWarningProps) {
  const time = formatDuration(props.secondsLeft, props.locale, props.labels);

  return html`<div class="idle-warning" part="idle-warning">
    <p>${props.labels.text('idleWarning', { time })}</p>
    <button class="secondary" type="button" @click=${props.onKeepOpen}>
      ${props.labels.text('keepChatOpen')}
    </button>
  </div>`;
}

/**
 * "45 seconds", "2 funud", "3 دقائق": whole minutes from two minutes up. Intl knows each
 * language's plural forms; where the browser has no data for the language, the widget's own
 * translation of the unit is used instead.
 */
export function formatDuration(seconds: number, locale: string, labels: Labels): string {
  const inMinutes = seconds >= 120;
  const count = inMinutes ? Math.round(seconds / 60) : seconds;
  if (!hasIntlData(locale)) {
    const number = String(count);
    return inMinutes
      ? labels.text('durationMinutes', { count: number })
      : labels.text('durationSeconds', { count: number });
  }

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inMinutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(count);
}

export const idleWarningStyles = css`
  .idle-warning {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border-block-start: 0.0625em solid var(--council-chat-bubble-border, #6b7780);
    border-inline-start: 0.3125em solid var(--council-chat-warning, #8a4b00);
    background: var(--council-chat-warning-surface, #fff4e5);
    color: var(--council-chat-text, #0b0c0c);
  }

  .idle-warning p {
    margin: 0;
    font-weight: 700;
  }

  .idle-warning .secondary {
    justify-self: start;
  }
`;
