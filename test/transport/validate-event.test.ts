import { expect } from '@open-wc/testing';

import { validateTransportEvent } from '../../src/transport/validate-event.js';

describe('validateTransportEvent', () => {
  it('accepts each well-formed event', () => {
    const events = [
      { type: 'status', status: 'reconnecting' },
      { type: 'chat-started', chatId: 'c1', reference: 'HBC-1' },
      { type: 'queued', position: 2, estimatedWaitSeconds: 60 },
      { type: 'agent-joined', agent: { id: 'a', name: 'Sam' }, transfer: true },
      { type: 'message', id: 'm', sender: 'agent', text: '', time: '2026-03-29T00:59:30Z' },
      { type: 'typing', typing: false },
      { type: 'chat-ended', by: 'agent' },
      { type: 'error', code: 'unavailable', message: 'closed' },
    ];

    for (const event of events) expect(validateTransportEvent(event)).to.equal(event);
  });

  it('names the field and the bad value of a malformed event', () => {
    const cases: [unknown, string][] = [
      [null, 'an event must be an object, got null'],
      [{ type: 'party' }, 'unknown event type "party"'],
      [{ type: 'queued', position: -1 }, '"position" must be a whole number of 0 or more, got -1'],
      [{ type: 'agent-joined', agent: { id: 'a' } }, 'agent: "name" must be a non-empty string'],
      [
        { type: 'message', id: 'm', sender: 'agent', text: 'x', time: '2026-03-29T00:59:30' },
        '"time" must be ISO 8601 with a zone',
      ],
      [{ type: 'message', id: 'm', sender: 'bot', text: 'x', time: 'x' }, '"sender" must be one'],
      [{ type: 'chat-ended', by: 'nobody' }, '"by" must be one of resident, agent, system'],
    ];

    for (const [event, problem] of cases) {
      expect(validateTransportEvent(event)).to.be.a('string').and.contain(problem);
    }
  });
});
