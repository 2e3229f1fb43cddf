import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

import { expectNoAxeViolations } from '../helpers/axe.js';
import { inPanel, settle } from '../helpers/chat-fixture.js';
import { setDefaultFontSize } from '../helpers/devtools.js';
import { applyTextSpacing, overflowProblems } from '../helpers/overflow.js';
import { type WidgetState, widgetIn } from '../helpers/widget-states.js';

const states: WidgetState[] = [
  'open',
  'queue',
  'connected',
  'transfer',
  'long-conversation',
  'idle-warning',
  'error',
  'offline',
  'survey',
];

/** Welsh runs longest; Arabic runs right to left. */
const languages = ['en-GB', 'cy', 'ar'];

describe('reflow, text size and text spacing', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await setDefaultFontSize(16);
  });

  it('is accessible full-screen on a 320 px wide phone', async () => {
    await setViewport({ width: 320, height: 568 });
    const { element, transport } = await widgetIn('connected');

    await expectNoAxeViolations(element);

    const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();
    expect([frame.left, frame.top, frame.width]).to.deep.equal([0, 0, 320]);
    transport.dispose();
  });

  for (const lang of languages) {
    describe(`in ${lang}`, () => {
      for (const state of states) {
        it(`fits 320 px without sideways scrolling or cut text: ${state}`, async () => {
          await setViewport({ width: 320, height: 568 });
          const { element, transport } = await widgetIn(state, lang);

          expect(overflowProblems(element)).to.deep.equal([]);
          transport.dispose();
        });

        it(`takes WCAG text spacing at 320 px without cut text: ${state}`, async () => {
          await setViewport({ width: 320, height: 568 });
          const { element, transport } = await widgetIn(state, lang);

          const removeSpacing = applyTextSpacing(element);
          await settle(element);

          const letterSpacing = getComputedStyle(inPanel(element, '.status')!).letterSpacing;
          expect(parseFloat(letterSpacing), 'the spacing applied').to.be.above(1);
          expect(overflowProblems(element)).to.deep.equal([]);
          removeSpacing();
          transport.dispose();
        });

        // The widget's root is `font-size: medium` so that a host page's own font sizes do not
        // reach it; what it follows is the resident's text size, the browser's default font
        // size. Firefox is driven over WebDriver BiDi, which cannot change that setting, so this
        // runs in Chromium only.
        it(`takes the browser's text size at 200 % without cut text: ${state}`, async function () {
          await setViewport({ width: 1280, height: 800 });
          if (!(await setDefaultFontSize(32))) this.skip();
          const { element, transport } = await widgetIn(state, lang);

          const title = inPanel(element, '.title')!;
          expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(35);
          expect(overflowProblems(element)).to.deep.equal([]);
          transport.dispose();
        });
      }
    });
  }

  describe("with the browser's own text size at 200 %", () => {
    it('grows with it, fits, and keeps the panel usable (Chromium: DevTools protocol)', async function () {
      await setViewport({ width: 1280, height: 800 });
      // Firefox is driven over WebDriver BiDi, which cannot change the default font size.
      if (!(await setDefaultFontSize(32))) this.skip();
      const { element, transport } = await widgetIn('long-conversation', 'cy');

      const composer = inPanel(element, 'textarea')!;
      expect(parseFloat(getComputedStyle(composer).fontSize)).to.equal(32);
      expect(overflowProblems(element)).to.deep.equal([]);
      expect(composer.getBoundingClientRect().bottom).to.be.at.most(800);
      transport.dispose();
    });
  });
});
