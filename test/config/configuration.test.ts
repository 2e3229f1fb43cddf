import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

import type { CouncilChat } from '../../src/council-chat.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { inPanel, openPanel, sendFromComposer, transcriptTexts } from '../helpers/chat-fixture.js';
import { captureConsole, type CapturedConsole } from '../helpers/console-capture.js';
import { motionDone } from '../helpers/widget-states.js';

function launcherImage(element: CouncilChat): HTMLImageElement | null {
  const avatar = element.shadowRoot!.querySelector('.launcher council-chat-avatar')!;
  return avatar.shadowRoot!.querySelector('img');
}

function rootBox(element: CouncilChat): DOMRect {
  return element.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
}

/** The widget's distance from the left and right edges of the window. */
function gaps(element: CouncilChat) {
  const box = rootBox(element);
  return { left: box.left, right: document.documentElement.clientWidth - box.right };
}

describe('configuration errors', () => {
  let console: CapturedConsole;

  beforeEach(() => (console = captureConsole()));
  afterEach(() => {
    console.restore();
    sessionStorage.clear();
  });

  it('is accessible with every setting wrong', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        transport="nonesuch"
        position="top-middle"
        photo="javascript:alert(1)"
        brand-color="not-a-colour"
      ></council-chat>`,
    );

    await expectNoAxeViolations(element);
    await openPanel(element);
    await expectNoAxeViolations(element);
  });

  it('logs one error for an impossible position and sits in the default corner', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat position="top-middle"></council-chat>`,
    );

    element.teamName = 'Revenues';
    await element.updateComplete;

    expect(console.errors).to.have.length(1);
    expect(console.errors[0])
      .to.contain('<council-chat>')
      .and.contain('position="top-middle"')
      .and.contain('bottom-end, bottom-start, bottom-right, bottom-left');
    expect(gaps(element).right).to.be.closeTo(16, 0.5);
  });

  it('logs one error for a photo that is not an image address and shows initials', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat team-name="Customer Services" photo="JaVaScRiPt:alert(1)"></council-chat>`,
    );

    element.councilName = 'Harbourside';
    await element.updateComplete;

    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.contain('photo="JaVaScRiPt:alert(1)"').and.contain('https:');
    expect(launcherImage(element)).to.equal(null);
    const initials = element.shadowRoot!.querySelector('council-chat-avatar')!.shadowRoot!;
    expect(initials.textContent!.trim()).to.equal('CS');
  });

  it('shows a good photo, and logs again only when the photo changes to another bad one', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat photo="/src/transport/mock/photos/grace.svg"></council-chat>`,
    );
    expect(launcherImage(element)!.src).to.equal(
      new URL('/src/transport/mock/photos/grace.svg', location.href).href,
    );

    element.photo = 'data:text/html,<script>alert(1)</script>';
    await element.updateComplete;
    element.photo = 'data:text/html,<script>alert(1)</script>';
    await element.updateComplete;

    expect(console.errors).to.have.length(1);
    expect(launcherImage(element)).to.equal(null);
  });

  it('logs one error for an invalid colour and keeps the default brand colour', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat brand-color="red; } :host { display: none"></council-chat>`,
    );
    const launcher = element.shadowRoot!.querySelector('.launcher')!;

    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.contain('brand-color=').and.contain('CSS colour');
    expect(getComputedStyle(launcher).backgroundColor).to.equal('rgb(11, 79, 108)');
    expect(launcher.getBoundingClientRect().width).to.be.above(0);
  });

  it('logs one error for an unknown transport, tells the resident, and keeps their message', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat transport="genesys"></council-chat>`,
    );

    await openPanel(element);
    await sendFromComposer(element, 'Is anyone there?');
    await waitUntil(() => inPanel(element, '.problem'), 'the resident was not told');

    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.contain('transport="genesys"').and.contain('mock');
    expect(inPanel(element, '.problem')!.textContent).to.contain('Web chat is closed');
    expect(transcriptTexts(element)).to.deep.equal(['Is anyone there?']);
  });
});

describe('position', () => {
  afterEach(() => sessionStorage.clear());

  it('puts the launcher and panel in the corner the council chose', async () => {
    const cases = [
      { position: 'bottom-end', dir: 'ltr', side: 'right' },
      { position: 'bottom-start', dir: 'ltr', side: 'left' },
      { position: 'bottom-end', dir: 'rtl', side: 'left' },
      { position: 'bottom-start', dir: 'rtl', side: 'right' },
      { position: 'bottom-right', dir: 'rtl', side: 'right' },
      { position: 'bottom-left', dir: 'ltr', side: 'left' },
      { position: 'bottom-left', dir: 'rtl', side: 'left' },
    ] as const;

    for (const { position, dir, side } of cases) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir}>
          <council-chat transport="mock" position=${position}></council-chat>
        </div>`,
      );
      const element = wrapper.querySelector('council-chat')!;
      await element.updateComplete;
      await openPanel(element);
      const panel = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();
      const width = document.documentElement.clientWidth;

      expect(gaps(element)[side], `${position} in ${dir}`).to.be.closeTo(16, 0.5);
      const panelGap = side === 'left' ? panel.left : width - panel.right;
      expect(panelGap, `the panel for ${position} in ${dir}`).to.be.closeTo(16, 0.5);
    }
  });

  it('fills a phone screen with the panel whatever the position', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      for (const position of ['bottom-end', 'bottom-left', 'bottom-start', 'bottom-right']) {
        const element = await fixture<CouncilChat>(
          html`<council-chat transport="mock" position=${position}></council-chat>`,
        );
        await openPanel(element);
        motionDone(element);

        const panel = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();

        expect([panel.left, panel.top], position).to.deep.equal([0, 0]);
        expect(panel.width, position).to.equal(document.documentElement.clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
