/** The slot, in the element's shadow root, that shows the live regions to assistive tech. */
export const announcementsSlot = 'council-chat-announcements';

/** How urgently a screen reader should speak. */
export type Politeness = 'polite' | 'assertive';

/** How long an announcement stays in its region, so that browsing never meets old ones. */
const lingerMs = 7000;

/**
 * Two live regions, polite and assertive, kept as light-DOM children of `<council-chat>` and
 * slotted into a visually hidden slot of its shadow root.
 *
 * Why the light DOM: live regions inside shadow roots have been missed by some browser and
 * screen reader pairs (changes in a shadow tree did not always reach the platform's
 * accessibility events, notably with VoiceOver on Safari and with older Firefox and NVDA), and
 * regions in the light DOM are what every pair has supported longest. Slotting keeps them
 * inside the widget's landmark, styled only from the shadow root, so the host page's own
 * elements, styles and attributes stay as they were.
 *
 * Each announcement is a new child, removed after a few seconds: a screen reader speaks
 * additions once, and nothing old waits in the region to be found again.
 */
export class LiveRegions {
  readonly #host: HTMLElement;
  #container?: HTMLElement;
  readonly #regions = new Map<Politeness, HTMLElement>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /**
   * Adds the regions to the element, empty. Call it well before the first announcement:
   * screen readers ignore text put into a region that has only just appeared.
   */
  connect(): void {
    if (!this.#container) this.#container = this.#build();
    if (this.#container.parentNode !== this.#host) this.#host.append(this.#container);
  }

  /** Speaks `text` once, in the widget's language. */
  announce(text: string, politeness: Politeness, language: { lang: string; dir: string }): void {
    if (text.trim() === '') return;

    this.connect();
    const container = this.#container!;
    if (container.lang !== language.lang) container.lang = language.lang;
    if (container.dir !== language.dir) container.dir = language.dir;

    const entry = document.createElement('div');
    entry.textContent = text;
    this.#regions.get(politeness)!.append(entry);

    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      entry.remove();
    }, lingerMs);
    this.#timers.add(timer);
  }

  /** Removes the regions and anything waiting in them. */
  disconnect(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#container?.remove();
  }

  #build(): HTMLElement {
    const container = document.createElement('div');
    container.slot = announcementsSlot;

    for (const politeness of ['polite', 'assertive'] as const) {
      // No role: a log or status role would make a nameless landmark-like node for screen
      // reader users to stumble on; `aria-live` alone is what every pair announces.
      const region = document.createElement('div');
      region.setAttribute('aria-live', politeness);
      region.setAttribute('aria-relevant', 'additions');
      region.dataset.councilChatAnnouncer = politeness;
      this.#regions.set(politeness, region);
      container.append(region);
    }
    return container;
  }
}
