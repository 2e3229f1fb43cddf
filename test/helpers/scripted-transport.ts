import type {
  ChatTransport,
  OutgoingMessage,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
  TransportListener,
} from '../../src/transport/transport.js';

/** One command the element sent, as recorded. */
export interface RecordedCommand {
  name: keyof ChatTransport;
  args: unknown[];
}

/**
 * A transport the test drives by hand: it records every command and emits only the events
 * the test gives it, so each state of the widget can be reached exactly.
 */
export class ScriptedTransport implements ChatTransport {
  readonly commands: RecordedCommand[] = [];
  /** Make the next commands of this name reject, to test failures. */
  readonly failing = new Set<keyof ChatTransport>();
  #listeners = new Set<TransportListener>();

  /** Delivers events as if from the backend. Accepts malformed ones on purpose. */
  emit(...events: (TransportEvent | Record<string, unknown>)[]): void {
    for (const event of events) {
      for (const listener of this.#listeners) listener(event as TransportEvent);
    }
  }

  named(name: keyof ChatTransport): RecordedCommand[] {
    return this.commands.filter((command) => command.name === name);
  }

  subscribe(listener: TransportListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  startChat(request: StartChatRequest): Promise<void> {
    return this.#record('startChat', request);
  }

  resumeChat(chatId: string): Promise<void> {
    return this.#record('resumeChat', chatId);
  }

  sendMessage(message: OutgoingMessage): Promise<void> {
    return this.#record('sendMessage', message);
  }

  setTyping(typing: boolean): Promise<void> {
    return this.#record('setTyping', typing);
  }

  endChat(): Promise<void> {
    return this.#record('endChat');
  }

  submitSurvey(chatId: string, answers: SurveyAnswers | null): Promise<void> {
    return this.#record('submitSurvey', chatId, answers);
  }

  keepAlive(): Promise<void> {
    return this.#record('keepAlive');
  }

  dispose(): void {
    this.#listeners.clear();
  }

  #record(name: keyof ChatTransport, ...args: unknown[]): Promise<void> {
    this.commands.push({ name, args });
    return this.failing.has(name)
      ? Promise.reject(new Error(`${name} failed on purpose`))
      : Promise.resolve();
  }
}

/** A staff member for tests. */
export const testAgent = {
  id: 'agent-1',
  name: 'Amira',
  team: 'Customer Services',
  photoUrl: '/src/transport/mock/photos/amira.svg',
};
