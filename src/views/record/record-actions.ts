import { msg } from '@lit/localize';
import { css, html } from 'lit';

import { printFrameStyles } from '../../print/print-transcript.js';

/** What the record actions do. */
export interface RecordActionsProps {
  onPrint: () => void;
  onDownload: () => void;
}

/**
 * "Print conversation" and "Download conversation": a resident's own record of the advice
 * they were given. Shown from the first message, during the chat and after it ends.
 */
export function renderRecordActions(props: RecordActionsProps) {
  return html`<div
    class="record-actions"
    part="record-actions"
    role="group"
    aria-label=${msg('Your copy of this conversation')}
  >
    <button type="button" class="record-button" part="print-button" @click=${props.onPrint}>
      ${msg('Print conversation')}
    </button>
    <button type="button" class="record-button" part="download-button" @click=${props.onDownload}>
      ${msg('Download conversation')}
    </button>
  </div>`;
}

export const recordActionsStyles = [
  printFrameStyles,
  css`
    .record-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      padding: 0.25em 0.75em;
      border-block-start: 0.0625em solid var(--council-chat-bubble-border, #6b7780);
    }

    /*
     * Link-like, but standalone controls rather than words in a sentence: 44 px tall
     * (WCAG 2.5.5), in pixels as well as ems because this sits in smaller text.
     */
    .record-button {
      min-block-size: max(2.75em, 44px);
      padding: 0.25em 0.25em;
      border: 0;
      background: transparent;
      color: var(--council-chat-link, #1d4f91);
      font-size: 0.875em;
      text-decoration: underline;
      text-decoration-thickness: 0.0625em;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }

    .record-button:hover {
      text-decoration-thickness: 0.125em;
    }

    @media (forced-colors: active) {
      .record-button {
        border: 0.0625em solid ButtonText;
        color: LinkText;
      }
    }
  `,
];
