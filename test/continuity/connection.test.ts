import { expect, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import type { OutgoingMessage } from '../../src/transport/transport.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  openPanel,
  sendFromComposer,
  settle,
  transcriptTexts,
} from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

/** A chat in progress with Amira, the resident's first message echoed by the backend. */
async function chatInProgress() {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  await openPanel(element);
  await sendFromComposer(element, 'First question');
  const [first] = sentMessages(transport);
  transport.emit(
    { type: 'chat-started', chatId: 'chat-1' },
    { type: 'agent-joined', agent: testAgent },
    echo(first, 1),
  );
  await settle(element);
  return { transport, element };
}

function sentMessages(transport: ScriptedTransport): OutgoingMessage[] {
  return transport.named('sendMessage').map((command) => command.args[0] as OutgoingMessage);
}

/** The backend's copy of a resident's message. */
function echo(message: OutgoingMessage, seq: number) {
  return {
    type: 'message' as const,
    id: `m${seq}`,
    clientId: message.clientId,
    sender: 'resident' as const,
    text: message.text,
    time: `2026-03-29T10:00:${String(seq).padStart(2, '0')}Z`,
    seq,
  };
}

function statusText(element: CouncilChat): string {
  return inPanel(element, '.status')!.textContent!;
}

describe('an unreliable connection', () => {
  afterEach(() => sessionStorage.clear());

  it('is accessible reconnecting and with a message not sent', async () => {
    const { transport, element } = await chatInProgress();
    transport.failing.add('sendMessage');
    await sendFromComposer(element, 'This one fails');
    await waitUntil(() => inPanel(element, '[data-delivery="failed"]'), 'not marked');
    transport.emit({ type: 'status', status: 'reconnecting' });
    await settle(element);

    expect(statusText(element)).to.contain('Reconnecting…');
    await expectNoAxeViolations(element);
  });

  it('keeps messages while reconnecting, catches up, sends each once in order', async () => {
    const { transport, element } = await chatInProgress();

    transport.emit({ type: 'status', status: 'reconnecting' });
    await settle(element);
    await sendFromComposer(element, 'Second');
    await sendFromComposer(element, 'Third');

    expect(statusText(element)).to.contain('Reconnecting…');
    expect(sentMessages(transport)).to.have.length(1);
    expect(allInPanel(element, '[data-delivery="sending"]')).to.have.length(2);

    transport.emit({ type: 'status', status: 'online' });
    await waitUntil(
      () => sentMessages(transport).length === 3,
      'the waiting messages were not sent',
    );

    const names = transport.commands.map((command) => command.name);
    expect(names.lastIndexOf('resumeChat')).to.be.lessThan(names.lastIndexOf('sendMessage'));
    expect(transport.named('resumeChat').at(-1)!.args).to.deep.equal(['chat-1']);
    expect(sentMessages(transport).map((message) => message.text)).to.deep.equal([
      'First question',
      'Second',
      'Third',
    ]);
    expect(statusText(element)).to.not.contain('Reconnecting');
  });

  it('shows a message once however often the backend sends it, in the backend order', async () => {
    const { transport, element } = await chatInProgress();
    await sendFromComposer(element, 'Second');
    await sendFromComposer(element, 'Third');
    const [first, second, third] = sentMessages(transport);

    transport.emit(echo(third, 3), echo(first, 1), echo(second, 2), echo(third, 3));
    transport.emit(
      { type: 'status', status: 'reconnecting' },
      { type: 'status', status: 'online' },
    );
    transport.emit(echo(first, 1), echo(second, 2), echo(third, 3));
    await settle(element);

    expect(transcriptTexts(element)).to.deep.equal(['First question', 'Second', 'Third']);
    expect(allInPanel(element, '[data-delivery="sent"]')).to.have.length(3);
  });

  it('orders staff messages by the backend sequence, not by arrival', async () => {
    const { transport, element } = await chatInProgress();
    const staffMessage = (seq: number, text: string) => ({
      type: 'message' as const,
      id: `m${seq}`,
      sender: 'agent' as const,
      agent: testAgent,
      text,
      time: '2026-03-29T10:01:00Z',
      seq,
    });

    transport.emit(staffMessage(3, 'Third'), staffMessage(2, 'Second'));
    await settle(element);

    expect(transcriptTexts(element)).to.deep.equal(['First question', 'Second', 'Third']);
  });

  it('does not send again a message the backend accepted but has not echoed yet', async () => {
    const { transport, element } = await chatInProgress();
    await sendFromComposer(element, 'Accepted, echo still on its way');

    transport.emit(
      { type: 'status', status: 'reconnecting' },
      { type: 'status', status: 'online' },
    );
    await waitUntil(() => transport.named('resumeChat').length > 0, 'no catch-up');
    await settle(element);

    expect(sentMessages(transport).map((message) => message.text)).to.deep.equal([
      'First question',
      'Accepted, echo still on its way',
    ]);
  });

  it('marks a message that cannot be sent, keeps its text and sends it on Try again', async () => {
    const { transport, element } = await chatInProgress();
    transport.failing.add('sendMessage');

    await sendFromComposer(element, 'Please call me back');
    await waitUntil(() => inPanel(element, '[data-delivery="failed"]'), 'not marked as not sent');
    const failed = inPanel(element, '[data-delivery="failed"]')!;
    expect(failed.querySelector('.text')!.textContent).to.equal('Please call me back');
    expect(failed.textContent).to.contain('Not sent.');

    transport.failing.delete('sendMessage');
    failed.querySelector<HTMLButtonElement>('.delivery button')!.click();
    await waitUntil(() => sentMessages(transport).length === 3, 'Try again did not send');
    const retried = sentMessages(transport).at(-1)!;
    transport.emit(echo(retried, 2));
    await settle(element);

    expect(sentMessages(transport)[1].clientId).to.equal(retried.clientId);
    expect(transcriptTexts(element)).to.deep.equal(['First question', 'Please call me back']);
    expect(allInPanel(element, '[data-delivery="failed"]')).to.have.length(0);
  });

  it('keeps a first message that could not start a chat, and starts it on Try again', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    transport.failing.add('startChat');

    await sendFromComposer(element, 'Can I book a bulky waste collection?');
    await waitUntil(() => inPanel(element, '.problem'), 'the failure was not shown');

    expect(inPanel(element, '.problem')!.textContent).to.contain('could not start a chat');
    expect(inPanel(element, '[data-delivery="failed"] .text')!.textContent).to.equal(
      'Can I book a bulky waste collection?',
    );
    expect(transport.named('sendMessage')).to.have.length(0);

    transport.failing.delete('startChat');
    inPanel<HTMLButtonElement>(element, '[data-delivery="failed"] .delivery button')!.click();
    await waitUntil(() => transport.named('sendMessage').length === 1, 'not sent on Try again');

    expect(transport.named('startChat')).to.have.length(2);
    expect(sentMessages(transport)[0].text).to.equal('Can I book a bulky waste collection?');
  });

  it('says when it could not catch up, and stops saying so once it has', async () => {
    const { transport, element } = await chatInProgress();
    transport.failing.add('resumeChat');

    transport.emit(
      { type: 'status', status: 'reconnecting' },
      { type: 'status', status: 'online' },
    );
    await waitUntil(() => inPanel(element, '.problem'), 'the failure was hidden');
    expect(inPanel(element, '.problem')!.textContent).to.contain('could not reconnect');

    transport.failing.delete('resumeChat');
    transport.emit(
      { type: 'status', status: 'reconnecting' },
      { type: 'status', status: 'online' },
    );
    await waitUntil(() => !inPanel(element, '.problem'), 'the old failure stayed');
  });
});
