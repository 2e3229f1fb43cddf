import { expect, waitUntil } from '@open-wc/testing';

import type { OutgoingMessage } from '../../src/transport/transport.js';
import {
  chatFixture,
  openPanel,
  patience,
  sendFromComposer,
  settle,
} from '../helpers/chat-fixture.js';
import { captureConsole } from '../helpers/console-capture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

describe('the transport contract, as the element uses it', () => {
  it('starts a chat with the first message as its topic, then sends that message', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);

    await sendFromComposer(element, 'When is my bin collected?');
    await waitUntil(
      () => transport.named('sendMessage').length === 1,
      'message not sent',
      patience,
    );

    const [start] = transport.named('startChat');
    expect(start.args[0]).to.deep.include({ topic: 'When is my bin collected?' });
    const names = transport.commands.map((command) => command.name);
    expect(names.indexOf('startChat')).to.be.lessThan(names.indexOf('sendMessage'));
    const sent = transport.named('sendMessage')[0].args[0] as OutgoingMessage;
    expect(sent.text).to.equal('When is my bin collected?');
  });

  it('gives every message its own client id', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'c1' },
      { type: 'agent-joined', agent: testAgent },
    );

    for (const text of ['one', 'two', 'three', 'three']) await sendFromComposer(element, text);
    await waitUntil(() => transport.named('sendMessage').length === 4, 'not all sent', patience);

    const ids = transport.named('sendMessage').map((c) => (c.args[0] as OutgoingMessage).clientId);
    expect(new Set(ids).size).to.equal(4);
    for (const id of ids) expect(id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('tells staff when the resident starts and stops typing, once each', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    const panel = await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'c1' },
      { type: 'agent-joined', agent: testAgent },
    );
    await settle(element);
    const field = panel.shadowRoot!.querySelector('textarea')!;

    for (const value of ['H', 'He', 'Hel']) {
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));

    expect(transport.named('setTyping').map((command) => command.args[0])).to.deep.equal([
      true,
      false,
    ]);
  });

  it('asks the backend to end the chat, and ends it here even if the backend fails', async () => {
    const transport = new ScriptedTransport();
    transport.failing.add('endChat');
    const element = await chatFixture(transport);
    const panel = await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'c1' },
      { type: 'agent-joined', agent: testAgent },
    );
    await settle(element);

    const captured = captureConsole();
    try {
      panel.shadowRoot!.querySelector<HTMLButtonElement>('.end')!.click();
      await waitUntil(() => panel.shadowRoot!.querySelector('.ended'), 'did not end', patience);
    } finally {
      captured.restore();
    }
    const warnings = captured.warnings;

    expect(transport.named('endChat')).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('endChat failed');
  });

  it('keeps a message it could not send, marked, and sends it again on request', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    const panel = await openPanel(element);
    transport.emit(
      { type: 'chat-started', chatId: 'c1' },
      { type: 'agent-joined', agent: testAgent },
    );
    transport.failing.add('sendMessage');

    const captured = captureConsole();
    try {
      await sendFromComposer(element, 'Please keep this');
      await waitUntil(
        () => panel.shadowRoot!.querySelector('[data-delivery="failed"]'),
        'no mark',
        patience,
      );
    } finally {
      captured.restore();
    }
    const warnings = captured.warnings;
    transport.failing.delete('sendMessage');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.delivery button')!.click();
    await waitUntil(() => transport.named('sendMessage').length === 2, 'not retried', patience);

    const [first, second] = transport.named('sendMessage').map((c) => c.args[0] as OutgoingMessage);
    expect(second).to.deep.equal(first);
    expect(warnings[0]).to.contain('sendMessage failed');
    expect(panel.shadowRoot!.querySelector('.text')!.textContent).to.equal('Please keep this');
  });

  it('refuses a malformed backend event with a warning that names the problem', async () => {
    const transport = new ScriptedTransport();
    const element = await chatFixture(transport);
    await openPanel(element);
    const captured = captureConsole();
    try {
      transport.emit({ type: 'message', id: 'm1', sender: 'agent', text: 'hi', time: '10:00' });
      await settle(element);
    } finally {
      captured.restore();
    }
    const warnings = captured.warnings;

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"time" must be ISO 8601 with a zone');
  });
});
