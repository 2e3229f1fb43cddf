// A test-runner command that prints a document to PDF in the test's own browser and says how
// many pages it took, so a test can check that a long conversation is not clipped to one page.
//
// In a test: `await executeServerCommand('pdf-page-count', { html, css })`, or `{ url }` for a
// page on the test server. It opens a fresh tab, so the test's page and its state are left
// alone, and uses the browser's own print layout (print media, A4): Chromium's through the
// DevTools protocol, Firefox's through WebDriver BiDi.
import { constants, inflateSync } from 'node:zlib';

/**
 * Pages in a PDF file, counted by its page objects (`/Type /Page`, not `/Type /Pages`).
 * Chromium writes page objects as plain text; Firefox packs them into compressed object
 * streams, so every compressed stream is unpacked and searched too.
 */
export function countPdfPages(pdf) {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  const texts = [raw];

  for (const match of raw.matchAll(/FlateDecode[^]*?stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end === -1) continue;
    try {
      const unpacked = inflateSync(bytes.subarray(start, end), {
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      texts.push(unpacked.toString('latin1'));
    } catch {
      // Not every stream is one this count needs (images, fonts); one that cannot be read
      // holds no page objects.
    }
  }

  return texts.join('\n').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

export function pdfPageCountPlugin() {
  return {
    name: 'pdf-page-count',

    async executeCommand({ command, payload, session }) {
      if (command !== 'pdf-page-count') return undefined;

      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `pdf-page-count needs a Puppeteer-driven browser, not ${session.browser.type}.`,
        );
      }
      if (!payload || (typeof payload.html !== 'string' && typeof payload.url !== 'string')) {
        throw new Error('pdf-page-count needs { html } or { url }, and optionally { css }.');
      }

      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browserContext().newPage();
      try {
        if (typeof payload.url === 'string') {
          await page.goto(new URL(payload.url, testPage.url()).href);
        } else {
          await page.setContent(payload.html);
        }
        if (typeof payload.css === 'string') await page.addStyleTag({ content: payload.css });

        const pdf = await page.pdf({ format: 'A4' });
        return countPdfPages(pdf);
      } finally {
        await page.close();
      }
    },
  };
}
