import { expect } from '@open-wc/testing';

import { contrastRatio, parseColour, toHex } from '../../src/config/contrast.js';

describe('colour contrast', () => {
  it('rates black on white 21:1 and a colour on itself 1:1', () => {
    const black = parseColour('#000000')!;
    const white = parseColour('white')!;

    expect(contrastRatio(black, white)).to.be.closeTo(21, 0.001);
    expect(contrastRatio(white, black)).to.be.closeTo(21, 0.001);
    expect(contrastRatio(white, white)).to.equal(1);
  });

  it('matches published WCAG figures', () => {
    // #767676 on white is the lightest grey that passes AA, at 4.54:1.
    expect(contrastRatio(parseColour('#767676')!, parseColour('#ffffff')!)).to.be.closeTo(
      4.54,
      0.01,
    );
  });

  it('reads every colour syntax the browser knows', () => {
    expect(parseColour('rebeccapurple')).to.deep.equal({ r: 102, g: 51, b: 153 });
    expect(parseColour('rgb(11 79 108)')).to.deep.equal({ r: 11, g: 79, b: 108 });
    expect(parseColour('hsl(0 100% 50%)')).to.deep.equal({ r: 255, g: 0, b: 0 });
    expect(toHex(parseColour('oklch(62.8% 0.2577 29.23)')!)).to.equal('#ff0000');
  });

  it('flattens a see-through colour onto white', () => {
    const half = parseColour('rgb(0 0 0 / 0.5)')!;

    expect(half.r).to.be.within(127, 128);
    expect(half.g).to.equal(half.r);
  });

  it('refuses what is not a colour', () => {
    for (const value of ['', 'not-a-colour', '12px', 'red; color: blue']) {
      expect(parseColour(value), value).to.equal(undefined);
    }
  });
});
