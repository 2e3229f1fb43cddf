import { expect } from '@open-wc/testing';

import { defineCouncilChat } from '../../src/embed/define-council-chat.js';
import {
  addElementFromScriptTag,
  findOwnScripts,
  settingsFromScript,
} from '../../src/embed/script-tag.js';

/** A fresh custom element registry: the one of an empty frame. */
function freshRegistry(): { registry: CustomElementRegistry; remove: () => void } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  return { registry: frame.contentWindow!.customElements, remove: () => frame.remove() };
}

/** Calls `action` while recording console warnings instead of printing them. */
function recordWarnings(action: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A document of its own, with a base address so script addresses resolve as on a site. */
function siteDocument(body: string): Document {
  const page = document.implementation.createHTMLDocument('Council page');
  page.head.innerHTML = '<base href="https://www.council.example/pay/">';
  page.body.innerHTML = body;
  return page;
}

describe('defineCouncilChat', () => {
  it('defines the element once, and a second copy of the script steps aside with one warning', () => {
    const { registry, remove } = freshRegistry();
    class FirstCopy extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    class ThirdCopy extends HTMLElement {}
    const flags = {};
    let results: boolean[] = [];

    const warnings = recordWarnings(() => {
      results = [FirstCopy, SecondCopy, ThirdCopy, FirstCopy].map((copy) =>
        defineCouncilChat(copy, registry, flags),
      );
    });

    expect(results).to.deep.equal([true, false, false, false]);
    expect(registry.get('council-chat')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<council-chat>').and.contain('more than once');
    remove();
  });
});

describe('configuration on the script tag', () => {
  it('reads the element settings from data- attributes and nothing else', () => {
    const page = siteDocument(
      '<script type="module" src="/js/council-chat.js" data-transport="mock" ' +
        'data-team-name="Revenues" data-position="bottom-left" data-open ' +
        'data-cookieconsent="ignore"></script>',
    );

    const settings = settingsFromScript(page.querySelector('script')!);

    expect(settings).to.deep.equal([
      ['transport', 'mock'],
      ['team-name', 'Revenues'],
      ['position', 'bottom-left'],
    ]);
  });

  it('finds its own tags by address, and by file name when a CDN redirected it', () => {
    const page = siteDocument(
      '<script type="module" src="https://cdn.example/council-chat@1.4.2/dist/council-chat.js">' +
        '</script><script type="module" src="/js/other.js"></script>',
    );

    const exact = findOwnScripts(
      'https://cdn.example/council-chat@1.4.2/dist/council-chat.js',
      page,
    );
    const redirected = findOwnScripts(
      'https://cdn.example/council-chat@1/dist/council-chat.js',
      page,
    );
    const unrelated = findOwnScripts('https://cdn.example/widget.js', page);

    expect(exact).to.have.length(1);
    expect(redirected).to.deep.equal(exact);
    expect(unrelated).to.deep.equal([]);
  });

  it('adds a configured element at the end of the body, and none when the page has one', () => {
    const withoutElement = siteDocument(
      '<main></main><script type="module" src="/js/council-chat.js" data-transport="mock"></script>',
    );
    const withElement = siteDocument(
      '<council-chat transport="mock"></council-chat>' +
        '<script type="module" src="/js/council-chat.js" data-transport="other"></script>',
    );
    const unconfigured = siteDocument('<script type="module" src="/js/council-chat.js"></script>');
    const address = 'https://www.council.example/js/council-chat.js';

    addElementFromScriptTag(address, withoutElement);
    addElementFromScriptTag(address, withElement);
    addElementFromScriptTag(address, unconfigured);

    expect(withoutElement.body.lastElementChild!.outerHTML).to.equal(
      '<council-chat transport="mock"></council-chat>',
    );
    expect(withElement.querySelectorAll('council-chat')).to.have.length(1);
    expect(withElement.querySelector('council-chat')!.getAttribute('transport')).to.equal('mock');
    expect(unconfigured.querySelector('council-chat')).to.equal(null);
  });
});
