// Tests run in the system's real browsers, never in a downloaded one: Debian's `chromium` and
// `firefox-esr` by default, or any Chrome and Firefox named by CHROME_PATH and FIREFOX_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

import { devtoolsCommands } from './scripts/devtools-commands.mjs';
import { emulateTimezonePlugin } from './scripts/emulate-timezone-plugin.mjs';
import { pdfPageCountPlugin } from './scripts/pdf-page-count-plugin.mjs';
import { testPagesMiddleware } from './scripts/test-pages-middleware.mjs';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Chromium's background services try to reach Google's hosts; on a closed network each one
// fails slowly, so they are switched off.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `TEST_BROWSERS=chrome` (or `firefox`) runs one browser, for a quicker check while working. */
const only = process.env.TEST_BROWSERS?.split(',');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One test file at a time in each browser: a page in a background tab gets no animation
  // frames and throttled timers, which makes rendering and keyboard tests fail at random.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [testPagesMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    pdfPageCountPlugin(),
    emulateTimezonePlugin(),
    devtoolsCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromiumArgs },
      // Each test page is a resident of its own: the pages of one site share storage and
      // talk across tabs, so test files running side by side would otherwise share a chat.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
      },
    }),
  ].filter((launcher) => !only || only.some((name) => launcher.name.toLowerCase().includes(name))),
};
