import { css } from 'lit';

/**
 * Cuts the widget off from the host page's styles, on the element that wraps everything the
 * widget draws (`.root`).
 *
 * Inherited properties (font, line height, colour, letter spacing, text alignment, white
 * space, text transform, colour scheme...) cross into a shadow root, and a page rule that
 * matches the `<council-chat>` element itself (`* { line-height: 3 }`, `body > * {...}`)
 * outranks any `:host` rule the widget could write without `!important`. No page selector
 * reaches inside the shadow root, so resetting here holds against both. `all: initial` leaves
 * alone what should still come from the page: custom properties (a council's
 * `--council-chat-*` theme) and `direction` (a right-to-left page gets a right-to-left widget).
 *
 * The font size is `medium`, the resident's own browser text size, not the page's root size:
 * every size in the widget is in `em`, so it follows the resident's settings and zoom but not
 * a page that sets `html { font-size: 62.5% }`.
 */
export const isolationStyles = css`
  .root {
    all: initial;
    display: block;
    font-family: var(--council-chat-font, system-ui, -apple-system, 'Segoe UI', sans-serif);
    font-size: medium;
    line-height: 1.5;
    color: var(--council-chat-text, #0b0c0c);
    color-scheme: light;
    text-align: start;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
`;
