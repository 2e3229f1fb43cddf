import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import { contrastRatio, parseColour } from '../../src/config/contrast.js';
import type { CouncilChat } from '../../src/council-chat.js';
import { defaultBrand, defaultOnBrand } from '../../src/views/shared/theme.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  inPanel,
  openPanel,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { captureConsole, type CapturedConsole } from '../helpers/console-capture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

function colourOf(node: Element, property: 'color' | 'background-color') {
  return parseColour(getComputedStyle(node).getPropertyValue(property))!;
}

/** The contrast of a node's text on the background it sits on. */
function textContrast(node: Element, background: Element = node): number {
  return contrastRatio(colourOf(node, 'color'), colourOf(background, 'background-color'));
}

/** A chat with staff typing, so every part of the panel but the ending is drawn. */
async function chatInProgress(element: CouncilChat, transport: ScriptedTransport) {
  await openPanel(element);
  await sendFromComposer(element, 'When is my bin day? See https://example.org/bins');
  transport.emit(
    { type: 'chat-started', chatId: 'chat-1' },
    { type: 'agent-joined', agent: testAgent },
    {
      type: 'message',
      id: 'm1',
      sender: 'agent',
      agent: testAgent,
      text: 'Your bin day is on https://example.org/bins',
      time: new Date().toISOString(),
    },
    { type: 'typing', typing: true },
  );
  await settle(element);
}

/** Every part name drawn in the element's, the panel's and the survey's shadow roots now. */
function drawnParts(element: CouncilChat): Map<string, Element[]> {
  const parts = new Map<string, Element[]>();
  const roots = [
    element.shadowRoot!,
    inPanel(element, '.panel')?.getRootNode() as ShadowRoot,
    inPanel(element, 'council-chat-exit-survey')?.shadowRoot,
  ];
  for (const root of roots.filter((candidate): candidate is ShadowRoot => Boolean(candidate))) {
    for (const node of root.querySelectorAll('[part]')) {
      for (const name of node.getAttribute('part')!.split(/\s+/)) {
        parts.set(name, [...(parts.get(name) ?? []), node]);
      }
    }
  }
  return parts;
}

