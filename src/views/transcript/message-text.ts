import { html } from 'lit';

import { builtInLabels, type Labels } from '../../localization/panel-labels.js';
import { linkify } from './linkify.js';

/**
 * A message's text as Lit text nodes and safe links. Nothing in the text is ever parsed as
 * HTML: Lit writes it with `textContent`, so `<img onerror>` shows as the characters typed.
 *
 * Each link is a left-to-right isolate (`dir="ltr"`): a right-to-left override character
 * earlier in the message cannot reverse how its address reads.
 */
export function renderMessageText(
  text: string,
  siteOrigin: string,
  labels: Labels = builtInLabels,
) {
  return linkify(text, siteOrigin).map((part) => {
    if (part.kind === 'text') return part.text;

    if (!part.external) return html`<a href=${part.href} dir="ltr">${part.text}</a>`;
    return html`<a href=${part.href} dir="ltr" target="_blank" rel="noopener noreferrer"
      >${part.text}<span class="visually-hidden"> ${labels.text('opensInNewTab')}</span></a
    >`;
  });
}
