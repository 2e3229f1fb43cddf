import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import { linkify } from '../../src/views/transcript/linkify.js';

const site = 'https://www.council.example';

/** Pieces that hostile messages are made of, so random text hits the interesting cases. */
const fragments = fc.constantFrom(
  'https://',
  'http://',
  'www.',
  'mailto:',
  'tel:',
  'javascript:',
  'JaVaScRiPt:',
  'data:',
  'vbscript:',
  '//',
  '@',
  ':',
  '?attach=',
  '&#106;',
  'evil.example',
  'council.example',
  '/path',
  '(',
  ')',
  '"',
  '<',
  '>',
  ' ',
  '\t',
  '\n',
  '\u202e',
  '\u200b',
  '+44 1632 960000',
  'alert(1)',
);
const hostileText = fc
  .array(fc.oneof(fragments, fc.string()), { maxLength: 20 })
  .map((parts) => parts.join(''));

describe('linkify', () => {
  it('loses and adds no character: the parts put together are the message', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const joined = linkify(text, site)
          .map((part) => part.text)
          .join('');
        expect(joined).to.equal(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('only ever links http, https, mailto and tel addresses without user names', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const part of linkify(text, site)) {
          if (part.kind !== 'link') continue;
          const url = new URL(part.href);
          expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(url.protocol);
          expect(url.username + url.password).to.equal('');
          expect(part.text).to.not.match(/[\s<>"\u202e\u200b]/u);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('opens the council’s own pages in the same tab and other sites in a new one', () => {
    const [, own, , other, , mail] = linkify(
      `See ${site}/pay, https://www.gov.uk/council-tax or mailto:help@council.example.`,
      site,
    );

    expect(own).to.include({ kind: 'link', external: false, href: `${site}/pay` });
    expect(other).to.include({ kind: 'link', external: true });
    expect(mail).to.include({ kind: 'link', external: false, href: 'mailto:help@council.example' });
  });

  it('keeps a telephone number and a mail subject, and refuses what they can hide', () => {
    expect(linkify('tel:+44-1632-960000', site)[0]).to.include({ kind: 'link' });
    expect(linkify('mailto:a@council.example?subject=Bins', site)[0]).to.include({ kind: 'link' });
    expect(linkify('tel:javascript:alert(1)', site)[0]).to.include({ kind: 'text' });
    expect(linkify('mailto:a@council.example?attach=/etc/passwd', site)[0]).to.include({
      kind: 'text',
    });
  });
});
