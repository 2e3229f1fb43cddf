import type { Agent, TransportEvent } from './transport.js';

/**
 * Checks an event from a transport before the session trusts it.
 *
 * Transports are written by councils and suppliers, and their events come from a network:
 * a malformed one must be refused with a sentence that says what is wrong, never half-applied.
 * Returns the event, or a description of the first problem found.
 */
export function validateTransportEvent(raw: unknown): TransportEvent | string {
  if (!isRecord(raw)) return `an event must be an object, got ${describe(raw)}`;

  const problem = eventProblem(raw);
  return problem ? `${String(raw.type)}: ${problem}` : (raw as unknown as TransportEvent);
}

function eventProblem(raw: Record<string, unknown>): string | undefined {
  switch (raw.type) {
    case 'status':
      return oneOf(raw, 'status', ['connecting', 'online', 'reconnecting', 'offline']);
    case 'chat-started':
      return text(raw, 'chatId') ?? optionalText(raw, 'reference');
    case 'queued':
      return count(raw, 'position') ?? optionalCount(raw, 'estimatedWaitSeconds');
    case 'agent-joined':
      return agentProblem(raw.agent, 'agent');
    case 'message':
      return messageProblem(raw);
    case 'typing':
      return typeof raw.typing === 'boolean' ? undefined : '"typing" must be true or false';
    case 'chat-ended':
      return oneOf(raw, 'by', ['resident', 'agent', 'system']) ?? optionalText(raw, 'reason');
    case 'error':
      return text(raw, 'code') ?? optionalText(raw, 'message');
    case 'idle-warning':
      return count(raw, 'secondsLeft');
    default:
      return `unknown event type ${describe(raw.type)}`;
  }
}

/** ISO 8601 date and time with a zone: `Z` or an offset. Times without one are ambiguous. */
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function messageProblem(raw: Record<string, unknown>): string | undefined {
  const problem =
    text(raw, 'id') ??
    optionalText(raw, 'clientId') ??
    oneOf(raw, 'sender', ['resident', 'agent', 'system']) ??
    (typeof raw.text === 'string' ? undefined : `"text" must be a string`) ??
    optionalCount(raw, 'seq');
  if (problem) return problem;

  if (typeof raw.time !== 'string' || !isoWithZone.test(raw.time)) {
    return `"time" must be ISO 8601 with a zone, got ${describe(raw.time)}`;
  }
  if (Number.isNaN(Date.parse(raw.time))) return `"time" ${raw.time} is not a real time`;

  if (raw.sender === 'agent' && raw.agent !== undefined) {
    return agentProblem(raw.agent, 'agent');
  }
  return undefined;
}

function agentProblem(agent: unknown, field: string): string | undefined {
  if (!isRecord(agent)) return `"${field}" must be an object, got ${describe(agent)}`;

  const problem =
    text(agent, 'id') ??
    text(agent, 'name') ??
    optionalText(agent, 'photoUrl') ??
    optionalText(agent, 'team');
  return problem && `${field}: ${problem}`;
}

/** Narrows to an {@link Agent} after validation. */
export function isAgent(value: unknown): value is Agent {
  return agentProblem(value, 'agent') === undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' && value.length > 0
    ? undefined
    : `"${key}" must be a non-empty string, got ${describe(value)}`;
}

function optionalText(raw: Record<string, unknown>, key: string): string | undefined {
  return raw[key] === undefined ? undefined : text(raw, key);
}

function count(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  return Number.isInteger(value) && (value as number) >= 0
    ? undefined
    : `"${key}" must be a whole number of 0 or more, got ${describe(value)}`;
}

function optionalCount(raw: Record<string, unknown>, key: string): string | undefined {
  return raw[key] === undefined ? undefined : count(raw, key);
}

function oneOf(
  raw: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
): string | undefined {
  return allowed.includes(raw[key] as string)
    ? undefined
    : `"${key}" must be one of ${allowed.join(', ')}, got ${describe(raw[key])}`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === null || value === undefined) return String(value);
  return typeof value === 'object'
    ? Array.isArray(value)
      ? 'an array'
      : 'an object'
    : String(value);
}
