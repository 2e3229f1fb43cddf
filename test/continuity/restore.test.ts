import { expect } from '@open-wc/testing';

import { ChatSession } from '../../src/session/chat-session.js';
import { type ChatState, initialChatState } from '../../src/session/chat-state.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';

/** A chat as an earlier page kept it: staff have joined and answered. */
const keptChat: ChatState = {
  ...initialChatState,
  phase: 'connected',
  chatId: 'chat-1',
  agent: testAgent,
  messages: [
    {
      key: 'c1',
      id: 'm1',
      clientId: 'c1',
      sender: 'resident',
      text: 'When is my bin day?',
      time: '2026-03-29T10:00:00Z',
      seq: 1,
      delivery: 'sent',
    },
  ],
};

describe('taking up a kept chat', () => {
  it('tells listeners the chat as it is, with nothing having happened in it', async () => {
    const transport = new ScriptedTransport();
    const session = new ChatSession(transport);
    const changes: { state: ChatState; previous: ChatState }[] = [];
    session.subscribe((state, previous) => changes.push({ state, previous }));

    await session.restore(keptChat);

    expect(changes).to.have.length(1);
    expect(changes[0].state.chatId).to.equal('chat-1');
    expect(changes[0].previous).to.equal(changes[0].state);
    expect(transport.named('resumeChat').map((command) => command.args)).to.deep.equal([
      ['chat-1'],
    ]);
  });

  it('leaves a chat already in progress here alone', async () => {
    const transport = new ScriptedTransport();
    const session = new ChatSession(transport);
    await session.send('A question of my own');
    transport.emit({ type: 'chat-started', chatId: 'chat-here' });

    await session.restore(keptChat);

    expect(session.state.chatId).to.equal('chat-here');
    expect(transport.named('resumeChat')).to.have.length(0);
  });
});
