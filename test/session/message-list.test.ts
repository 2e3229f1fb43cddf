import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import type { ChatMessage } from '../../src/session/chat-state.js';
import { mergeMessage } from '../../src/session/message-list.js';

const message = (overrides: Partial<ChatMessage>): ChatMessage => ({
  key: 'k',
  sender: 'agent',
  text: 'text',
  time: '2026-12-03T10:00:00Z',
  ...overrides,
});

describe('mergeMessage', () => {
  it('stores a message seen twice once', () => {
    const first = message({ key: 'm1', id: 'm1', seq: 1 });

    const merged = mergeMessage(mergeMessage([], first), { ...first });

    expect(merged).to.have.length(1);
  });

  it("replaces the resident's pending message with the backend's echo of its client id", () => {
    const pending = message({ key: 'c1', clientId: 'c1', sender: 'resident', delivery: 'sending' });
    const echo = message({ key: 'c1', id: 's9', clientId: 'c1', sender: 'resident', seq: 9 });

    const merged = mergeMessage([pending], { ...echo, delivery: 'sent' });

    expect(merged).to.have.length(1);
    expect(merged[0]).to.include({ id: 's9', delivery: 'sent', key: 'c1' });
  });

  it("orders by the backend's sequence, not by arrival", () => {
    const late = message({ key: 'b', id: 'b', seq: 2, time: '2026-12-03T10:00:00Z' });
    const early = message({ key: 'a', id: 'a', seq: 1, time: '2026-12-03T10:00:05Z' });

    const merged = mergeMessage([late], early);

    expect(merged.map((m) => m.key)).to.deep.equal(['a', 'b']);
  });

  it('orders by time across zones when there is no sequence', () => {
    const bst = message({ key: 'a', id: 'a', time: '2026-03-29T02:00:00+01:00' });
    const utc = message({ key: 'b', id: 'b', time: '2026-03-29T00:59:30Z' });

    const merged = mergeMessage([bst], utc);

    expect(merged.map((m) => m.key)).to.deep.equal(['b', 'a']);
  });

  it('keeps messages still sending after confirmed ones, in the order written', () => {
    const pendingOne = message({
      key: 'p1',
      clientId: 'p1',
      sender: 'resident',
      delivery: 'sending',
    });
    const pendingTwo = message({
      key: 'p2',
      clientId: 'p2',
      sender: 'resident',
      delivery: 'sending',
    });
    const confirmed = message({ key: 'm', id: 'm', seq: 4 });

    const merged = mergeMessage(mergeMessage([pendingOne], pendingTwo), confirmed);

    expect(merged.map((m) => m.key)).to.deep.equal(['m', 'p1', 'p2']);
  });

  it('keeps numbered messages in sequence when an unnumbered one has the same time', () => {
    const time = '2026-12-03T10:00:00Z';
    const second = message({ key: 'c1', id: 'm2', clientId: 'c1', seq: 2, time });
    const notice = message({ key: 'joined', sender: 'system', notice: 'joined', time });
    const first = message({ key: 'c0', id: 'm1', clientId: 'c0', seq: 1, time });

    const merged = mergeMessage([second, notice], first);

    const numbered = merged.filter((m) => m.seq !== undefined).map((m) => m.key);
    expect(numbered).to.deep.equal(['c0', 'c1']);
  });

  it('keeps numbered messages in sequence whatever the times and the order of arrival', () => {
    // Few distinct times, so that equal times are common; sequence and time often disagree.
    const anyTime = fc.integer({ min: 0, max: 3 }).map((second) => `2026-12-03T10:00:0${second}Z`);
    const anyMessages = fc
      .array(fc.record({ time: anyTime, numbered: fc.boolean() }), { maxLength: 12 })
      .map((drafts) =>
        drafts.map(({ time, numbered }, index) =>
          message({ key: `m${index}`, id: `m${index}`, time, seq: numbered ? index : undefined }),
        ),
      );
    const arrivals = anyMessages.chain((messages) =>
      fc.shuffledSubarray(messages, { minLength: messages.length }),
    );

    fc.assert(
      fc.property(arrivals, (arrived) => {
        const transcript = arrived.reduce<ChatMessage[]>(
          (list, next) => mergeMessage(list, next),
          [],
        );

        const seqs = transcript.flatMap((m) => (m.seq === undefined ? [] : [m.seq]));
        expect(seqs).to.deep.equal([...seqs].sort((a, b) => a - b));
        expect(transcript).to.have.length(arrived.length);
      }),
      { numRuns: 500 },
    );
  });
});
