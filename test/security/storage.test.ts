import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { CouncilChat } from '../../src/council-chat.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { inPanel, openPanel, sendFromComposer } from '../helpers/chat-fixture.js';

/** Everything a page can keep about a resident in the browser, as it is now. */
async function storedData() {
  const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
  const cacheNames = 'caches' in window ? await caches.keys() : [];
  return {
    sessionStorage: { ...sessionStorage },
    localStorage: { ...localStorage },
    cookies: document.cookie,
    databases: databases.map((database) => database.name),
    caches: cacheNames,
  };
}

/** Counts writes to either storage while a test runs. */
function countStorageWrites(): { count: () => number; stop: () => void } {
  const { setItem } = Storage.prototype;
  let writes = 0;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    writes++;
    setItem.call(this, key, value);
  };
  return { count: () => writes, stop: () => (Storage.prototype.setItem = setItem) };
}

describe('data kept in the browser', () => {
  let writes: ReturnType<typeof countStorageWrites>;

  beforeEach(() => {
    sessionStorage.clear();
    writes = countStorageWrites();
  });
  afterEach(() => {
    writes.stop();
    sessionStorage.clear();
  });

  it('is accessible with a draft written and not sent', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat transport="mock"></council-chat>`,
    );
    await openPanel(element);

    await sendKeys({ type: 'My address is 1 High Street' });

    await expectNoAxeViolations(element);
  });

  it('stores nothing when the resident opens the panel and types but does not send', async () => {
    // Other test files share this origin's local storage and cookies, so those are compared
    // before and after; this tab's session storage must stay empty.
    const before = await storedData();
    const element = await fixture<CouncilChat>(
      html`<council-chat transport="mock"></council-chat>`,
    );

    await openPanel(element);
    inPanel<HTMLTextAreaElement>(element, 'textarea')!.focus();
    await sendKeys({ type: 'My address is 1 High Street, my council tax number is 12345678' });
    await aTimeout(300);
    element.hide();
    await aTimeout(100);

    const after = await storedData();
    expect(after.sessionStorage).to.deep.equal({});
    expect(after).to.deep.equal(before);
    expect(writes.count(), 'writes to storage').to.equal(0);
  });

  it('starts storing only once the resident sends their first message', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat transport="mock"></council-chat>`,
    );
    await openPanel(element);

    await sendFromComposer(element, 'How do I pay my council tax?');
    await waitUntil(() => sessionStorage.length > 0, 'nothing was stored for the chat');

    expect(writes.count()).to.be.above(0);
    expect(Object.keys(sessionStorage).every((key) => key.startsWith('council-chat'))).to.be.true;
  });
});
