import type { CouncilChat } from '../../src/council-chat.js';

/** Every shadow root of the widget: the element's, the panel's, and each avatar's. */
export function shadowRootsOf(element: CouncilChat): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
  };
  visit(element.shadowRoot!);
  return roots;
}

/**
 * Where the open widget spills sideways or cuts text off, as a list of sentences (empty when
 * all is well): the page scrolling sideways, the panel outside the window, any element whose
 * content is wider than its box, and any box that hides overflow without scrolling.
 */
export function overflowProblems(element: CouncilChat): string[] {
  const problems: string[] = [];
  const viewportWidth = document.documentElement.clientWidth;

  if (document.documentElement.scrollWidth > viewportWidth + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
  }

  const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();
  if (frame.left < -1 || frame.right > viewportWidth + 1) {
    problems.push(`the panel runs from ${frame.left} to ${frame.right} px`);
  }

  for (const root of shadowRootsOf(element)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (isHiddenOnPurpose(node) || node.clientWidth === 0) continue;

      const style = getComputedStyle(node);
      const name = `${node.tagName.toLowerCase()}.${node.className || '(no class)'}`;
      if (node.scrollWidth > node.clientWidth + 1 && node.tagName !== 'TEXTAREA') {
        problems.push(`${name} is ${node.scrollWidth} px wide inside ${node.clientWidth} px`);
      }
      const clipsVertically = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsVertically && node.scrollHeight > node.clientHeight + 1) {
        problems.push(`${name} cuts off ${node.scrollHeight - node.clientHeight} px of text`);
      }
    }
  }
  return problems;
}

/** Visually hidden text and the live regions' slot: one pixel, clipped by design. */
function isHiddenOnPurpose(node: Element): boolean {
  return node.closest('.visually-hidden, .announcements, [hidden]') !== null;
}

/** The WCAG 1.4.12 text spacing, as a resident's own stylesheet or bookmarklet applies it. */
export const textSpacingCss = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

/**
 * Applies the text spacing overrides to the page and inside every shadow root of the widget,
 * where a page-wide stylesheet cannot reach. Returns a function that takes them away.
 */
export function applyTextSpacing(element: CouncilChat): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(textSpacingCss);
  const roots: (Document | ShadowRoot)[] = [document, ...shadowRootsOf(element)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  return () => {
    for (const root of roots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((added) => added !== sheet);
    }
  };
}
