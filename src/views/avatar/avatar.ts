import { css, html, LitElement, nothing } from 'lit';

import { checkPhoto } from '../../config/check-config.js';
import { defineOnce } from '../shared/define.js';

/**
 * A staff member's or the team's photo, or their initials on a coloured disc when there is no
 * photo or it fails to load.
 *
 * Decorative where the name is written beside it (the screen reader would otherwise read the
 * name twice); otherwise the name is its text alternative.
 */
export class CouncilChatAvatar extends LitElement {
  static override properties = {
    name: {},
    src: {},
    decorative: { type: Boolean },
    failed: { state: true },
  };

  static override styles = css`
    :host {
      display: inline-block;
      flex: none;
      inline-size: var(--avatar-size, 2.5em);
      block-size: var(--avatar-size, 2.5em);
    }

    .avatar {
      box-sizing: border-box;
      display: grid;
      place-items: center;
      inline-size: 100%;
      block-size: 100%;
      border-radius: 50%;
      overflow: hidden;
      background: var(--_disc-color);
      color: #fff;
      font-weight: 700;
      font-size: calc(var(--avatar-size, 2.5em) * 0.4);
      line-height: 1;
      letter-spacing: 0;
      border: 0.0625em solid currentColor;
      forced-color-adjust: auto;
    }

    img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
      background: #fff;
    }

    .disc-0 {
      --_disc-color: #1d5c63;
    }
    .disc-1 {
      --_disc-color: #6a2c70;
    }
    .disc-2 {
      --_disc-color: #8a3a00;
    }
    .disc-3 {
      --_disc-color: #24528f;
    }
    .disc-4 {
      --_disc-color: #2f6b2f;
    }
    .disc-5 {
      --_disc-color: #7a1f3d;
    }
  `;

  /** The person's or team's name, used for initials and as the text alternative. */
  declare name: string;
  /** Address of the photo. */
  declare src: string | undefined;
  /** Hide from assistive technology because the name is shown beside it. */
  declare decorative: boolean;
  declare private failed: boolean;

  constructor() {
    super();
    this.name = '';
    this.decorative = false;
    this.failed = false;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('src')) this.failed = false;
  }

  protected override render() {
    const label = this.decorative ? nothing : this.name;
    const role = this.decorative ? nothing : 'img';

    // A staff photo address comes from the backend: one that is not an image address
    // (`javascript:`, `data:text/html`) is treated like a photo that failed to load.
    const src = checkPhoto(this.src, document.baseURI).value;
    if (src && !this.failed) {
      return html`<img
        class="avatar"
        part="image"
        src=${src}
        alt=${this.decorative ? '' : this.name}
        @error=${() => (this.failed = true)}
      />`;
    }

    return html`<span
      class="avatar disc-${discColour(this.name)}"
      part="initials"
      role=${role}
      aria-label=${label}
      aria-hidden=${this.decorative ? 'true' : nothing}
      >${initials(this.name)}</span
    >`;
  }
}

/** Up to two initials from the first and last words of a name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';

  const first = [...words[0]][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toLocaleUpperCase();
}

/** The same name always gets the same colour, so a resident can tell staff apart. */
function discColour(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 6;
}

defineOnce('council-chat-avatar', CouncilChatAvatar);

declare global {
  interface HTMLElementTagNameMap {
    'council-chat-avatar': CouncilChatAvatar;
  }
}
