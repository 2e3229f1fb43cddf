import type { SurveyAnswers } from '../../transport/transport.js';

/**
 * What the panel asks of the element. These stay inside the widget's shadow root (they neither
 * cross it nor carry the public prefix): the element turns them into session calls.
 */
export interface PanelRequests {
  'panel-send': { text: string };
  'panel-draft': { text: string };
  'panel-retry': { key: string };
  'panel-close': undefined;
  'panel-end': undefined;
  'panel-new-chat': undefined;
  'panel-survey': { answers: SurveyAnswers | null };
  /** The resident printed or downloaded the conversation. */
  'panel-record': { kind: 'print' | 'download' };
  'panel-keep-alive': undefined;
}

/** Sends one request from a view to the element that hosts it. */
export function requestFromPanel<K extends keyof PanelRequests>(
  source: EventTarget,
  type: K,
  ...detail: PanelRequests[K] extends undefined ? [] : [PanelRequests[K]]
): void {
  source.dispatchEvent(new CustomEvent(type, { detail: detail[0], bubbles: true }));
}
