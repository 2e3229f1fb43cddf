import { css, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

import { builtInLabels, type Labels } from '../../localization/panel-labels.js';
import type { ChatMessage } from '../../session/chat-state.js';
import type { Agent } from '../../transport/transport.js';
import '../avatar/avatar.js';
import { formatTime } from './format-time.js';
import { renderMessageText } from './message-text.js';

/** What the transcript shows. */
export interface TranscriptProps {
  messages: readonly ChatMessage[];
  locale: string;
  siteOrigin: string;
  /** The member of staff currently typing, if any. */
  typingAgent?: Agent;
  onRetry: (key: string) => void;
  /** The widget's text in the resident's language. */
  labels?: Labels;
}

/** Who wrote a message, as residents see it. */
export function senderName(message: ChatMessage, labels: Labels = builtInLabels): string {
  if (message.sender === 'resident') return labels.text('senderYou');
  if (message.sender === 'agent') return message.agent?.name ?? labels.text('senderStaff');
  return labels.text('senderCouncil');
}

/**
 * Sets a name from the backend apart from the sentence around it (Unicode first-strong
 * isolate ... pop directional isolate), so a right-to-left name, or one carrying a direction
 * override, reads correctly and cannot reverse the widget's own words.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

/** The sentence for a notice the widget writes itself: on screen, in print and aloud. */
export function noticeText(message: ChatMessage, labels: Labels = builtInLabels): string {
  const agent = message.agent;
  if (!agent || (message.notice !== 'transfer' && message.notice !== 'joined')) {
    return message.text;
  }

  const name = isolate(agent.name);
  const team = agent.team ? isolate(agent.team) : undefined;
  if (message.notice === 'transfer') {
    return team
      ? labels.text('noticeTransferFromTeam', { name, team })
      : labels.text('noticeTransfer', { name });
  }
  return team
    ? labels.text('noticeJoinedFromTeam', { name, team })
    : labels.text('noticeJoined', { name });
}

/**
 * The conversation: a named log, one list item per message, with the sender, time and text
 * read together. It is not a live region itself: new messages are announced once by the
 * element's announcer, so a screen reader never re-reads the history.
 */
export function renderTranscript(props: TranscriptProps) {
  const labels = props.labels ?? builtInLabels;

  return html`<div
      class="transcript"
      part="transcript"
      role="log"
      aria-live="off"
      aria-label=${labels.text('conversation')}
      tabindex="0"
    >
      <ol class="messages">
        ${repeat(
          props.messages,
          (message) => message.key,
          (message) => renderMessage(message, props),
        )}
      </ol>
    </div>
    ${
      props.typingAgent
        ? html`<p class="typing" part="typing">
            ${labels.text('typing', { name: props.typingAgent.name })}
          </p>`
        : nothing
    }`;
}

function renderMessage(message: ChatMessage, props: TranscriptProps) {
  const labels = props.labels ?? builtInLabels;
  const time = formatTime(message.time, props.locale);

  if (message.notice) {
    return html`<li class="notice" data-key=${message.key}>
      <span dir="auto">${noticeText(message, labels)}</span>
      <time class="visually-hidden" datetime=${message.time}>${time}</time>
    </li>`;
  }

  // Finding the links in a long message is the costly part of drawing it: do it once per text,
  // not on every change to the chat (a typing indicator redraws the transcript).
  const text = guard([message.text, props.siteOrigin, labels], () =>
    renderMessageText(message.text, props.siteOrigin, labels),
  );

  return html`<li
    class="message from-${message.sender}"
    data-key=${message.key}
    data-delivery=${message.delivery ?? nothing}
  >
    ${
      message.sender === 'agent'
        ? html`<council-chat-avatar
            decorative
            .name=${message.agent?.name ?? ''}
            .src=${message.agent?.photoUrl}
          ></council-chat-avatar>`
        : nothing
    }
    <div class="bubble" part="bubble bubble-${message.sender}">
      <p class="meta">
        <span class="sender">${senderName(message, labels)}</span>
        <time datetime=${message.time}>${time}</time>
      </p>
      <p class="text" dir="auto">${text}</p>
      ${renderDelivery(message, props.onRetry, labels)}
    </div>
  </li>`;
}

function renderDelivery(message: ChatMessage, onRetry: (key: string) => void, labels: Labels) {
  if (message.delivery === 'sending') {
    return html`<p class="delivery">${labels.text('sending')}</p>`;
  }
  if (message.delivery !== 'failed') return nothing;

  return html`<p class="delivery failed">
    ${labels.text('notSent')}
    <button type="button" class="link-button" @click=${() => onRetry(message.key)}>
      ${labels.text('tryAgain')}
    </button>
  </p>`;
}

export const transcriptStyles = css`
  .transcript {
    flex: 1 1 auto;
    /*
     * Room for a few messages, but no more than a quarter of the panel: above an on-screen
     * keyboard the composer and the record and header buttons need the rest.
     */
    min-block-size: min(8em, 25%);
    overflow-y: auto;
    overflow-x: hidden;
    padding: 0.75em;
    overscroll-behavior: contain;
  }

  .messages {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .message {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    max-inline-size: 100%;
    --avatar-size: 2em;
  }

  .from-resident {
    flex-direction: row-reverse;
  }

  .bubble {
    min-inline-size: 0;
    max-inline-size: 85%;
    padding: 0.5em 0.75em;
    border-radius: 1em;
    border: 0.0625em solid var(--council-chat-bubble-border, #6b7780);
    background: var(--council-chat-staff-bubble, #f3f2f1);
    color: var(--council-chat-text, #0b0c0c);
  }

  .from-resident .bubble {
    border-color: var(--council-chat-brand, #0b4f6c);
    background: var(--council-chat-resident-bubble, #e3eef3);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin: 0 0 0.125em;
    font-size: 0.875em;
  }

  /* A name from the backend with a bidirectional override cannot reorder the time beside it. */
  .sender {
    font-weight: 700;
    unicode-bidi: isolate;
  }

  time {
    color: var(--council-chat-muted-text, #505a5f);
  }

  /*
   * Line breaks and spaces as the sender typed them. Spaces at the end of a line take room
   * instead of hanging past the bubble's edge (as pre-wrap lets them), so a right-to-left
   * message in a left-to-right panel never overflows its bubble.
   */
  .text {
    margin: 0;
    white-space: break-spaces;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }

  .text a {
    color: var(--council-chat-link, #1d4f91);
    text-decoration-thickness: 0.0625em;
  }

  .delivery {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--council-chat-muted-text, #505a5f);
  }

  .delivery.failed {
    color: var(--council-chat-error, #b3261e);
    font-weight: 700;
  }

  .notice {
    align-self: center;
    max-inline-size: 90%;
    padding: 0.25em 0.75em;
    border-radius: 1em;
    background: var(--council-chat-notice, #ffffff);
    border: 0.0625em dashed var(--council-chat-bubble-border, #6b7780);
    font-size: 0.875em;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .typing {
    margin: 0;
    padding: 0 0.75em 0.25em;
    font-size: 0.875em;
    font-style: italic;
    color: var(--council-chat-muted-text, #505a5f);
  }
`;
