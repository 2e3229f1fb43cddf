/**
 * The script-tag entry point: defines `<council-chat>` once, however many times the script is
 * included, adds the element for pages that configure it on the script tag, and exposes the
 * transport registry for councils that bring their own backend.
 */
import { CouncilChat } from './council-chat.js';
import { defineCouncilChat } from './embed/define-council-chat.js';
import { addElementFromScriptTag } from './embed/script-tag.js';

export { CouncilChat } from './council-chat.js';
export { registerTransport } from './transport/registry.js';
export type * from './transport/transport.js';
export type { CouncilChatEventMap, UsageDetail } from './events.js';
export type * from './views/survey/survey-questions.js';
export type { CouncilChatLabels } from './localization/labels.js';

defineCouncilChat(CouncilChat);
addElementFromScriptTag(import.meta.url);
