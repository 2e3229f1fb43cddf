/**
 * Prints and downloads a conversation on a page served with the strict policy a locked-down
 * council site sends (see scripts/test-pages-middleware.mjs), and reports what happened on
 * `window.printResult` for test/transcript-record.test.ts to read.
 */
import { transcriptFile } from '../../src/print/download-transcript.js';
import { printFrameStyles, printTranscript } from '../../src/print/print-transcript.js';
import { buildTranscriptRecord } from '../../src/print/transcript-document.js';
import { initialChatState } from '../../src/session/chat-state.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);

const state = {
  ...initialChatState,
  reference: 'HBC-123456',
  messages: [
    {
      key: 'm1',
      sender: 'agent' as const,
      agent: { id: 'agent-1', name: 'Amira' },
      text: 'Here you go <script>alert(1)</script>',
      time: '2026-12-03T10:00:00Z',
    },
  ],
};
const record = buildTranscriptRecord(state, {
  councilName: 'Harbourside Borough Council',
  teamName: 'Customer Services',
  locale: 'en-GB',
  siteOrigin: location.origin,
});

const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
root.adoptedStyleSheets = [printFrameStyles.styleSheet!];

const result = {
  error: undefined as string | undefined,
  violations,
  senderWeight: '',
  printedLines: [] as string[],
  downloadedHasScript: true,
  evalBlocked: false,
  trustedTypesEnforced: false,
};

try {
  const frame = printTranscript(record, root, () => {});
  const doc = frame.contentDocument!;
  result.senderWeight = getComputedStyle(doc.querySelector('.sender')!).fontWeight;
  result.printedLines = [...doc.querySelectorAll('.message')].map(
    (item) =>
      `${item.querySelector('.sender')!.textContent}|${item.querySelector('.text')!.textContent}`,
  );

  const downloaded = await transcriptFile(record).text();
  result.downloadedHasScript = /<script/i.test(downloaded);
} catch (error) {
  result.error = String(error);
}

// Violation reports arrive as events after the fact.
await new Promise((resolve) => setTimeout(resolve, 200));
result.violations = [...violations];

// Only now, so that their own reports are not counted: show that the policy is in force.
try {
  (0, eval)('1');
} catch {
  result.evalBlocked = true;
}
try {
  document.createElement('div').innerHTML = '<b>bold</b>';
} catch {
  result.trustedTypesEnforced = true;
}

(window as unknown as { printResult: typeof result }).printResult = result;
