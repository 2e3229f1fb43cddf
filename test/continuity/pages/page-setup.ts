/**
 * Sets up a page of the test site before the widget loads, from the data attributes of the
 * iframe it is shown in, which stay the same across reloads and links followed:
 *
 * - `data-storage-key`: the widget's `storage-key`, so test pages run side by side stay apart;
 * - `data-transport`: `mock` (simulated staff, on a virtual clock) or `scripted` (driven by
 *   the test through `window.testTransport`);
 * - `data-tab="separate"`: a sessionStorage of its own, as a separate browser tab has;
 * - `data-channel="storage"`: no BroadcastChannel, as in older browsers;
 * - `data-storage="throws"`, `"denied"` or `"full"`: every storage call throws, reading the
 *   storage objects throws (site data blocked), or every write fails for quota.
 */
import { registerTransport } from '../../../src/transport/registry.js';
import { MockTransport } from '../../../src/transport/mock/mock-transport.js';
import type { ChatTransport } from '../../../src/transport/transport.js';
import { MemoryStorage } from '../../helpers/memory-storage.js';
import { ScriptedTransport } from '../../helpers/scripted-transport.js';

/** What the test page can reach in a page of the test site. */
export interface TestSiteWindow extends Window {
  testTransport?: MockTransport | ScriptedTransport;
  /** On the test page: where the test site's simulated server keeps its chats. */
  testSiteServer?: Storage;
}

const frame = window.frameElement as (HTMLIFrameElement & { tabStorage?: Storage }) | null;
const config = frame?.dataset ?? {};

if (config.tab === 'separate' && frame) {
  // Kept on the iframe element, so it lives as long as the "tab" and survives reloads.
  frame.tabStorage ??= new MemoryStorage();
  Object.defineProperty(window, 'sessionStorage', {
    value: frame.tabStorage,
    configurable: true,
  });
}

if (config.channel === 'storage') {
  Reflect.deleteProperty(window, 'BroadcastChannel');
}

if (config.storage === 'throws') {
  for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
    Storage.prototype[method] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  }
} else if (config.storage === 'denied') {
  for (const area of ['sessionStorage', 'localStorage']) {
    Object.defineProperty(window, area, {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  }
} else if (config.storage === 'full') {
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

registerTransport('test', (): ChatTransport => {
  const transport =
    config.transport === 'scripted'
      ? new ScriptedTransport()
      : new MockTransport({
          // A virtual clock: no real timers, which Firefox slows down in a background tab.
          timing: 'instant',
          // The pages of the test site share one simulated server, kept by the test page.
          storage: () => ((window.top as TestSiteWindow).testSiteServer ??= new MemoryStorage()),
          queueLength: 0,
          siteUrl: new URL('./', location.href).href,
        });
  (window as TestSiteWindow).testTransport = transport;
  return transport;
});

document
  .querySelector('council-chat')
  ?.setAttribute('storage-key', config.storageKey ?? 'council-chat-test-site');
