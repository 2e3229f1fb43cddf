/**
 * The exit survey's parts. The survey draws them in its own shadow root; the panel and the
 * element forward them so that `council-chat::part(survey-send)` reaches them from the page.
 */
export const surveyParts = [
  'survey',
  'survey-send',
  'survey-skip',
  'survey-result',
  'error-summary',
] as const;
