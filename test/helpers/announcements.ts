/** What reached the widget's live regions, in order. */
export interface HeardAnnouncements {
  polite: string[];
  assertive: string[];
  /** Stops listening; what was heard stays. */
  stop(): void;
}

/**
 * Listens to the live regions under `host` (the `<council-chat>` element, whose light-DOM
 * children they are) and records each announcement as a screen reader would get it: one
 * added node, once.
 */
export function listenToAnnouncements(host: Element): HeardAnnouncements {
  const heard: HeardAnnouncements = {
    polite: [],
    assertive: [],
    stop: () => observer.disconnect(),
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const region = (record.target as Element).closest?.('[data-council-chat-announcer]');
      if (!region || record.target !== region) continue;

      const politeness = region.getAttribute('aria-live') as 'polite' | 'assertive';
      // Directional isolates around names are invisible and silent: compare the words.
      for (const node of record.addedNodes) {
        heard[politeness].push((node.textContent ?? '').replace(/[\u2068\u2069]/g, ''));
      }
    }
  });
  observer.observe(host, { childList: true, subtree: true });
  return heard;
}
