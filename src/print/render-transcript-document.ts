import type { RecordEntry, RecordTextPart, TranscriptRecord } from './transcript-document.js';

/**
 * Writes the record into `doc`, replacing its head and body: the print frame's document or a
 * detached document that becomes the downloaded file.
 *
 * It builds nodes and sets `textContent` only. No HTML string is parsed, so message text
 * cannot become markup, and the code needs no Trusted Types policy of its own. Styles are the
 * caller's part, as the print frame and the file install them differently.
 */
export function renderTranscriptDocument(doc: Document, record: TranscriptRecord): void {
  const make = elementMaker(doc);

  doc.documentElement.lang = record.lang;
  doc.documentElement.dir = record.dir;

  const charset = make('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = make('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.head.replaceChildren(charset, viewport, make('title', {}, record.title));

  const details = make(
    'dl',
    { class: 'details' },
    ...record.details.map((detail) =>
      make('div', {}, make('dt', {}, detail.term), make('dd', {}, detail.value)),
    ),
  );
  const messages = make('ol', { class: 'messages' }, ...record.entries.map(renderEntry(make)));

  doc.body.replaceChildren(
    make('header', {}, make('h1', {}, record.title), details),
    make('main', {}, make('h2', {}, record.conversationHeading), messages),
  );
}

type MakeElement = ReturnType<typeof elementMaker>;

function renderEntry(make: MakeElement) {
  return (entry: RecordEntry): HTMLElement => {
    const time = make('time', { datetime: entry.datetime }, entry.time);

    if (entry.kind === 'notice') {
      return make(
        'li',
        { class: 'notice' },
        make('p', {}, make('span', { dir: 'auto' }, entry.text), ' ', time),
      );
    }

    const item = make(
      'li',
      { class: `message from-${entry.from}` },
      make('p', { class: 'meta' }, make('span', { class: 'sender' }, entry.sender), ' ', time),
      make('p', { class: 'text', dir: 'auto' }, ...entry.parts.map(renderPart(make))),
    );
    if (entry.status) item.append(make('p', { class: 'status' }, entry.status));
    return item;
  };
}

/** A link keeps its full address in the text, because paper cannot be clicked. */
function renderPart(make: MakeElement) {
  return (part: RecordTextPart): Node | string => {
    if (part.kind === 'text') return part.text;

    const link = make('a', { href: part.href }, part.text);
    if (!part.showAddress) return link;

    return make('span', {}, link, make('span', { class: 'address' }, ` (${part.href})`));
  };
}

/** A small `createElement` for one document: attributes, then text or child nodes. */
function elementMaker(doc: Document) {
  return <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
    ...children: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };
}
