/**
 * The script-tag entry point: defines `<council-chat>` once, however many times the script is
 * included, and exposes the transport registry for councils that bring their own backend.
 */
import { CouncilChat } from './council-chat.js';

export { CouncilChat } from './council-chat.js';
export { registerTransport } from './transport/registry.js';
export type * from './transport/transport.js';
export type { CouncilChatLabels } from './localization/labels.js';

const existing = customElements.get('council-chat');
if (!existing) {
  customElements.define('council-chat', CouncilChat);
} else if (existing !== CouncilChat) {
  console.warn(
    '<council-chat>: the council-chat script was included more than once on this page. ' +
      'The first copy is in use; remove the extra <script> tag.',
  );
}
