import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { expectNoAxeViolations } from '../helpers/axe.js';
import { allInPanel, inPanel, launcherOf, openPanel, settle } from '../helpers/chat-fixture.js';
import { backgroundBehind, contrast, parseColour } from '../helpers/colour.js';
import { emulateMediaFeatures, focusPage } from '../helpers/devtools.js';
import { type WidgetState, widgetIn } from '../helpers/widget-states.js';

/** Every boundary a resident needs to see, by selector inside the panel. */
const boundaries = [
  '.panel',
  '.header',
  '.bubble',
  '.notice',
  '.composer',
  'textarea',
  'button',
  '.idle-warning',
  '.ended',
];

/** The colour of the border on `side`, if one is drawn. */
function border(node: Element, side: 'top' | 'bottom' | 'left' | 'right') {
  const style = getComputedStyle(node);
  const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
  const drawn = style.getPropertyValue(`border-${side}-style`) !== 'none' && width > 0;
  return drawn ? parseColour(style.getPropertyValue(`border-${side}-color`)) : undefined;
}

/** Whether a border on some side of `node` stands out from what is behind it. */
function hasVisibleBoundary(node: Element): boolean {
  const behind = backgroundBehind(node.parentElement ?? node);
  return (['top', 'bottom', 'left', 'right'] as const).some((side) => {
    const colour = border(node, side);
    return colour !== undefined && colour.a > 0 && contrast(colour, behind) >= 3;
  });
}

describe('forced colours and reduced motion (Chromium: DevTools protocol emulation)', () => {
  before(async function () {
    // Only Chromium can emulate these media features here; Firefox is driven over WebDriver
    // BiDi, which has no such emulation.
    if (!(await emulateMediaFeatures([]))) this.skip();
  });

  afterEach(() => emulateMediaFeatures([]));

  it('is accessible in forced colours', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const { element, transport } = await widgetIn('connected');

    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    await expectNoAxeViolations(element);
    transport.dispose();
  });

  describe('in forced colours (Windows high contrast)', () => {
    const states: WidgetState[] = ['connected', 'transfer', 'idle-warning', 'error', 'survey'];

    for (const state of states) {
      it(`keeps every control and boundary visible: ${state}`, async () => {
        await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const { element, transport } = await widgetIn(state);

        const nodes = [launcherOf(element), ...allInPanel(element, boundaries.join(', '))];
        const invisible = nodes
          .filter((node) => !hasVisibleBoundary(node))
          .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);

        expect(nodes.length).to.be.above(5);
        expect(invisible).to.deep.equal([]);
        transport.dispose();
      });
    }

    it('keeps the focus indicator', async () => {
      await focusPage();
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const { element, transport } = await widgetIn('connected');

      inPanel<HTMLTextAreaElement>(element, 'textarea')!.focus();
      await sendKeys({ press: 'Tab' });
      const send = inPanel<HTMLButtonElement>(element, '.send')!;
      const style = getComputedStyle(send);

      expect(send.matches(':focus-visible'), 'focused from the keyboard').to.be.true;

      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      transport.dispose();
    });
  });

  describe('motion', () => {
    it('opens the panel with a short movement when motion is welcome', async () => {
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      const { element, transport } = await widgetIn('closed');

      await openPanel(element);

      const frame = element.shadowRoot!.querySelector('.panel-frame')!;
      expect(frame.getAnimations().length).to.be.above(0);
      transport.dispose();
    });

    it('moves nothing for residents who asked for reduced motion', async () => {
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const { element, transport } = await widgetIn('closed');

      await openPanel(element);
      transport.playScenario('transfer');
      await settle(element);

      const roots = [element.shadowRoot!, inPanel(element, '.panel')!.getRootNode() as ShadowRoot];
      const moving = roots.flatMap((root) => root.getAnimations());
      const transitions = roots.flatMap((root) =>
        [...root.querySelectorAll('*')].filter(
          (node) => parseFloat(getComputedStyle(node).transitionDuration) > 0,
        ),
      );
      expect(moving).to.have.length(0);
      expect(transitions).to.have.length(0);
      transport.dispose();
    });
  });
});
