import type { CouncilChat } from '../../src/council-chat.js';
import type { Agent, MessageEvent, TransportEvent } from '../../src/transport/transport.js';
import type { RecordOutput } from '../../src/views/record/keep-record.js';
import { panelOf, settle } from './chat-fixture.js';
import type { ScriptedTransport } from './scripted-transport.js';
import { testAgent } from './scripted-transport.js';

/** A second member of staff, in another team, for transfers. */
export const revenuesAgent: Agent = {
  id: 'agent-2',
  name: 'Sam',
  team: 'Revenues',
  photoUrl: '/src/transport/mock/photos/sam.svg',
};

/** A message as the backend sends it, one minute apart from 10:00 UTC by `index`. */
export function messageEvent(
  index: number,
  sender: 'resident' | 'agent',
  text: string,
  agent: Agent = testAgent,
): MessageEvent {
  return {
    type: 'message',
    id: `m${index}`,
    ...(sender === 'resident' ? { clientId: `c${index}` } : { agent }),
    sender,
    text,
    time: new Date(Date.UTC(2026, 11, 3, 10, index)).toISOString(),
    seq: index,
  };
}

/** Starts a chat on the scripted backend, with staff joined, and waits for the panel. */
export async function connectChat(
  element: CouncilChat,
  transport: ScriptedTransport,
  ...events: (TransportEvent | Record<string, unknown>)[]
): Promise<void> {
  transport.emit(
    { type: 'chat-started', chatId: 'chat-1', reference: 'HBC-123456' },
    { type: 'agent-joined', agent: testAgent },
    ...events,
  );
  await settle(element);
}

/** What the print and download buttons produced, instead of a print dialog and a file. */
export interface CapturedRecords {
  printed: Window[];
  saved: File[];
}

/** Replaces the panel's print dialog and download with recorders. */
export function captureRecords(element: CouncilChat): CapturedRecords {
  const captured: CapturedRecords = { printed: [], saved: [] };
  const output: RecordOutput = {
    print: (frameWindow) => captured.printed.push(frameWindow),
    save: (file) => captured.saved.push(file),
  };
  panelOf(element)!.recordOutput = output;
  return captured;
}
