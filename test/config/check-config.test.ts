import { expect } from '@open-wc/testing';

import {
  checkBrandColour,
  checkPhoto,
  checkPosition,
  positions,
  unknownTransport,
} from '../../src/config/check-config.js';

const site = 'https://www.council.example/pay/';

describe('checking the configuration', () => {
  describe('position', () => {
    it('accepts each documented position and treats a missing one as the default', () => {
      for (const position of positions)
        expect(checkPosition(position)).to.deep.equal({ value: position });

      expect(checkPosition(null)).to.deep.equal({ value: 'bottom-end' });
      expect(checkPosition('')).to.deep.equal({ value: 'bottom-end' });
    });

    it('refuses an impossible position, says what is allowed, and falls back', () => {
      for (const impossible of ['top-middle', 'Bottom-Right', 'left', 'bottom-end ']) {
        const checked = checkPosition(impossible);

        expect(checked.value).to.equal('bottom-end');
        expect(checked.problem).to.include({ attribute: 'position', value: impossible });
        expect(checked.problem!.allowed).to.contain('bottom-end, bottom-start, bottom-right');
      }
    });
  });

  describe('photo', () => {
    it('resolves image addresses on the site and elsewhere', () => {
      expect(checkPhoto('/images/team.jpg', site).value).to.equal(
        'https://www.council.example/images/team.jpg',
      );
      expect(checkPhoto('team.jpg', site).value).to.equal(
        'https://www.council.example/pay/team.jpg',
      );
      expect(checkPhoto('https://cdn.example/a.png', site).value).to.equal(
        'https://cdn.example/a.png',
      );
      expect(checkPhoto('data:image/png;base64,iVBORw0KGgo=', site).value).to.match(
        /^data:image\/png/,
      );
      expect(checkPhoto(undefined, site)).to.deep.equal({ value: undefined });
    });

    it('refuses every address that is not an image, however it is written', () => {
      const hostile = [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        ' java\tscript:alert(1)',
        'java\nscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'http://[not a host',
      ];

      for (const value of hostile) {
        const checked = checkPhoto(value, site);

        expect(checked.value, value).to.equal(undefined);
        expect(checked.problem).to.include({ attribute: 'photo', value });
      }
    });
  });

  describe('brand colour', () => {
    it('accepts CSS colours', () => {
      for (const colour of ['#0b4f6c', 'rgb(11 79 108)', 'rebeccapurple', 'oklch(40% 0.1 230)']) {
        expect(checkBrandColour(colour)).to.deep.equal({ value: colour });
      }
    });

    it('refuses anything that is not one colour, including attempts to end the rule', () => {
      const refused = [
        'not-a-colour',
        '#12345',
        'red; } :host { display: none',
        'red}',
        'var(--anything)',
        'url(https://evil.example/x.png)',
      ];

      for (const value of refused) {
        const checked = checkBrandColour(value);

        expect(checked.value, value).to.equal(undefined);
        expect(checked.problem).to.include({ attribute: 'brand-color', value });
      }
    });
  });

  it('names the registered transports when the transport is unknown', () => {
    const problem = unknownTransport('genesys', ['mock', 'council-backend']);

    expect(problem).to.include({ attribute: 'transport', value: 'genesys' });
    expect(problem.allowed).to.contain('mock, council-backend');
  });
});
