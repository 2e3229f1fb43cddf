// Tests run in the system's real browsers, never in a downloaded one: Debian's `chromium` and
// `firefox-esr` by default, or any Chrome and Firefox named by CHROME_PATH and FIREFOX_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

import { devtoolsCommands } from './scripts/devtools-commands.mjs';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testPagesMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    devtoolsCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromiumArgs },
    }),
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
      },
    }),
  ],
};
