import { css } from 'lit';

/** Declarations that keep text for screen readers while drawing nothing. */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/**
 * Styles every view shares. Sizes are in `em` of the widget's own root, which is set to the
 * browser's `medium` font size: the widget follows the resident's text size and zoom but not
 * a host page that shrinks its own root font size. Motion is added only inside
 * `prefers-reduced-motion: no-preference`, so nothing moves for residents who asked for calm.
 */
export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    ${visuallyHidden}
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: none;
  }

  :focus-visible {
    outline: 0.1875em solid var(--council-chat-focus-color, #ffbf47);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.125em var(--council-chat-focus-inner-color, #0b0c0c);
  }
`;
