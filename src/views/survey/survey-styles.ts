import { css } from 'lit';

export const surveyStyles = css`
  :host {
    display: block;
  }

  .survey-heading {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .survey-intro,
  .survey-result p {
    margin: 0 0 0.5em;
  }

  p.survey-result {
    margin: 0;
  }

  form {
    display: grid;
    gap: 1em;
  }

  .question {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .question.has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3125em solid var(--council-chat-error, #b3261e);
  }

  .question-title {
    padding: 0;
    font-weight: 700;
  }

  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--council-chat-muted-text, #505a5f);
  }

  .error-message {
    margin: 0;
    font-weight: 700;
    color: var(--council-chat-error, #b3261e);
  }

  .choices {
    display: grid;
    gap: 0.125em;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2em;
  }

  .choice input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--council-chat-brand, #0b4f6c);
  }

  .choice label {
    flex: 1 1 auto;
    padding-block: 0.25em;
    cursor: pointer;
  }

  textarea {
    inline-size: 100%;
    min-block-size: 4em;
    padding: 0.5em;
    resize: vertical;
    /* At least 16px: smaller text makes phones zoom the whole page when the field is tapped. */
    font: inherit;
    font-size: max(1em, 16px);
    color: var(--council-chat-text, #0b0c0c);
    background: #ffffff;
    border: 0.125em solid var(--council-chat-input-border, #0b0c0c);
    border-radius: 0.25em;
  }

  .has-error textarea {
    border-color: var(--council-chat-error, #b3261e);
  }

  .error-summary {
    margin-block-end: 1em;
    padding: 0.75em;
    border: 0.25em solid var(--council-chat-error, #b3261e);
  }

  .error-summary-title {
    margin: 0 0 0.25em;
    font-size: 1em;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--council-chat-error, #b3261e);
    font-weight: 700;
  }

  .survey-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .survey-send,
  .survey-skip {
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--council-chat-brand, #0b4f6c);
    border-radius: 0.25em;
    font-weight: 700;
    cursor: pointer;
  }

  .survey-send {
    background: var(--council-chat-brand, #0b4f6c);
    color: var(--council-chat-on-brand, #ffffff);
  }

  .survey-skip {
    background: #ffffff;
    color: var(--council-chat-brand, #0b4f6c);
  }

  @media (forced-colors: active) {
    .survey-send,
    .survey-skip,
    .error-summary,
    .question.has-error {
      border-color: CanvasText;
    }
  }
`;
