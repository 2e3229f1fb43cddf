import { expect, waitUntil } from '@open-wc/testing';

import { MockTransport } from '../../src/transport/mock/mock-transport.js';
import type { Scheduler } from '../../src/transport/mock/scheduler.js';
import type { TransportEvent } from '../../src/transport/transport.js';
import { MemoryStorage } from '../helpers/memory-storage.js';

/** The timers of a page the resident has just left: nothing scheduled ever runs. */
class LeftPageScheduler implements Scheduler {
  schedule(): () => void {
    return () => {};
  }

  now(): Date {
    return new Date();
  }

  cancelAll(): void {}
}

const staffTexts = (events: TransportEvent[]) =>
  events.flatMap((event) =>
    event.type === 'message' && event.sender === 'agent' ? [event.text] : [],
  );

describe('the demo backend across page loads', () => {
  const transports: MockTransport[] = [];
  afterEach(() => {
    for (const transport of transports.splice(0)) {
      void transport.endChat();
      transport.dispose();
    }
  });

  it('answers, once, a question asked on a page left before staff answered', async () => {
    const server = new MemoryStorage();
    const storage = () => server;
    const leftPage = new MockTransport({
      scheduler: new LeftPageScheduler(),
      queueLength: 0,
      storage,
    });
    transports.push(leftPage);
    await leftPage.startChat({ topic: 'bins' });
    await leftPage.sendMessage({ clientId: 'c1', text: 'When is my bin collection?' });
    const chatId = leftPage.chatId!;

    const nextPage = new MockTransport({ timing: 'instant', storage });
    transports.push(nextPage);
    const seen: TransportEvent[] = [];
    nextPage.subscribe((event) => seen.push(event));
    await nextPage.resumeChat(chatId);
    await waitUntil(() => staffTexts(nextPage.backendMessages).length >= 2, 'staff never answered');

    const answered = staffTexts(nextPage.backendMessages);
    expect(answered[0]).to.match(/^Hello, I'm Amira/);
    expect(answered[1]).to.contain('bin-collections.html');
    expect(staffTexts(seen)).to.deep.equal(answered);

    const pageAfter = new MockTransport({ timing: 'instant', storage });
    transports.push(pageAfter);
    await pageAfter.resumeChat(chatId);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(staffTexts(pageAfter.backendMessages)).to.deep.equal(answered);
  });

  it('echoes the kept copy when a message is sent again, and stores it once', async () => {
    const transport = new MockTransport({ timing: 'instant', queueLength: 0, storage: null });
    transports.push(transport);
    const echoes: TransportEvent[] = [];
    transport.subscribe((event) => echoes.push(event));
    await transport.startChat({});

    await transport.sendMessage({ clientId: 'c1', text: 'Hello' });
    await transport.sendMessage({ clientId: 'c1', text: 'Hello' });
    await new Promise((resolve) => setTimeout(resolve, 0));

    const residentEchoes = echoes.filter(
      (event) => event.type === 'message' && event.clientId === 'c1',
    );
    expect(residentEchoes).to.have.length(2);
    expect(residentEchoes[1]).to.deep.equal(residentEchoes[0]);
    expect(
      transport.backendMessages.filter((event) => event.type === 'message' && event.clientId),
    ).to.have.length(1);
  });
});
