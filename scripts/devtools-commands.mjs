/**
 * `focus-page` brings the test's page to the front in any browser. Test files run two at a
 * time, and a page in the background gets no keyboard input in Firefox and no animation
 * frames anywhere, so keyboard tests call it first.
 *
 * The other commands need the browser's DevTools protocol, which only Chromium speaks
 * here (Firefox is driven over WebDriver BiDi, which has no accessibility tree, no forced
 * colours and no default font size). Each command answers `{ supported: false }` in other
 * browsers, so a test can say why it skipped instead of failing.
 *
 * - `accessibility-tree` { selector }: Chromium's full accessibility tree under the element,
 *   as `{ role, name, children }`, uninteresting nodes included.
 * - `media-features` { features: [{ name, value }] }: emulates CSS media features, including
 *   `forced-colors` and `prefers-reduced-motion`; an empty list resets them.
 * - `default-font-size` { pixels }: the browser's default font size, which is what the
 *   resident's "text size" setting changes (WCAG 1.4.4 asks for 200 %).
 */
export function devtoolsCommands() {
  return {
    name: 'devtools-commands',

    async executeCommand({ command, payload, session }) {
      if (command === 'focus-page') {
        await session.browser.getPage(session.id).bringToFront();
        return { supported: true };
      }
      if (!['accessibility-tree', 'media-features', 'default-font-size'].includes(command)) {
        return undefined;
      }

      const page = session.browser.getPage?.(session.id);
      const isChromium = /chrom/i.test(session.browser.name ?? '') && page?.createCDPSession;
      if (!isChromium) return { supported: false };

      switch (command) {
        case 'accessibility-tree': {
          const root = await page.$(payload.selector);
          if (!root) throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
          const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
          return { supported: true, tree: simplify(tree) };
        }

        case 'media-features':
          await page.emulateMediaFeatures(payload.features);
          return { supported: true };

        case 'default-font-size': {
          const client = await page.createCDPSession();
          await client.send('Page.setFontSizes', {
            fontSizes: { standard: payload.pixels, fixed: Math.round(payload.pixels * 0.8125) },
          });
          await client.detach();
          return { supported: true };
        }
      }
      return undefined;
    },
  };
}

/** Keeps what the tests read, so the answer crosses to the browser quickly. */
function simplify(node) {
  if (!node) return null;
  return {
    role: node.role,
    name: node.name ?? '',
    ...(node.children?.length ? { children: node.children.map(simplify) } : {}),
  };
}
