import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

import type { CouncilChat } from '../src/council-chat.js';
import { downloadTranscript, transcriptFile } from '../src/print/download-transcript.js';
import { printTranscript } from '../src/print/print-transcript.js';
import { buildTranscriptRecord } from '../src/print/transcript-document.js';
import { initialChatState } from '../src/session/chat-state.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  openPanel,
  panelOf,
  settle,
} from './helpers/chat-fixture.js';
import {
  captureRecords,
  connectChat,
  messageEvent,
  revenuesAgent,
} from './helpers/conversation.js';
import { ScriptedTransport, testAgent } from './helpers/scripted-transport.js';

/** The printed or downloaded document's messages, as "sender|text" lines. */
function messageLines(doc: Document): string[] {
  return [...doc.querySelectorAll('.message')].map(
    (item) =>
      `${item.querySelector('.sender')!.textContent}|${item.querySelector('.text')!.textContent}`,
  );
}

/** Parses a downloaded file the way a browser opening it would, without running it. */
async function parseFile(file: File): Promise<Document> {
  return new DOMParser().parseFromString(await file.text(), 'text/html');
}

/** Every link's address in a document. */
function linkAddresses(doc: Document): string[] {
  return [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
}

async function chatWithRecordButtons(...events: Parameters<ScriptedTransport['emit']>) {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  await openPanel(element);
  const captured = captureRecords(element);
  await connectChat(element, transport, ...events);
  return { element, transport, captured };
}

function clickRecordButton(element: CouncilChat, name: 'print' | 'download'): void {
  const button = allInPanel<HTMLButtonElement>(element, '.record-button').find((candidate) =>
    candidate.textContent!.toLowerCase().includes(name),
  );
  button!.click();
}

function printedDocument(element: CouncilChat): Document {
  const frame = inPanel<HTMLIFrameElement>(element, '.print-frame');
  return frame!.contentDocument!;
}

describe('printed and downloaded conversation', () => {
  afterEach(() => sessionStorage.clear());

  describe('accessibility', () => {
    it('is accessible with the record controls shown, and after printing', async () => {
      const { element } = await chatWithRecordButtons(
        messageEvent(1, 'resident', 'When is my bin day?'),
        messageEvent(2, 'agent', 'Tuesdays. See www.example.org/bins for the calendar.'),
      );

      await expectNoAxeViolations(element);
      clickRecordButton(element, 'print');
      await settle(element);

      await expectNoAxeViolations(element);
    });
  });

  describe('controls', () => {
    it('offers Print and Download from the first message, during and after the chat', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      expect(allInPanel(element, '.record-button')).to.have.length(0);

      await connectChat(element, transport, messageEvent(1, 'agent', 'Hello, how can I help?'));
      const during = allInPanel(element, '.record-button').map((button) =>
        button.textContent!.trim(),
      );
      transport.emit({ type: 'chat-ended', by: 'agent' });
      await settle(element);
      const after = allInPanel(element, '.record-button').map((button) =>
        button.textContent!.trim(),
      );

      expect(during).to.deep.equal(['Print conversation', 'Download conversation']);
      expect(after).to.deep.equal(during);
    });
  });

  describe('print', () => {
    it('prints council, team, date, reference and each message with sender and time', async () => {
      const { element, captured } = await chatWithRecordButtons(
        messageEvent(1, 'resident', 'When is my bin day?'),
        messageEvent(2, 'agent', 'Tuesdays. See www.example.org/bins for the calendar.'),
      );
      const locale = panelOf(element)!.locale;

      clickRecordButton(element, 'print');
      const doc = printedDocument(element);

      expect(captured.printed).to.have.length(1);
      expect(captured.printed[0]).to.equal(
        inPanel<HTMLIFrameElement>(element, '.print-frame')!.contentWindow,
      );
      const details = doc.querySelector('.details')!.textContent!;
      expect(details).to.contain('Harbourside Borough Council');
      expect(details).to.contain('Customer Services');
      expect(details).to.contain('HBC-123456');
      expect(details).to.contain(
        new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(Date.UTC(2026, 11, 3, 10, 1)),
      );
      expect(messageLines(doc)).to.deep.equal([
        'You|When is my bin day?',
        'Amira|Tuesdays. See www.example.org/bins (https://www.example.org/bins) for the calendar.',
      ]);
      const times = [...doc.querySelectorAll('.message time')].map((time) => time.textContent);
      const expectedTimes = [1, 2].map((minute) =>
        new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
          Date.UTC(2026, 11, 3, 10, minute),
        ),
      );
      expect(times).to.deep.equal(expectedTimes);
      // Names are set apart with invisible directional isolates; compare the words.
      const notice = doc.querySelector('.notice')!.textContent!.replace(/[\u2068\u2069]/g, '');
      expect(notice).to.contain('Amira from Customer Services joined');
    });

    it('prints from a frame inside the widget, styled in its own document', async () => {
      const { element } = await chatWithRecordButtons(messageEvent(1, 'agent', 'Hello.'));
      const hostPage = document.body.innerHTML;

      clickRecordButton(element, 'print');
      const frame = inPanel<HTMLIFrameElement>(element, '.print-frame')!;
      const doc = frame.contentDocument!;

      expect(document.querySelectorAll('iframe')).to.have.length(0);
      expect(document.body.innerHTML).to.equal(hostPage);
      expect(frame.hasAttribute('style')).to.be.false;
      expect(doc.adoptedStyleSheets).to.have.length(1);
      expect(doc.querySelectorAll('style, link, [style]')).to.have.length(0);
      expect(getComputedStyle(doc.querySelector('.sender')!).fontWeight).to.equal('700');
      expect(doc.documentElement.lang).to.equal(panelOf(element)!.locale);
    });

    it('shows each time as on screen, across the night the clocks go forward', async () => {
      const { element } = await chatWithRecordButtons(
        { ...messageEvent(1, 'resident', 'Still there?'), time: '2026-03-29T00:59:30Z' },
        { ...messageEvent(2, 'agent', 'Yes.'), time: '2026-03-29T01:00:30+00:00' },
      );
      const onScreen = allInPanel(element, '.message time').map((time) => time.textContent);

      clickRecordButton(element, 'print');
      const onPaper = [...printedDocument(element).querySelectorAll('.message time')].map(
        (time) => time.textContent,
      );

      expect(onPaper).to.deep.equal(onScreen);
      expect(new Set(onPaper).size).to.equal(2);
    });

    it('marks a message that never reached the council as not sent', () => {
      const state = {
        ...initialChatState,
        messages: [
          {
            key: 'c1',
            clientId: 'c1',
            sender: 'resident' as const,
            text: 'Are you there?',
            time: '2026-12-03T10:00:00Z',
            delivery: 'failed' as const,
          },
        ],
      };

      const record = buildTranscriptRecord(state, {
        councilName: 'Harbourside Borough Council',
        teamName: 'Customer Services',
        locale: 'en-GB',
        siteOrigin: location.origin,
      });

      expect(record.entries[0]).to.include({ kind: 'message', status: 'Not sent' });
    });

    it('replaces the previous print frame instead of adding another', async () => {
      const { element, captured } = await chatWithRecordButtons(messageEvent(1, 'agent', 'Hello.'));

      clickRecordButton(element, 'print');
      clickRecordButton(element, 'print');

      expect(captured.printed).to.have.length(2);
      expect(allInPanel(element, '.print-frame')).to.have.length(1);
    });
  });

  describe('a long conversation', () => {
    const count = 200;
    const senders = ['You', 'Amira', 'Sam'];

    function longConversation() {
      const events = [];
      for (let index = 1; index <= count; index++) {
        if (index === 120)
          events.push({ type: 'agent-joined', agent: revenuesAgent, transfer: true });
        const agent = index < 120 ? testAgent : revenuesAgent;
        events.push(
          index % 2 === 1
            ? messageEvent(index, 'resident', `Question number ${index} from the resident.`)
            : messageEvent(index, 'agent', `Answer number ${index} from ${agent.name}.`, agent),
        );
      }
      return events;
    }

    it('holds the first and last message and every sender', async () => {
      const { element } = await chatWithRecordButtons(...longConversation());

      clickRecordButton(element, 'print');
      const lines = messageLines(printedDocument(element));

      expect(lines).to.have.length(count);
      expect(lines[0]).to.equal('You|Question number 1 from the resident.');
      expect(lines.at(-1)).to.equal(`Sam|Answer number ${count} from Sam.`);
      expect(new Set(lines.map((line) => line.split('|')[0]))).to.deep.equal(new Set(senders));
    });

    /** The printed record's pages, printed to PDF by the browser under test. */
    async function printedPages(element: CouncilChat): Promise<number> {
      clickRecordButton(element, 'print');
      const doc = printedDocument(element);
      const css = doc.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');

      return executeServerCommand<number, { html: string; css: string }>('pdf-page-count', {
        html: `<!doctype html>${doc.documentElement.outerHTML}`,
        css,
      });
    }

    it('takes more than one page as a PDF, where a short one takes one', async () => {
      const long = await chatWithRecordButtons(...longConversation());
      const longPages = await printedPages(long.element);
      long.element.remove();
      const short = await chatWithRecordButtons(...longConversation().slice(0, 3));

      const shortPages = await printedPages(short.element);

      expect(longPages).to.be.greaterThan(1);
      expect(shortPages).to.equal(1);
    });
  });

  describe('hostile content', () => {
    const script = '<script>alert(1)</script>';
    const scriptLink = 'javascript:alert(document.cookie)';
    const image = 'Here you go <img src=x onerror=alert(2)>';
    const hostile = () => [
      messageEvent(1, 'resident', `Is this safe? ${script}`),
      messageEvent(2, 'agent', `Click ${scriptLink} now`),
      messageEvent(3, 'agent', image),
    ];

    it('prints markup and javascript: addresses as text, with no live link or script', async () => {
      const { element } = await chatWithRecordButtons(...hostile());

      clickRecordButton(element, 'print');
      const doc = printedDocument(element);
      await aTimeout(50);

      expect(doc.querySelectorAll('script, img, iframe, object, embed')).to.have.length(0);
      expect(linkAddresses(doc)).to.deep.equal([]);
      expect(messageLines(doc)).to.deep.equal([
        `You|Is this safe? ${script}`,
        `Amira|Click ${scriptLink} now`,
        `Amira|${image}`,
      ]);
    });

    it('downloads markup and javascript: addresses as text, no live link or script', async () => {
      const { element, captured } = await chatWithRecordButtons(...hostile());

      clickRecordButton(element, 'download');
      const file = captured.saved[0];
      const source = await file.text();
      const doc = await parseFile(file);

      expect(source).to.not.match(/<script|<img|javascript:alert\(document\.cookie\)"/i);
      expect(source).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(doc.querySelectorAll('script, img, iframe, object, embed')).to.have.length(0);
      expect(linkAddresses(doc)).to.deep.equal([]);
      expect(messageLines(doc)).to.deep.equal([
        `You|Is this safe? ${script}`,
        `Amira|Click ${scriptLink} now`,
        `Amira|${image}`,
      ]);
      expect(
        doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
      ).to.contain("default-src 'none'");
    });
  });

  describe('download', () => {
    it('saves a self-contained HTML file with the same content as the printed record', async () => {
      const { element, captured } = await chatWithRecordButtons(
        messageEvent(1, 'resident', 'Can I pay by phone?'),
        messageEvent(2, 'agent', 'Yes: tel:+441234567890 or https://example.org/pay.'),
      );

      clickRecordButton(element, 'print');
      clickRecordButton(element, 'download');
      const file = captured.saved[0];
      const doc = await parseFile(file);
      const printed = printedDocument(element);

      expect(captured.saved).to.have.length(1);
      expect(file.name).to.equal('web-chat-HBC-123456.html');
      expect(file.type).to.match(/^text\/html/);
      expect(doc.querySelector('h1')!.textContent).to.equal(
        printed.querySelector('h1')!.textContent,
      );
      expect(doc.querySelector('.details')!.textContent).to.equal(
        printed.querySelector('.details')!.textContent,
      );
      expect(messageLines(doc)).to.deep.equal(messageLines(printed));
      expect(linkAddresses(doc)).to.deep.equal(['tel:+441234567890', 'https://example.org/pay']);
      expect(doc.querySelector('style')!.textContent).to.contain('@page');
      expect(doc.querySelectorAll('link, script')).to.have.length(0);
    });

    it('names the file by date when the backend gives no reference', () => {
      const state = {
        ...initialChatState,
        messages: [
          { key: 'a', sender: 'agent' as const, text: 'Hello', time: '2026-03-29T00:59:30Z' },
        ],
      };
      const record = buildTranscriptRecord(state, {
        councilName: 'Harbourside Borough Council',
        teamName: 'Customer Services',
        locale: 'en-GB',
        siteOrigin: location.origin,
      });
      const saved: File[] = [];

      const file = downloadTranscript(record, (chosen) => saved.push(chosen));

      expect(saved).to.deep.equal([file]);
      expect(file.name).to.equal('web-chat-2026-03-29.html');
    });
  });

  describe('right-to-left languages', () => {
    it("sets the record's language and direction, and each message keeps its own", async () => {
      const state = {
        ...initialChatState,
        messages: [
          {
            key: 'a',
            sender: 'agent' as const,
            text: 'مرحبا، كيف يمكنني مساعدتك؟',
            time: '2026-12-03T10:00:00Z',
          },
        ],
      };
      const record = buildTranscriptRecord(state, {
        councilName: 'Harbourside Borough Council',
        teamName: 'Customer Services',
        locale: 'ar',
        siteOrigin: location.origin,
      });

      const doc = await parseFile(transcriptFile(record));

      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      expect(doc.querySelector('.text')!.getAttribute('dir')).to.equal('auto');
    });
  });

  describe('under a strict Content-Security-Policy with Trusted Types', () => {
    interface StrictPageResult {
      error?: string;
      violations: string[];
      senderWeight: string;
      printedLines: string[];
      downloadedHasScript: boolean;
      evalBlocked: boolean;
      trustedTypesEnforced: boolean;
    }

    it('prints and downloads without breaking the policy', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/strict-csp/print-record.html';
      frame.title = 'Strict policy page';
      document.body.append(frame);

      await waitUntil(
        () => (frame.contentWindow as { printResult?: StrictPageResult } | null)?.printResult,
        'the strict page did not report',
        { timeout: 15_000 },
      );
      const result = (frame.contentWindow as unknown as { printResult: StrictPageResult })
        .printResult;
      frame.remove();

      expect(result.evalBlocked, 'the policy is in force').to.be.true;
      expect(result.error).to.equal(undefined);
      expect(result.violations).to.deep.equal([]);
      expect(result.senderWeight).to.equal('700');
      expect(result.printedLines).to.deep.equal(['Amira|Here you go <script>alert(1)</script>']);
      expect(result.downloadedHasScript).to.be.false;
      expect(result.trustedTypesEnforced).to.be.true;
    });
  });

  describe('the print function', () => {
    it("hands the frame's own window to the print call, once", () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      const record = buildTranscriptRecord(initialChatState, {
        councilName: 'Harbourside Borough Council',
        teamName: 'Customer Services',
        locale: 'en-GB',
        siteOrigin: location.origin,
      });
      const calls: Window[] = [];

      const frame = printTranscript(record, root, (frameWindow) => calls.push(frameWindow));

      expect(calls).to.deep.equal([frame.contentWindow]);
      expect(frame.contentDocument!.querySelector('h1')!.textContent).to.equal(
        'Record of your web chat with Harbourside Borough Council',
      );
      host.remove();
    });
  });
});
