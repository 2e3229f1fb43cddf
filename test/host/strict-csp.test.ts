import { expect, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import { hostileMessages } from '../helpers/hostile-content.js';
import {
  closeHostPages,
  closeWidget,
  expectNoAxeViolationsIn,
  type HostPage,
  inPanelOf,
  loadHostPage,
  openWidget,
  panelIn,
  sendMessage,
  widgetIn,
} from './host-page.js';

const strictPage = '/test/host/pages/strict-csp/conversation.html';

/** The policy a locked-down council site sends, directive by directive. */
const strictDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

function staffMessages(element: CouncilChat): string[] {
  const nodes = panelIn(element)?.shadowRoot?.querySelectorAll('.from-agent .text') ?? [];
  return [...nodes].map((node) => node.textContent ?? '');
}

/** Waits until staff have written `count` messages in all. */
async function staffReplies(element: CouncilChat, count: number): Promise<void> {
  await waitUntil(() => staffMessages(element).length >= count, `staff did not write ${count}`, {
    timeout: 10_000,
  });
}

/** Whether the browser enforces Trusted Types at all. */
function enforcesTrustedTypes(page: HostPage): boolean {
  return 'trustedTypes' in page.window;
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => {
    closeHostPages();
    sessionStorage.clear();
  });

  it('is accessible under the strict policy', async () => {
    // axe-core joins this page from its own tag: under Trusted Types a test cannot add one.
    const page = await loadHostPage('/test/host/pages/strict-csp/with-axe.html');
    const element = await widgetIn(page);

    await openWidget(element);

    await expectNoAxeViolationsIn(page, element);
  });

  it('is served with the strict policy, and the page notices a violation', async () => {
    const response = await fetch(strictPage);
    const page = await loadHostPage(strictPage);
    await widgetIn(page);

    // A style attribute is exactly what the policy forbids; the page must see it refused.
    page.document.body.setAttribute('style', 'color: red');
    await waitUntil(() => page.window.pageProblems!.violations.length > 0, 'no violation seen');

    const policy = response.headers.get('content-security-policy')!.split(/\s*;\s*/);
    expect(policy).to.have.members(strictDirectives);
    expect(page.window.pageProblems!.violations[0]).to.contain('style-src');
  });

  it('holds a whole conversation with no violation, error or warning', async () => {
    const page = await loadHostPage(strictPage);
    const element = await widgetIn(page);
    const problems = page.window.pageProblems!;

    await openWidget(element);
    await sendMessage(element, 'How do I pay my council tax?');
    await staffReplies(element, 2);
    for (const hostile of hostileMessages) await sendMessage(element, hostile.text);
    await staffReplies(element, 2 + hostileMessages.length);
    await sendMessage(element, "That's all, thank you. Bye");
    await waitUntil(() => inPanelOf(element, '.ended'), 'staff did not end the chat', {
      timeout: 10_000,
    });
    const answer = staffMessages(element).join(' ');
    const links = panelIn(element)!.shadowRoot!.querySelectorAll('.from-agent .text a').length;
    inPanelOf<HTMLButtonElement>(element, '.ended button')!.click();
    await waitUntil(() => inPanelOf(element, 'textarea'), 'no new chat offered');
    await closeWidget(element);

    expect(answer).to.contain('pay-council-tax.html');
    expect(links).to.be.above(0);
    const avatar = element.shadowRoot!.querySelector('.launcher council-chat-avatar')!;
    expect(avatar.shadowRoot!.querySelector('img'), 'the team photo').to.exist;
    expect(problems.violations, 'policy violations').to.deep.equal([]);
    expect(problems.errors, 'uncaught errors').to.deep.equal([]);
    expect(problems.consoleErrors, 'console errors').to.deep.equal([]);
    expect(problems.warnings, 'console warnings').to.deep.equal([]);
  });

  it("creates only the Trusted Types policy named in the page's policy: lit-html", async function () {
    const page = await loadHostPage(strictPage);
    if (!enforcesTrustedTypes(page)) this.skip();
    const element = await widgetIn(page);

    await openWidget(element);
    await sendMessage(element, 'When is my bin day?');
    await staffReplies(element, 2);

    expect(page.window.pageProblems!.policies).to.deep.equal(['lit-html']);
    expect(page.window.pageProblems!.violations).to.deep.equal([]);
  });
});
