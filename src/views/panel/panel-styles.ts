import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    block-size: 100%;
  }

  /*
   * Only the transcript scrolls, until text is so large (200 % on a phone) that the header
   * and composer leave it no room; then the whole panel scrolls instead of cutting them off.
   */
  .panel {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow-x: hidden;
    overflow-y: auto;
    background: var(--council-chat-surface, #ffffff);
    color: var(--council-chat-text, #0b0c0c);
    border: 0.0625em solid var(--council-chat-panel-border, #505a5f);
    border-radius: var(--council-chat-radius, 0.75em);
    box-shadow: 0 0.25em 1.5em rgb(0 0 0 / 0.25);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.625em;
    padding: 0.625em 0.75em;
    background: var(--council-chat-brand, #0b4f6c);
    color: var(--council-chat-on-brand, #ffffff);
    /* Invisible here; forced colours draw it, separating the header from the transcript. */
    border-block-end: 0.0625em solid transparent;
  }

  .heading {
    flex: 1 1 8em;
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .status {
    margin: 0;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.375em;
    margin-inline-start: auto;
  }

  .end,
  .close {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0.25em 0.625em;
    border: 0.125em solid currentColor;
    border-radius: 0.25em;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .close {
    font-size: 1.25em;
    line-height: 1;
    min-inline-size: 2.2em;
    min-block-size: 2.2em;
    padding: 0;
  }

  .intro {
    padding: 0.75em 0.75em 0;
    font-size: 0.9375em;
  }

  .intro p {
    margin: 0 0 0.5em;
  }

  .problem {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.3125em solid var(--council-chat-error, #b3261e);
    background: #fdecea;
    color: #0b0c0c;
    font-weight: 700;
  }

  .ended {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    /* The exit survey can be taller than the panel leaves it. */
    overflow-y: auto;
    border-block-start: 0.0625em solid var(--council-chat-bubble-border, #6b7780);
  }

  .ended p {
    margin: 0;
  }

  .secondary,
  .link-button {
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--council-chat-brand, #0b4f6c);
    border-radius: 0.25em;
    background: #ffffff;
    color: var(--council-chat-brand, #0b4f6c);
    font-weight: 700;
    cursor: pointer;
  }

  /* Pixels as well as ems: WCAG 2.5.8 counts CSS pixels, and this sits in smaller text. */
  .link-button {
    min-block-size: max(1.5em, 24px);
    min-inline-size: max(1.5em, 24px);
    padding: 0 0.25em;
    border: 0;
    text-decoration: underline;
    color: inherit;
  }

  /* Fingers need bigger targets than a mouse pointer. */
  @media (pointer: coarse) {
    .link-button {
      min-block-size: max(2.75em, 44px);
    }
  }

  @media (forced-colors: active) {
    .panel,
    .bubble,
    .notice {
      border-color: CanvasText;
    }

    .end,
    .close,
    .secondary {
      border-color: ButtonText;
    }

    .link-button {
      border: 0.0625em solid ButtonText;
    }

    .header {
      border-block-end-color: CanvasText;
    }
  }
`;
