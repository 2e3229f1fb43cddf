/**
 * A test-runner command, `emulate-timezone`, that runs the test page in another time zone
 * (`{ timezoneId: 'America/New_York' }`, or no id to go back to the machine's own). Answers
 * true when the browser did it and false when it cannot, so the test can say it skipped.
 */
export function emulateTimezonePlugin() {
  return {
    name: 'emulate-timezone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer') return false;

      const page = session.browser.getPage(session.id);
      try {
        await page.emulateTimezone(payload?.timezoneId || undefined);
        return true;
      } catch {
        return false;
      }
    },
  };
}
