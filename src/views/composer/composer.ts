import { css, html } from 'lit';
import { live } from 'lit/directives/live.js';

import { builtInLabels, type Labels } from '../../localization/panel-labels.js';

/** What the composer needs. */
export interface ComposerProps {
  /** The field's visible label. */
  label: string;
  draft: string;
  onSend: (text: string) => void;
  onDraftChange: (text: string) => void;
  /** The widget's text in the resident's language. */
  labels?: Labels;
}

/**
 * Where the resident writes. Enter sends and Shift+Enter starts a new line, except while an
 * input method is composing a character (Japanese, Chinese, some Welsh keyboards), when Enter
 * belongs to the input method.
 */
export function renderComposer(props: ComposerProps) {
  const labels = props.labels ?? builtInLabels;
  const send = (field: HTMLTextAreaElement) => {
    const text = field.value;
    if (text.trim() === '') return;

    props.onSend(text);
    field.value = '';
    props.onDraftChange('');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;

    event.preventDefault();
    send(event.target as HTMLTextAreaElement);
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    send(form.elements.namedItem('message') as HTMLTextAreaElement);
  };

  return html`<form class="composer" part="composer" @submit=${onSubmit}>
    <label class="composer-label" for="composer-field">${props.label}</label>
    <p class="composer-hint" id="composer-hint">${labels.text('composerHint')}</p>
    <div class="composer-row">
      <textarea
        id="composer-field"
        name="message"
        rows="2"
        dir="auto"
        autocomplete="off"
        aria-describedby="composer-hint"
        .value=${live(props.draft)}
        @keydown=${onKeyDown}
        @input=${(event: InputEvent) =>
          props.onDraftChange((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <button class="send" part="send-button" type="submit">${labels.text('send')}</button>
    </div>
  </form>`;
}

export const composerStyles = css`
  .composer {
    display: grid;
    /* Lets the row shrink below the field's natural width (20 columns in Firefox). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    padding: 0.5em 0.75em 0.75em;
    border-block-start: 0.0625em solid var(--council-chat-bubble-border, #6b7780);
  }

  .composer-label {
    font-weight: 700;
  }

  .composer-hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--council-chat-muted-text, #505a5f);
  }

  .composer-row {
    display: flex;
    gap: 0.5em;
    align-items: stretch;
  }

  textarea {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 2.75em;
    max-block-size: 8em;
    padding: 0.5em;
    resize: vertical;
    /* At least 16px: smaller text makes phones zoom the whole page when the field is tapped. */
    font: inherit;
    font-size: max(1em, 16px);
    line-height: 1.4;
    color: var(--council-chat-text, #0b0c0c);
    background: #ffffff;
    border: 0.125em solid var(--council-chat-input-border, #0b0c0c);
    border-radius: 0.25em;
  }

  .send {
    flex: none;
    min-inline-size: 4.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid transparent;
    border-radius: 0.25em;
    background: var(--council-chat-brand, #0b4f6c);
    color: var(--council-chat-on-brand, #ffffff);
    font-weight: 700;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .send {
      border-color: ButtonText;
    }
  }
`;
