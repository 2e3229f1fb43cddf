import { expect } from '@open-wc/testing';

import { expectNoAxeViolations } from '../helpers/axe.js';
import { allInPanel, inPanel, launcherOf } from '../helpers/chat-fixture.js';
import { backgroundBehind, contrast, parseColour } from '../helpers/colour.js';
import { widgetIn } from '../helpers/widget-states.js';

/** The contrast of a border side of `node` against what is behind `node`. */
function edgeContrast(node: Element, side = 'top'): number {
  const colour = parseColour(getComputedStyle(node).getPropertyValue(`border-${side}-color`))!;
  return contrast(colour, backgroundBehind(node.parentElement!));
}

/**
 * WCAG 1.4.11 asks 3:1 for the edges residents need to see. axe checks text against its
 * background (1.4.3); these are the edges and fills it does not check.
 */
describe('non-text contrast (WCAG 1.4.11)', () => {
  it('is accessible in the state measured', async () => {
    const { element, transport } = await widgetIn('transfer');

    await expectNoAxeViolations(element);
    transport.dispose();
  });

  it('gives bubbles, notices, the message field and the panel edges of 3:1 or more', async () => {
    const { element, transport } = await widgetIn('transfer');

    const edges = [
      ...allInPanel(element, '.bubble'),
      ...allInPanel(element, '.notice'),
      inPanel(element, 'textarea')!,
      inPanel(element, '.panel')!,
    ];

    for (const edge of edges) {
      expect(edgeContrast(edge), `${edge.className || edge.tagName} edge`).to.be.at.least(3);
    }
    transport.dispose();
  });

  it('makes buttons stand out from what surrounds them by 3:1 or more', async () => {
    const { element, transport } = await widgetIn('idle-warning');

    const filled = [launcherOf(element), inPanel(element, '.send')!];
    const outlined = [
      inPanel(element, '.end')!,
      inPanel(element, '.close')!,
      inPanel(element, '.idle-warning button')!,
    ];

    for (const button of filled) {
      const fill = parseColour(getComputedStyle(button).backgroundColor)!;
      const around = backgroundBehind(button.parentElement!);
      expect(contrast(fill, around), `${button.className} fill`).to.be.at.least(3);
    }
    for (const button of outlined) {
      expect(edgeContrast(button), `${button.className} edge`).to.be.at.least(3);
    }
    transport.dispose();
  });
});
