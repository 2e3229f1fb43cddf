import { expect, waitUntil } from '@open-wc/testing';

import {
  closeHostPages,
  expectNoAxeViolationsIn,
  loadHostPage,
  openWidget,
  sendMessage,
  widgetIn,
} from './host-page.js';

/** Conversations the mock backend holds in this tab (it keeps one entry per chat). */
function mockConversations(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('council-chat-mock:'));
}

const pages = {
  'the same address twice': 'double-include-same.html',
  'two addresses (/src/index.ts and /src/index.ts?v=2)': 'double-include-different.html',
  'the element in the page and two tags from different addresses':
    'double-include-with-element.html',
  'an async tag in the head, before the body exists': 'async-in-head.html',
};

describe('the script included more than once', () => {
  // The mock backend keeps its chats in localStorage, as a server shared by every tab would.
  const forgetChats = () => {
    sessionStorage.clear();
    localStorage.clear();
  };

  beforeEach(forgetChats);
  afterEach(() => {
    closeHostPages();
    forgetChats();
  });

  it('is accessible when added by the script tag', async () => {
    const page = await loadHostPage('/test/host/pages/double-include-same.html');
    const element = await widgetIn(page);

    await openWidget(element);

    await expectNoAxeViolationsIn(page, element);
  });

  for (const [name, file] of Object.entries(pages)) {
    it(`gives one element and one conversation, from ${name}`, async () => {
      const page = await loadHostPage(`/test/host/pages/${file}`);
      const element = await widgetIn(page);

      await openWidget(element);
      await sendMessage(element, 'How do I pay my council tax?');
      await waitUntil(() => mockConversations().length > 0, 'no chat started');

      expect(page.document.querySelectorAll('council-chat')).to.have.length(1);
      expect(mockConversations()).to.have.length(1);
      const problems = page.window.pageProblems!;
      expect(problems.errors, 'uncaught errors').to.deep.equal([]);
      expect(problems.consoleErrors, 'console errors').to.deep.equal([]);
      expect(problems.warnings.length, 'console warnings').to.be.at.most(1);
    });
  }

  it('configures the element from the first script tag with settings', async () => {
    const page = await loadHostPage('/test/host/pages/double-include-different.html');

    const element = await widgetIn(page);

    expect(element.getAttribute('team-name')).to.equal('Customer Services');
    expect(element.getAttribute('transport')).to.equal('mock');
    expect(element.parentElement).to.equal(page.document.body);
    expect(page.document.body.lastElementChild).to.equal(element);
  });

  it('leaves an element written in the page as the page wrote it', async () => {
    const page = await loadHostPage('/test/host/pages/double-include-with-element.html');

    const element = await widgetIn(page);

    expect(element.getAttribute('team-name')).to.equal('Customer Services');
    expect(element.hasAttribute('council-name')).to.be.false;
  });

  it('adds the element once the body exists when the tag is async in the head', async () => {
    const page = await loadHostPage('/test/host/pages/async-in-head.html');

    const element = await widgetIn(page);

    expect(element.parentElement).to.equal(page.document.body);
    expect(element.getAttribute('position')).to.equal('bottom-left');
  });
});
