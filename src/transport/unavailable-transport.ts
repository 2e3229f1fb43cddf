import type { ChatTransport, TransportListener } from './transport.js';

/**
 * Stands in when the page names a transport that does not exist: residents are told chat is
 * unavailable instead of meeting a panel that silently does nothing.
 */
export class UnavailableTransport implements ChatTransport {
  #listeners = new Set<TransportListener>();

  subscribe(listener: TransportListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async startChat(): Promise<void> {
    this.#refuse();
  }

  async resumeChat(): Promise<void> {
    this.#refuse();
  }

  async sendMessage(): Promise<void> {
    this.#refuse();
    throw new Error('web chat is unavailable: no transport is configured');
  }

  async setTyping(): Promise<void> {}

  async endChat(): Promise<void> {
    for (const listener of this.#listeners) listener({ type: 'chat-ended', by: 'system' });
  }

  async submitSurvey(): Promise<void> {}

  dispose(): void {
    this.#listeners.clear();
  }

  #refuse(): void {
    for (const listener of this.#listeners) {
      listener({ type: 'error', code: 'unavailable', message: 'no transport is configured' });
    }
  }
}
