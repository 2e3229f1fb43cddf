import { expect, waitUntil } from '@open-wc/testing';

import { announcementsSlot } from '../../src/element/live-regions.js';
import {
  closeHostPages,
  closeWidget,
  expectNoAxeViolationsIn,
  type HostPage,
  loadHostPage,
  openWidget,
  sendMessage,
  widgetIn,
} from './host-page.js';

/** One host element as the page sees it: attributes and every computed style property. */
interface ElementState {
  attributes: Record<string, string>;
  style: Record<string, string>;
  before: Record<string, string>;
  after: Record<string, string>;
}

function computedStyle(element: Element, pseudo?: string): Record<string, string> {
  const style = element.ownerDocument.defaultView!.getComputedStyle(element, pseudo);
  const values: Record<string, string> = {};
  for (let index = 0; index < style.length; index++) {
    const name = style.item(index);
    values[name] = style.getPropertyValue(name);
  }
  return values;
}

/** Every element of the page as it is now, in document order, named for failure messages. */
function snapshot(elements: readonly Element[]): Map<string, ElementState> {
  return new Map(
    elements.map((element, index) => [
      `${index}:${element.localName}${element.id ? `#${element.id}` : ''}`,
      {
        attributes: Object.fromEntries(
          element.getAttributeNames().map((name) => [name, element.getAttribute(name)!]),
        ),
        style: computedStyle(element),
        before: computedStyle(element, '::before'),
        after: computedStyle(element, '::after'),
      },
    ]),
  );
}

/** The differences between two snapshots, one line each, so a failure says what changed. */
function differences(expected: Map<string, ElementState>, actual: Map<string, ElementState>) {
  const found: string[] = [];
  for (const [name, state] of expected) {
    const now = actual.get(name)!;
    for (const part of ['attributes', 'style', 'before', 'after'] as const) {
      const keys = new Set([...Object.keys(state[part]), ...Object.keys(now[part])]);
      for (const key of keys) {
        if (state[part][key] !== now[part][key]) {
          found.push(`${name} ${part} ${key}: ${state[part][key]} → ${now[part][key]}`);
        }
      }
    }
  }
  return found;
}

/** Adds the widget to a page that was loaded without it, as the CMS template's tag would. */
function includeWidget(page: HostPage): HTMLScriptElement {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = '/src/index.ts';
  script.dataset.transport = 'mock';
  script.dataset.councilName = 'Harbourside Borough Council';
  page.document.head.append(script);
  return script;
}

const sizes = {
  'a desktop window': { width: 1024, height: 768 },
  'a phone, where the panel fills the screen': { width: 360, height: 640 },
};

describe('the host page is left untouched', () => {
  afterEach(() => {
    closeHostPages();
    sessionStorage.clear();
  });

  it('is accessible on a council page with a cookie banner', async () => {
    const page = await loadHostPage('/test/host/pages/untouched.html');
    includeWidget(page);
    const element = await widgetIn(page);

    await openWidget(element);

    await expectNoAxeViolationsIn(page, element);
  });

  for (const [name, size] of Object.entries(sizes)) {
    it(`keeps every host element's styles and attributes on ${name}`, async () => {
      const page = await loadHostPage('/test/host/pages/untouched.html', size);
      const hostElements = [...page.document.querySelectorAll('*')];
      const bodyStyle = page.document.body.getAttribute('style');
      const beforeLoad = snapshot(hostElements);
      const styleSheets = page.document.styleSheets.length;

      const script = includeWidget(page);
      const element = await widgetIn(page);
      expect(differences(beforeLoad, snapshot(hostElements)), 'after loading').to.deep.equal([]);

      await openWidget(element);
      await sendMessage(element, 'How do I pay my council tax?');
      expect(differences(beforeLoad, snapshot(hostElements)), 'while open').to.deep.equal([]);

      await closeWidget(element);
      await waitUntil(() => !element.open, 'the panel did not close');
      expect(differences(beforeLoad, snapshot(hostElements)), 'after closing').to.deep.equal([]);

      expect(page.document.body.getAttribute('style')).to.equal(bodyStyle);
      expect(page.document.styleSheets.length, 'style sheets added to the page').to.equal(
        styleSheets,
      );
      expect(page.document.adoptedStyleSheets).to.have.length(0);
      const added = [...page.document.querySelectorAll('*')].filter(
        (node) => !hostElements.includes(node),
      );
      // The widget's live regions are children of its own element, on purpose (see
      // src/element/live-regions.ts); nothing else is added, and nothing outside the widget.
      const insideWidget = added.filter((node) => node !== element && element.contains(node));
      expect(added.filter((node) => !insideWidget.includes(node))).to.deep.equal([script, element]);
      const others = insideWidget.filter((node) => !node.closest(`[slot="${announcementsSlot}"]`));
      expect(others, 'light-DOM children other than the live regions').to.deep.equal([]);
      expect(page.window.pageProblems!.errors).to.deep.equal([]);
    });
  }
});
