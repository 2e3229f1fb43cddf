import { expect, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { allInPanel, inPanel, launcherOf, sendFromComposer } from '../helpers/chat-fixture.js';
import { type AccessibilityNode, accessibilityTree } from '../helpers/devtools.js';
import { shadowRootsOf } from '../helpers/overflow.js';
import { type WidgetState, widgetIn, widgetStates } from '../helpers/widget-states.js';

/** Roles a resident operates, or finds their way by. */
const controlRoles = new Set([
  'button',
  'link',
  'textbox',
  'log',
  'complementary',
  'heading',
  'checkbox',
  'radio',
  'combobox',
]);

function flatten(node: AccessibilityNode): AccessibilityNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** The widget's accessibility tree, or a skip where the browser has no DevTools protocol. */
async function treeOf(context: Mocha.Context): Promise<AccessibilityNode[]> {
  const tree = await accessibilityTree('council-chat');
  // Firefox is driven over WebDriver BiDi, which exposes no accessibility tree.
  if (!tree) context.skip();
  return flatten(tree!);
}

/**
 * How many of the widget's own controls the DOM has, to compare with the tree: in every shadow
 * root of the widget, since the exit survey draws its controls inside a shadow root of its own.
 */
function domControls(element: CouncilChat) {
  const visible = (node: Element) => (node as HTMLElement).offsetParent !== null;
  const all = (selector: string) =>
    shadowRootsOf(element)
      .flatMap((root) => [...root.querySelectorAll(selector)])
      .filter(visible).length;
  return { button: all('button'), link: all('a[href]'), textbox: all('textarea') };
}

describe("Chromium's accessibility tree (DevTools protocol)", () => {
  it('is accessible in the state checked first', async () => {
    const { element, transport } = await widgetIn('connected');

    await expectNoAxeViolations(element);
    transport.dispose();
  });

  for (const lang of ['en-GB', 'cy']) {
    describe(`in ${lang}`, () => {
      for (const state of widgetStates) {
        it(`gives every control a role and a name: ${state}`, async function () {
          const { element, transport } = await widgetIn(state as WidgetState, lang);
          if (state === 'error') {
            await sendFromComposer(element, 'Hello?');
            await waitUntil(() => inPanel(element, '.link-button'), 'no Try again button');
          }

          const nodes = await treeOf(this);

          const unnamed = nodes
            .filter((node) => controlRoles.has(node.role) && node.name.trim() === '')
            .map((node) => node.role);
          expect(unnamed, 'controls without a name').to.deep.equal([]);
          const counted = (role: string) => nodes.filter((node) => node.role === role).length;
          const expected = domControls(element);
          expect(counted('button'), 'buttons in the tree').to.equal(expected.button);
          expect(counted('link'), 'links in the tree').to.equal(expected.link);
          expect(counted('textbox'), 'text fields in the tree').to.equal(expected.textbox);
          expect(counted('complementary'), 'the widget landmark').to.equal(1);
          transport.dispose();
        });
      }
    });
  }

  it('names every button after the words it shows (WCAG 2.5.3 Label in Name)', async function () {
    const { element, transport } = await widgetIn('idle-warning');

    const nodes = await treeOf(this);

    const names = nodes.filter((node) => node.role === 'button').map((node) => node.name);
    const shown = [launcherOf(element), ...allInPanel(element, 'button')]
      .filter((button) => !button.classList.contains('close'))
      .map((button) => button.querySelector('.launcher-label')?.textContent ?? button.textContent)
      .map((text) => text!.replace(/\s+/g, ' ').trim());
    for (const text of shown) {
      expect(
        names.some((name) => name.includes(text)),
        `a button named with "${text}"`,
      ).to.be.true;
    }
    transport.dispose();
  });

  it('names the landmark, the conversation and the composer in Welsh', async function () {
    const { element, transport } = await widgetIn('connected', 'cy');

    const nodes = await treeOf(this);

    const named = (role: string) => nodes.find((node) => node.role === role)?.name;
    expect(named('complementary')).to.equal('Gwe-sgwrs gyda Harbourside Borough Council');
    expect(named('log')).to.equal('Sgwrs');
    expect(named('textbox')).to.equal('Eich neges');
    expect(element.open).to.be.true;
    transport.dispose();
  });
});
