import {
  downloadTranscript,
  type SaveFile,
  saveWithBrowser,
} from '../../print/download-transcript.js';
import {
  type PrintFrame,
  printTranscript,
  printWithBrowser,
} from '../../print/print-transcript.js';
import { buildTranscriptRecord, type RecordContext } from '../../print/transcript-document.js';
import type { ChatState } from '../../session/chat-state.js';

/** The two ways a resident keeps a copy of the conversation. */
export type RecordKind = 'print' | 'download';

/** Where records go: the browser's print dialog and downloads, or a test's own functions. */
export interface RecordOutput {
  print: PrintFrame;
  save: SaveFile;
}

export const browserRecordOutput: RecordOutput = { print: printWithBrowser, save: saveWithBrowser };

/** What keeping a record needs from the panel. */
export interface KeepRecordOptions extends RecordContext {
  state: ChatState;
  /** The panel's shadow root, which holds the print frame. */
  container: ShadowRoot | Element;
  output: RecordOutput;
}

/** Prints or downloads the conversation as it stands now. */
export function keepRecord(kind: RecordKind, options: KeepRecordOptions): void {
  const record = buildTranscriptRecord(options.state, options);

  if (kind === 'print') {
    printTranscript(record, options.container, options.output.print);
  } else {
    downloadTranscript(record, options.output.save);
  }
}
