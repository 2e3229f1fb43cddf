import { renderTranscriptDocument } from './render-transcript-document.js';
import { transcriptDocumentCss } from './transcript-document-styles.js';
import type { TranscriptRecord } from './transcript-document.js';

/** How to hand a file to the resident; tests pass their own to read it instead. */
export type SaveFile = (file: File) => void;

/**
 * The record as a self-contained HTML file.
 *
 * HTML rather than plain text: it opens in any browser on any device, keeps links to council
 * pages clickable, keeps headings and a list that a screen reader can move through, keeps each
 * message's own text direction (Arabic inside an English record reads correctly, which plain
 * text cannot promise), and prints like the printed record because it carries the same
 * stylesheet. It is drawn from the same record as print, by the same renderer.
 *
 * The file is inert on purpose. Text goes in as text nodes and comes out escaped by the
 * browser's own serializer; and the file's policy forbids every script, frame, image and
 * connection, so even a mistake in escaping could not run anything when it is opened.
 */
export function transcriptFile(record: TranscriptRecord): File {
  const doc = document.implementation.createHTMLDocument(record.title);
  renderTranscriptDocument(doc, record);

  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; style-src 'unsafe-inline'";
  doc.head.firstElementChild!.after(policy);

  // The stylesheet is our own constant, so it is added to the text rather than as a <style>
  // element: Chromium applies the page's policy to detached documents too, and a council
  // whose policy forbids inline styles would get a violation report for every download.
  // The first `</head>` is the real one: the serializer escapes `<` in all text, titles too.
  const markup = doc.documentElement.outerHTML.replace(
    '</head>',
    `<style>\n${transcriptDocumentCss}</style>\n</head>`,
  );
  const html = `<!doctype html>\n${markup}\n`;
  return new File([html], record.fileName, { type: 'text/html;charset=utf-8' });
}

/** Saves the file through the browser's own download, as a link with `download` would. */
export const saveWithBrowser: SaveFile = (file) => {
  const address = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = address;
  link.download = file.name;
  link.click();

  // Some browsers start reading the file after `click()` returns; revoking at once can cancel
  // the download, so the address is kept for a while.
  setTimeout(() => URL.revokeObjectURL(address), 60_000);
};

/** Offers the record to the resident as a file; returns the file. */
export function downloadTranscript(
  record: TranscriptRecord,
  save: SaveFile = saveWithBrowser,
): File {
  const file = transcriptFile(record);
  save(file);
  return file;
}
