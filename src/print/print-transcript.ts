import { css } from 'lit';

import { renderTranscriptDocument } from './render-transcript-document.js';
import { transcriptDocumentCss } from './transcript-document-styles.js';
import type { TranscriptRecord } from './transcript-document.js';

/** How to print a prepared frame; tests pass their own, because a real print dialog blocks. */
export type PrintFrame = (frameWindow: Window) => void;

/** Opens the browser's print dialog for the frame alone. */
export const printWithBrowser: PrintFrame = (frameWindow) => frameWindow.print();

/**
 * Prints the record of a chat, and nothing else on the page.
 *
 * Why a hidden frame, built as it is:
 * - Printing the page itself would print the council's page around the widget, and the
 *   widget's scrolling list clips the conversation to what fits in the panel. Hiding the rest
 *   of the page with a print stylesheet would mean changing the host page, which we never do.
 * - A pop-up window is stopped by pop-up blockers, takes residents away from the page (hard
 *   to follow with a screen reader or on a phone), and needs `document.write` to fill it.
 * - A frame filled through `srcdoc` or `document.write` needs a Trusted Types policy of our
 *   own, which a council's `trusted-types lit-html` forbids; a `blob:` frame is refused by
 *   `default-src 'self'`.
 * - So the frame has no address: it starts as the same-origin `about:blank`, shares the
 *   page's policy, and is filled with `createElement` and `textContent`, which no policy
 *   blocks. Its styles are a stylesheet constructed in the frame's own window and adopted by
 *   its document: the same mechanism Lit uses for the widget's shadow roots, which
 *   `style-src 'self'` allows, where a `<style>` element would be refused and a `<link>` would
 *   mean shipping, fetching and waiting for one more file.
 *
 * The frame lays the record out at paper width as one ordinary document, so the browser
 * breaks it over as many pages as it needs. It lives inside the widget's shadow root, so the
 * host page's own DOM never changes; it is removed after printing, or when the next print
 * replaces it.
 *
 * @param container Where the frame goes: a shadow root whose styles include
 *   {@link printFrameStyles}.
 * @returns The frame, whose document holds exactly what was printed.
 */
export function printTranscript(
  record: TranscriptRecord,
  container: Element | ShadowRoot,
  print: PrintFrame = printWithBrowser,
): HTMLIFrameElement {
  container.querySelector('.print-frame')?.remove();

  const frame = container.ownerDocument.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = record.title;
  frame.tabIndex = -1;
  frame.inert = true;
  frame.setAttribute('aria-hidden', 'true');
  container.append(frame);

  const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
  const frameDocument = frame.contentDocument;
  if (!frameWindow || !frameDocument) {
    frame.remove();
    throw new Error('The print frame has no document; it must be placed in a shown page.');
  }

  renderTranscriptDocument(frameDocument, record);
  const sheet = new frameWindow.CSSStyleSheet();
  sheet.replaceSync(transcriptDocumentCss);
  frameDocument.adoptedStyleSheets = [sheet];

  frameWindow.addEventListener('afterprint', () => frame.remove(), { once: true });
  print(frameWindow);
  return frame;
}

/**
 * Keeps the print frame out of sight and out of the way. It is not `display: none`: a frame
 * that is not rendered has no layout, and some browsers then print a blank page.
 */
export const printFrameStyles = css`
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
    visibility: hidden;
  }
`;
