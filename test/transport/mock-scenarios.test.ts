import { expect, waitUntil } from '@open-wc/testing';

import { ChatSession } from '../../src/session/chat-session.js';
import { mockScenarios } from '../../src/transport/mock/mock-scenarios.js';
import { MockTransport } from '../../src/transport/mock/mock-transport.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { ManualScheduler } from '../helpers/manual-scheduler.js';
import { widgetIn } from '../helpers/widget-states.js';

/** A session on a mock backend whose clock the test moves. */
function mockChat() {
  const scheduler = new ManualScheduler();
  const transport = new MockTransport({ scheduler, siteUrl: 'https://example.org/' });
  const session = new ChatSession(transport);
  return { scheduler, transport, session };
}

describe('MockTransport scenarios, for the demo and the tests', () => {
  it('is accessible in the thank-you state, after the survey', async () => {
    const { element, transport } = await widgetIn('thank-you');

    await expectNoAxeViolations(element);

    expect(transport.surveys).to.deep.equal([null]);
    transport.dispose();
  });

  it('puts a chat in the queue', () => {
    const { transport, session } = mockChat();

    transport.playScenario('queue');

    expect(session.state.phase).to.equal('waiting');
    expect(session.state.queuePosition).to.equal(3);
    expect(session.state.messages.map((message) => message.sender)).to.deep.equal(['resident']);
  });

  it('connects staff, and the resident can carry on chatting', async () => {
    const { scheduler, transport, session } = mockChat();

    transport.playScenario('connected');
    await session.send('What are the tide times?');
    scheduler.advance(10_000);

    expect(session.state.phase).to.equal('connected');
    expect(session.state.agent?.name).to.equal('Amira');
    const last = session.state.messages.at(-1)!;
    expect(last.sender).to.equal('agent');
    expect(last.text).to.contain('tides');
  });

  it('passes the chat to a colleague', () => {
    const { transport, session } = mockChat();

    transport.playScenario('transfer');

    expect(session.state.agent?.name).to.equal('Sam');
    expect(
      session.state.messages.filter((message) => message.notice === 'transfer'),
    ).to.have.length(1);
  });

  it('plays a long conversation of 200 messages, in order', () => {
    const { transport, session } = mockChat();

    transport.playScenario('long-conversation');

    const messages = session.state.messages.filter((message) => !message.notice);
    expect(messages).to.have.length(200);
    const times = messages.map((message) => Date.parse(message.time));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });

  it('warns of an idle ending, which keeping alive puts off', async () => {
    const { scheduler, transport, session } = mockChat();
    transport.playScenario('idle-warning');
    expect(session.state.idleWarning).to.deep.equal({ secondsLeft: 60 });

    await session.keepAlive();
    scheduler.advance(61_000);

    expect(session.state.phase).to.equal('connected');
    expect(session.state.idleWarning).to.equal(undefined);
  });

  it('ends an idle chat when nobody keeps it alive', () => {
    const { scheduler, transport, session } = mockChat();
    transport.playScenario('idle-warning');

    scheduler.advance(60_000);

    expect(session.state.phase).to.equal('ended');
    expect(session.state.endReason).to.equal('idle');
  });

  it('shows an error, and refuses the next message once', async () => {
    const { scheduler, transport, session } = mockChat();
    transport.playScenario('error');
    expect(session.state.problem?.code).to.equal('backend-error');

    await session.send('Hello?');
    const failed = session.state.messages.at(-1)!;
    expect(failed.delivery).to.equal('failed');

    await session.retry(failed.key);
    scheduler.advance(1_000);
    expect(session.state.messages.find((message) => message.key === failed.key)!.delivery).to.equal(
      'sent',
    );
  });

  it('goes offline, keeps what the resident writes, and sends it when back online', async () => {
    const { scheduler, transport, session } = mockChat();
    transport.playScenario('offline');

    await session.send('Are you there?');
    expect(session.state.connection).to.equal('offline');
    expect(session.state.messages.at(-1)!.delivery).to.equal('sending');

    transport.playScenario('back-online');
    // Back online, the session first catches up with the backend, then sends what waited.
    await waitUntil(
      () => transport.commands.filter((command) => command.name === 'sendMessage').length === 1,
      'the waiting message was not sent again',
    );
    scheduler.advance(1_000);

    expect(session.state.messages.find((m) => m.text === 'Are you there?')!.delivery).to.equal(
      'sent',
    );
  });

  it('ends the chat with the exit survey offered', () => {
    const { transport, session } = mockChat();

    transport.playScenario('ended');

    expect(session.state.phase).to.equal('ended');
    expect(session.state.survey).to.equal('offered');
    expect(session.state.endedBy).to.equal('agent');
  });

  it('lists every scenario it plays', () => {
    expect([...mockScenarios]).to.include.members(['queue', 'long-conversation', 'ended']);
    for (const name of mockScenarios) {
      const { transport } = mockChat();
      expect(() => transport.playScenario(name), name).not.to.throw();
    }
  });
});
