import { waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../../src/council-chat.js';
import type { TestSiteWindow } from '../continuity/pages/page-setup.js';
import { panelOf } from './chat-fixture.js';

/** How a page of the test site is set up; see `test/continuity/pages/page-setup.ts`. */
export interface SitePageOptions {
  /** Shared by the pages of one "site"; a new one per test keeps tests apart. */
  storageKey: string;
  page?: 'index.html' | 'bin-collections.html';
  transport?: 'mock' | 'scripted';
  tab?: 'shared' | 'separate';
  channel?: 'broadcast' | 'storage';
  storage?: 'works' | 'throws' | 'denied' | 'full';
}

const pagesUrl = '/test/continuity/pages/';

/**
 * A real page of the test site in an iframe, which the test can reload or send to another
 * page as a resident's browser would, and look inside (same origin).
 */
export class SiteFrame {
  readonly iframe: HTMLIFrameElement;

  private constructor(iframe: HTMLIFrameElement) {
    this.iframe = iframe;
  }

  /** Opens a page of the test site and waits for the widget to be ready. */
  static async open(options: SitePageOptions): Promise<SiteFrame> {
    const iframe = document.createElement('iframe');
    iframe.title = 'A page of the test council site';
    Object.assign(iframe.dataset, {
      storageKey: options.storageKey,
      transport: options.transport ?? 'mock',
      tab: options.tab ?? 'shared',
      channel: options.channel ?? 'broadcast',
      storage: options.storage ?? 'works',
    });
    // Short enough that a few messages overflow the transcript, as on a small laptop.
    iframe.width = '600';
    iframe.height = '520';

    const frame = new SiteFrame(iframe);
    const loaded = frame.#nextLoad();
    iframe.src = pagesUrl + (options.page ?? 'index.html');
    document.body.append(iframe);
    await loaded;
    return frame;
  }

  get window(): TestSiteWindow {
    return this.iframe.contentWindow as TestSiteWindow;
  }

  get document(): Document {
    return this.iframe.contentDocument!;
  }

  get element(): CouncilChat {
    return this.document.querySelector('council-chat')!;
  }

  /** The page's path, to tell which page of the site is showing. */
  get path(): string {
    return this.window.location.pathname;
  }

  async reload(): Promise<void> {
    const loaded = this.#nextLoad();
    this.window.location.reload();
    await loaded;
  }

  /** Follows a link as the resident would, and waits for the next page. */
  async follow(link: HTMLAnchorElement): Promise<void> {
    const loaded = this.#nextLoad();
    link.click();
    await loaded;
  }

  /** Waits until the widget has taken up a kept or shared chat and drawn it. */
  async chatShown(): Promise<void> {
    await waitUntil(() => panelOf(this.element), 'the chat did not come back', {
      timeout: 5000,
    });
  }

  remove(): void {
    this.iframe.remove();
  }

  /** Resolves when the next page has loaded and its widget is defined and drawn. */
  #nextLoad(): Promise<void> {
    return new Promise((resolve) => {
      this.iframe.addEventListener(
        'load',
        async () => {
          await this.window.customElements.whenDefined('council-chat');
          await this.element.updateComplete;
          resolve();
        },
        { once: true },
      );
    });
  }
}
