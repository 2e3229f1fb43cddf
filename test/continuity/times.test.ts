import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

import type { OutgoingMessage } from '../../src/transport/transport.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';
import { SiteFrame } from '../helpers/site-frame.js';

/** Runs the test page in another time zone; false where the browser cannot. */
function emulateTimezone(timezoneId?: string): Promise<boolean> {
  return executeServerCommand<boolean, { timezoneId?: string }>('emulate-timezone', {
    timezoneId,
  });
}

/**
 * Two messages either side of 01:00 UTC on 29 March 2026, when UK clocks go forward: the
 * resident's at 00:59:30 UTC (still GMT), and the staff reply given in British Summer Time.
 */
function nightTheClocksChange(transport: ScriptedTransport) {
  const [question] = transport
    .named('sendMessage')
    .map((command) => command.args[0] as OutgoingMessage);
  return [
    { type: 'chat-started', chatId: 'chat-1' },
    { type: 'agent-joined', agent: testAgent },
    {
      type: 'message',
      id: 'm1',
      clientId: question.clientId,
      sender: 'resident',
      text: question.text,
      time: '2026-03-29T00:59:30Z',
      seq: 1,
    },
    {
      type: 'message',
      id: 'm2',
      sender: 'agent',
      agent: testAgent,
      text: 'Yes, at 1am the clocks go forward an hour.',
      time: '2026-03-29T02:30:00+01:00',
      seq: 2,
    },
  ] as const;
}

function shownTimes(root: Parameters<typeof allInPanel>[0]) {
  return allInPanel(root, '.message time').map((time) => ({
    text: time.textContent,
    datetime: time.getAttribute('datetime'),
  }));
}

describe('message times', () => {
  let otherZone = false;

  before(async () => {
    otherZone = await emulateTimezone('America/New_York');
  });

  after(async () => {
    if (otherZone) await emulateTimezone();
  });

  it('is accessible with times from the backend', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    await sendFromComposer(element, 'Do the clocks change tonight?');

    transport.emit(...nightTheClocksChange(transport));
    await settle(element);

    expect(shownTimes(element)).to.have.length(2);
    await expectNoAxeViolations(element);
  });

  it("shows backend times in the resident's zone, the same after a reload", async function () {
    // Chromium (DevTools protocol) and a Firefox with WebDriver BiDi's time-zone override
    // (ESR 153 here) can change the page's time zone; without it this check cannot run.
    if (!otherZone) this.skip();
    const page = await SiteFrame.open({
      storageKey: `times-${crypto.randomUUID()}`,
      transport: 'scripted',
    });
    const pageIntl = (page.window as unknown as typeof globalThis).Intl;
    expect(pageIntl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    await openPanel(page.element);
    await sendFromComposer(page.element, 'Do the clocks change tonight?');
    const transport = page.window.testTransport as ScriptedTransport;

    transport.emit(...nightTheClocksChange(transport));
    await settle(page.element);
    const live = shownTimes(page.element);
    await page.reload();
    await page.chatShown();
    await waitUntil(() => shownTimes(page.element).length === 2, 'the transcript did not return');

    // 00:59:30 UTC and 01:30 UTC are 20:59 and 21:30 on 28 March in New York (UTC-4).
    expect(live).to.deep.equal([
      { text: '20:59', datetime: '2026-03-29T00:59:30Z' },
      { text: '21:30', datetime: '2026-03-29T02:30:00+01:00' },
    ]);
    expect(shownTimes(page.element)).to.deep.equal(live);
    page.remove();
  });

  it('reads the UK clock change right for a resident in London', async function () {
    if (!otherZone || !(await emulateTimezone('Europe/London'))) this.skip();
    const page = await SiteFrame.open({
      storageKey: `times-${crypto.randomUUID()}`,
      transport: 'scripted',
    });
    await openPanel(page.element);
    await sendFromComposer(page.element, 'Do the clocks change tonight?');
    const transport = page.window.testTransport as ScriptedTransport;

    transport.emit(...nightTheClocksChange(transport));
    await settle(page.element);

    // Still GMT a moment before 01:00 UTC; British Summer Time (UTC+1) after it.
    expect(shownTimes(page.element).map((time) => time.text)).to.deep.equal(['00:59', '02:30']);
    page.remove();
  });
});
