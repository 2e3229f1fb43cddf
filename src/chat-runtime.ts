/**
 * Everything the widget needs once a resident opens the chat (or returns to one), in one lazily
 * loaded chunk: a page where nobody chats downloads only the launcher.
 */
export { BrandContrastController } from './config/brand-contrast-controller.js';
export { ChatKeeper } from './continuity/chat-keeper.js';
export { Announcer } from './element/announcer.js';
export { ViewportFit } from './element/viewport-fit.js';
export { ChatSession } from './session/chat-session.js';
export { CouncilChatPanel } from './views/panel/chat-panel.js';
export { recordUsageEvent, surveyUsageEvent, usageEventsBetween } from './element/usage-events.js';
export { defaultSurveyQuestions } from './views/survey/survey-questions.js';
