import { css, html } from 'lit';

import { builtInLabels, type Labels } from '../../localization/labels.js';
import '../avatar/avatar.js';

/** What the launcher shows. */
export interface LauncherProps {
  open: boolean;
  teamName: string;
  photo?: string;
  /** Whether staff are taking chats now, when the page knows. */
  available?: boolean;
  /** A chat is in progress, so the launcher says so instead of inviting a new one. */
  chatInProgress: boolean;
  /** The id of the panel the launcher controls. */
  panelId: string;
  onToggle: () => void;
  /** The widget's text in the resident's language. */
  labels?: Labels;
  /** The direction of the widget's language. */
  dir?: 'ltr' | 'rtl';
}

/**
 * The closed widget: one calm button in the corner. It never opens, moves, grows or makes a
 * sound by itself; only the resident opens the chat.
 */
export function renderLauncher(props: LauncherProps) {
  const labels = props.labels ?? builtInLabels;
  const label = props.chatInProgress
    ? labels.text('launcherReturn')
    : labels.text('launcher', { team: props.teamName });

  return html`<button
    class="launcher"
    part="launcher"
    type="button"
    aria-expanded=${props.open ? 'true' : 'false'}
    aria-controls=${props.panelId}
    dir=${props.dir ?? 'ltr'}
    @click=${props.onToggle}
  >
    <council-chat-avatar decorative .name=${props.teamName} .src=${props.photo}>
    </council-chat-avatar>
    <span class="launcher-text">
      <span class="launcher-label">${label}</span>
      ${availabilityLine(props.available, labels)}
    </span>
  </button>`;
}

function availabilityLine(available: boolean | undefined, labels: Labels) {
  if (available === undefined) return '';
  return html`<span class="launcher-status">
    ${available ? labels.text('launcherOnline') : labels.text('launcherOffline')}
  </span>`;
}

export const launcherStyles = css`
  .launcher {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-block-size: 3.25em;
    max-inline-size: min(20em, calc(100vw - 2em));
    padding-block: 0.375em;
    padding-inline: 0.375em 1em;
    border: 0.125em solid var(--council-chat-launcher-border, #ffffff);
    border-radius: 999em;
    background: var(--council-chat-brand, #0b4f6c);
    color: var(--council-chat-on-brand, #ffffff);
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.3);
    cursor: pointer;
    text-align: start;
    font-weight: 700;
  }

  .launcher:hover {
    background: var(
      --council-chat-brand-hover,
      color-mix(in srgb, var(--council-chat-brand, #0b4f6c) 75%, #000000)
    );
  }

  .launcher-text {
    display: grid;
    min-inline-size: 0;
  }

  .launcher-status {
    font-weight: 400;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
    }
  }
`;
