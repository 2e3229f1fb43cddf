import { expect, waitUntil } from '@open-wc/testing';

import { MockTransport } from '../../src/transport/mock/mock-transport.js';
import type { MessageEvent, TransportEvent } from '../../src/transport/transport.js';
import { validateTransportEvent } from '../../src/transport/validate-event.js';

function record(transport: MockTransport): TransportEvent[] {
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  return events;
}

const messages = (events: TransportEvent[]) =>
  events.filter((event): event is MessageEvent => event.type === 'message');

describe('MockTransport', () => {
  afterEach(() => sessionStorage.clear());

  it('counts the queue down, then staff join and greet', async () => {
    const transport = new MockTransport({ timing: 'instant', queueLength: 3 });
    const events = record(transport);

    await transport.startChat({ topic: 'bins' });
    await waitUntil(() => messages(events).length === 1, 'no greeting');

    const positions = events.filter((e) => e.type === 'queued').map((e) => e.position);
    expect(positions).to.deep.equal([3, 2, 1]);
    expect(events.find((e) => e.type === 'agent-joined')).to.deep.include({ transfer: false });
    expect(messages(events)[0].text).to.contain("Hello, I'm Amira");
    for (const event of events) expect(validateTransportEvent(event)).to.equal(event);
    transport.dispose();
  });

  it('echoes the client id, types, then answers from a template with a link', async () => {
    const transport = new MockTransport({ timing: 'instant', queueLength: 0 });
    const events = record(transport);
    await transport.startChat({});
    await waitUntil(() => messages(events).length === 1, 'no greeting');

    await transport.sendMessage({ clientId: 'c-1', text: 'Which day are my bins collected?' });
    await waitUntil(() => messages(events).length === 3, 'no answer');

    const [, echo, answer] = messages(events);
    expect(echo).to.include({ clientId: 'c-1', sender: 'resident' });
    expect(answer.text).to.match(/https?:\/\/\S+\/demo\/bin-collections\.html/);
    const typingIndex = events.findIndex((event) => event.type === 'typing' && event.typing);
    expect(typingIndex).to.be.lessThan(events.indexOf(answer));
    expect(answer.seq).to.be.greaterThan(echo.seq!);
    transport.dispose();
  });

  it('stores a resent message once', async () => {
    const transport = new MockTransport({ timing: 'instant', queueLength: 0 });
    record(transport);
    await transport.startChat({});

    await transport.sendMessage({ clientId: 'same', text: 'hello' });
    await transport.sendMessage({ clientId: 'same', text: 'hello' });

    expect(
      transport.backendMessages.filter((e) => e.type === 'message' && e.clientId === 'same'),
    ).to.have.length(1);
    transport.dispose();
  });

  it('ends the chat itself when the resident says that is all', async () => {
    const transport = new MockTransport({ timing: 'instant', queueLength: 0 });
    const events = record(transport);
    await transport.startChat({});
    await waitUntil(() => messages(events).length === 1, 'no greeting');

    await transport.sendMessage({ clientId: 'c', text: "No thanks, that's all. Bye" });
    await waitUntil(() => events.some((e) => e.type === 'chat-ended'), 'never ended');

    expect(events.find((e) => e.type === 'chat-ended')).to.include({ by: 'agent' });
    transport.dispose();
  });

  it('replays a chat for the next page from its stored side of the conversation', async () => {
    const first = new MockTransport({ timing: 'instant', queueLength: 1 });
    const firstEvents = record(first);
    await first.startChat({});
    await waitUntil(() => messages(firstEvents).length === 1, 'no greeting');
    const chatId = (firstEvents.find((e) => e.type === 'chat-started') as { chatId: string })
      .chatId;
    first.dispose();

    const next = new MockTransport({ timing: 'instant' });
    const nextEvents = record(next);
    await next.resumeChat(chatId);

    expect(messages(nextEvents).map((m) => m.text)).to.deep.equal(
      messages(firstEvents).map((m) => m.text),
    );
    expect(nextEvents.filter((e) => e.type === 'queued')).to.have.length(0);
    next.dispose();
  });
});
