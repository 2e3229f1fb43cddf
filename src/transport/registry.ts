import type { ChatTransport } from './transport.js';

/** Makes a transport for one element; may load its code on demand. */
export type TransportFactory = (element: HTMLElement) => ChatTransport | Promise<ChatTransport>;

/**
 * Transports that a page can choose by name with `<council-chat transport="name">`, for web
 * editors who can only write HTML. The mock is built in; its code loads only when used.
 */
const factories = new Map<string, TransportFactory>([
  [
    'mock',
    async () => {
      const { MockTransport } = await import('./mock/mock-transport.js');
      return new MockTransport();
    },
  ],
]);

/**
 * Makes a transport available by name to every `<council-chat>` on the page. Register it
 * before the element is opened; a later registration under the same name replaces it.
 */
export function registerTransport(name: string, factory: TransportFactory): void {
  factories.set(name, factory);
}

/** The factory registered under `name`, if any. */
export function findTransport(name: string): TransportFactory | undefined {
  return factories.get(name);
}

/** Every registered name, for error messages that say what is allowed. */
export function transportNames(): string[] {
  return [...factories.keys()];
}