describe('theming', () => {
  let console: CapturedConsole;

  beforeEach(() => (console = captureConsole()));
  afterEach(() => {
    console.restore();
    sessionStorage.clear();
  });

  it('is accessible in a council’s own brand colour', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        brand-color="#6a2c70"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    await openPanel(element);

    await expectNoAxeViolations(element);
    expect(console.warnings).to.deep.equal([]);
  });

  it('meets WCAG AA contrast with the default colours', async () => {
    const transport = new ScriptedTransport();
    const element = await fixture<CouncilChat>(
      html`<council-chat .transport=${transport}></council-chat>`,
    );
    await chatInProgress(element, transport);
    const launcher = element.shadowRoot!.querySelector('.launcher')!;
    const staffBubble = inPanel(element, '.from-agent .bubble')!;
    const surface = inPanel(element, '.panel')!;

    expect(textContrast(launcher)).to.be.at.least(4.5);
    expect(textContrast(inPanel(element, '.header')!)).to.be.at.least(4.5);
    expect(textContrast(inPanel(element, '.send')!)).to.be.at.least(4.5);
    expect(textContrast(inPanel(element, '.from-agent .text a')!, staffBubble)).to.be.at.least(4.5);
    expect(textContrast(inPanel(element, '.from-agent time')!, staffBubble)).to.be.at.least(4.5);
    expect(textContrast(inPanel(element, '.composer-hint')!, surface)).to.be.at.least(4.5);
    expect(console.warnings).to.deep.equal([]);
  });

  it('keeps the contrast check’s defaults the same as the styles’', async () => {
    const element = await fixture<CouncilChat>(html`<council-chat></council-chat>`);
    const launcher = element.shadowRoot!.querySelector('.launcher')!;

    expect(colourOf(launcher, 'background-color')).to.deep.equal(parseColour(defaultBrand));
    expect(colourOf(launcher, 'color')).to.deep.equal(parseColour(defaultOnBrand));
  });

  it('warns once when the council’s brand colours fail AA, and suggests a fix', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        style="--council-chat-brand: #ffdd00"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    await openPanel(element);
    element.hide();
    await element.show();

    expect(console.warnings).to.have.length(1);
    expect(console.warnings[0])
      .to.contain('<council-chat>')
      .and.contain('#ffffff on --council-chat-brand #ffdd00 is 1.3:1')
      .and.contain('Set --council-chat-on-brand to #0b0c0c');
  });

  it('warns for a failing brand-color attribute and for a brand colour that is not a colour', async () => {
    const yellow = await fixture<CouncilChat>(
      html`<council-chat
        brand-color="yellow"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );
    const blurple = await fixture<CouncilChat>(
      html`<council-chat
        style="--council-chat-brand: blurple"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    await openPanel(yellow);
    await openPanel(blurple);

    expect(console.warnings).to.have.length(2);
    expect(console.warnings[0]).to.contain('#ffff00');
    expect(console.warnings[1]).to.contain('"blurple"').and.contain('not a CSS colour');
  });

  it('warns again when the brand colour changes to another failing one', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        brand-color="yellow"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );
    await openPanel(element);

    element.brandColor = '#ffdd00';
    await element.updateComplete;
    element.brandColor = '#0b4f6c';
    await element.updateComplete;

    expect(console.warnings).to.have.length(2);
    expect(console.warnings[1]).to.contain('#ffdd00');
  });

  it('reads the brand colour the page has when the chat is opened', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat .transport=${new ScriptedTransport()}></council-chat>`,
    );
    const lateSheet = new CSSStyleSheet();
    lateSheet.replaceSync('council-chat { --council-chat-brand: #9fd3e6; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, lateSheet];

    await openPanel(element);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== lateSheet);

    expect(console.warnings).to.have.length(1);
    expect(console.warnings[0]).to.contain('#9fd3e6');
  });

  it('lets the page’s own CSS win over the brand-color attribute', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        brand-color="#6a2c70"
        style="--council-chat-brand: rgb(29, 92, 99)"
      ></council-chat>`,
    );
    const plain = await fixture<CouncilChat>(
      html`<council-chat brand-color="#6a2c70"></council-chat>`,
    );
    const launcherOf = (chat: CouncilChat) => chat.shadowRoot!.querySelector('.launcher')!;

    expect(getComputedStyle(launcherOf(plain)).backgroundColor).to.equal('rgb(106, 44, 112)');
    expect(getComputedStyle(launcherOf(element)).backgroundColor).to.equal('rgb(29, 92, 99)');
  });

  it('applies the documented font and corner radius properties', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        style="--council-chat-font: Georgia, serif; --council-chat-radius: 3px"
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    await openPanel(element);

    expect(getComputedStyle(inPanel(element, '.intro')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(inPanel(element, '.panel')!).borderTopLeftRadius).to.equal('3px');
  });

  it('lets page CSS reach every part it draws with ::part()', async () => {
    const transport = new ScriptedTransport();
    const element = await fixture<CouncilChat>(
      html`<council-chat .transport=${transport}></council-chat>`,
    );
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const expectReachable = () => {
      const parts = drawnParts(element);
      sheet.replaceSync(
        [...parts.keys()]
          .map((name) => `council-chat::part(${name}) { scroll-margin-top: 7px; }`)
          .join('\n'),
      );
      for (const [name, nodes] of parts) {
        for (const node of nodes) {
          expect(getComputedStyle(node).scrollMarginTop, `::part(${name})`).to.equal('7px');
        }
      }
      return [...parts.keys()];
    };

    const seen = new Set(expectReachable());
    await chatInProgress(element, transport);
    expectReachable().forEach((name) => seen.add(name));
    transport.emit({ type: 'chat-ended', by: 'agent' });
    await waitUntil(() => inPanel(element, '.ended'));
    expectReachable().forEach((name) => seen.add(name));
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);

    expect([...seen]).to.include.members([
      'launcher',
      'panel',
      'header',
      'transcript',
      'bubble',
      'composer',
      'send-button',
      'close-button',
      'typing',
      'ended',
      'print-button',
      'survey',
      'survey-send',
      'survey-skip',
    ]);
    expect(allInPanel(element, '[part~="bubble-agent"]')).to.have.length(1);
  });
});
