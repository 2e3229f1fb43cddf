import { expect, fixture, html } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import '../../src/index.js';
import { launcherLabels } from '../../src/localization/launcher-labels.js';
import { panelLabels } from '../../src/localization/panel-labels.js';
import { listenToAnnouncements } from '../helpers/announcements.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { inPanel, openPanel, sendFromComposer, settle } from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

function launcherLabel(element: CouncilChat): string {
  return element.shadowRoot!.querySelector('.launcher-label')!.textContent!.trim();
}

/** Collects what the widget writes to the console while `run` runs. */
async function consoleDuring(run: () => Promise<unknown>) {
  const said = { warn: [] as unknown[][], error: [] as unknown[][] };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => said.warn.push(args);
  console.error = (...args: unknown[]) => said.error.push(args);
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return said;
}

describe("the council's own wording (labels)", () => {
  it('is accessible with replaced labels', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        team-name="Customer Services"
        .labels=${{ launcher: 'Ask {team}', send: 'Send message' }}
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );
    await openPanel(element);

    await expectNoAxeViolations(element);
  });

  it('replaces any label through the property, with the values in braces, in any language', async () => {
    const transport = new ScriptedTransport();
    const element = await fixture<CouncilChat>(
      html`<council-chat
        lang="cy"
        team-name="Gwasanaethau Cwsmeriaid"
        .labels=${{ launcher: 'Holi {team} ({unknown})', send: 'Anfon neges', announceSent: 'Wedi mynd' }}
        .transport=${transport}
      ></council-chat>`,
    );

    const launcherBefore = launcherLabel(element);
    await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'chat-1' },
      { type: 'agent-joined', agent: testAgent },
    );
    await settle(element);
    const heard = listenToAnnouncements(element);
    await sendFromComposer(element, 'Helo');
    const { clientId } = transport.named('sendMessage')[0].args[0] as { clientId: string };
    transport.emit({
      type: 'message',
      id: 'm1',
      clientId,
      sender: 'resident',
      text: 'Helo',
      time: '2026-12-03T10:00:00Z',
    });
    await settle(element);
    await settle(element);

    expect(launcherBefore).to.equal('Holi Gwasanaethau Cwsmeriaid ({unknown})');
    expect(inPanel(element, '.send')!.textContent!.trim()).to.equal('Anfon neges');
    expect(inPanel(element, '.end')!.textContent!.trim(), 'others stay translated').to.equal(
      'Gorffen y sgwrs',
    );
    expect(heard.polite).to.deep.equal(['Wedi mynd']);
  });

  it('reads labels from a JSON attribute, for pages that can only write HTML', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        team-name="Customer Services"
        labels='{"launcher": "Questions? Chat to us", "endChat": "Leave chat"}'
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    await openPanel(element);

    expect(launcherLabel(element)).to.equal('Questions? Chat to us');
    expect(element.labels).to.deep.equal({
      launcher: 'Questions? Chat to us',
      endChat: 'Leave chat',
    });
  });

  it('reports a broken labels attribute and keeps its own wording', async () => {
    let element: CouncilChat | undefined;

    const said = await consoleDuring(async () => {
      element = await fixture<CouncilChat>(
        html`<council-chat
          team-name="Customer Services"
          labels="{launcher: 'no quotes'}"
          .transport=${new ScriptedTransport()}
        ></council-chat>`,
      );
    });

    expect(String(said.error[0]?.[0])).to.contain('labels attribute was ignored');
    expect(launcherLabel(element!)).to.equal('Chat with Customer Services');
  });

  it('names misspelt keys once the panel has loaded every key', async () => {
    const element = await fixture<CouncilChat>(
      html`<council-chat
        team-name="Customer Services"
        .labels=${{ sned: 'Send it', send: 'Send it' }}
        .transport=${new ScriptedTransport()}
      ></council-chat>`,
    );

    const said = await consoleDuring(() => openPanel(element));

    expect(said.warn).to.have.length(1);
    expect(String(said.warn[0][0])).to.contain('sned');
    expect(String(said.warn[0][0])).not.to.contain('send,');
    expect(said.warn[0][1]).to.equal(element);
  });

  it('has every key documented in docs/languages.md', async () => {
    const response = await fetch('/docs/languages.md');
    const docs = await response.text();

    const keys = [...Object.keys(launcherLabels), ...Object.keys(panelLabels)];
    const undocumented = keys.filter((key) => !docs.includes(`\`${key}\``));

    expect(response.ok).to.be.true;
    expect(undocumented).to.deep.equal([]);
  });
});
