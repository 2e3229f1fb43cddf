import { expect } from '@open-wc/testing';

import { linkify } from '../../src/views/transcript/linkify.js';

const site = 'https://www.harbourside.example';

describe('linkify', () => {
  it('links a web address, leaving the sentence around it as text', () => {
    const parts = linkify(`Pay here: ${site}/pay.html. Thanks`, site);

    expect(parts).to.deep.equal([
      { kind: 'text', text: 'Pay here: ' },
      { kind: 'link', text: `${site}/pay.html`, href: `${site}/pay.html`, external: false },
      { kind: 'text', text: '. Thanks' },
    ]);
  });

  it('marks addresses on other sites as external', () => {
    const [, link] = linkify('See https://www.gov.uk/council-tax', site);

    expect(link).to.include({ kind: 'link', external: true });
  });

  it('links mailto and tel, and www. addresses as https', () => {
    const links = linkify('mailto:help@example.org or tel:+441234567890 or www.gov.uk', site)
      .filter((part) => part.kind === 'link')
      .map((part) => (part.kind === 'link' ? part.href : ''));

    expect(links).to.deep.equal([
      'mailto:help@example.org',
      'tel:+441234567890',
      'https://www.gov.uk/',
    ]);
  });

  it('never links javascript:, data: or vbscript: addresses', () => {
    const text = 'javascript:alert(1) JaVaScRiPt:alert(1) data:text/html,x vbscript:msgbox';

    expect(linkify(text, site).every((part) => part.kind === 'text')).to.be.true;
  });

  it('keeps a closing bracket that belongs to the address', () => {
    const [, link] = linkify('(see https://en.wikipedia.org/wiki/Tide_(disambiguation))', site);

    expect(link).to.include({ text: 'https://en.wikipedia.org/wiki/Tide_(disambiguation)' });
  });

  it('drops unmatched closing brackets and full stops however many follow an address', () => {
    const [link, rest] = linkify(`https://a.co/x${')'.repeat(1500)}${'.'.repeat(400)}`, site);

    expect(link).to.include({ kind: 'link', text: 'https://a.co/x' });
    expect(rest).to.deep.equal({ kind: 'text', text: `${')'.repeat(1500)}${'.'.repeat(400)}` });
  });

  it('leaves an "address" longer than any real one as text', () => {
    const text = `https://a.co/${'a'.repeat(3000)}`;

    expect(linkify(text, site)).to.deep.equal([{ kind: 'text', text }]);
  });

  it('links the first hundred addresses of a flood and leaves the rest as text', () => {
    const text = Array.from({ length: 150 }, (_, i) => `https://a.co/${i}`).join(' ');

    const parts = linkify(text, site);

    expect(parts.filter((part) => part.kind === 'link')).to.have.length(100);
    expect(parts.map((part) => part.text).join('')).to.equal(text);
  });
});
