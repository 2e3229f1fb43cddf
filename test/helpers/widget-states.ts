import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';

import '../../src/index.js';
import type { CouncilChat } from '../../src/council-chat.js';
import { MockTransport } from '../../src/transport/mock/mock-transport.js';
import type { MockScenario } from '../../src/transport/mock/mock-scenarios.js';
import { inPanel, newStorageKey, openPanel, settle } from './chat-fixture.js';
import { ManualScheduler } from './manual-scheduler.js';

/**
 * Every state of the widget a resident can meet, as the demo's accessibility panel reaches
 * them. `survey` is the chat just ended, with the exit survey offered; `thank-you` is after
 * the survey was answered or skipped.
 */
export const widgetStates = [
  'closed',
  'open',
  'queue',
  'connected',
  'transfer',
  'long-conversation',
  'idle-warning',
  'error',
  'offline',
  'survey',
  'thank-you',
] as const;

export type WidgetState = (typeof widgetStates)[number];

/** A widget put into a state, with the means to move it on. */
export interface StatedWidget {
  element: CouncilChat;
  transport: MockTransport;
  scheduler: ManualScheduler;
}

const scenarioFor: Partial<Record<WidgetState, MockScenario>> = {
  queue: 'queue',
  connected: 'connected',
  transfer: 'transfer',
  'long-conversation': 'long-conversation',
  'idle-warning': 'idle-warning',
  error: 'error',
  offline: 'offline',
  survey: 'ended',
  'thank-you': 'ended',
};

/**
 * A `<council-chat>` on a blank page, in `lang` when given, put into `state` through the
 * mock backend's public scenarios. The backend's clock stands still until the test advances
 * it, so each state holds while it is checked.
 */
export async function widgetIn(state: WidgetState, lang?: string): Promise<StatedWidget> {
  const scheduler = new ManualScheduler();
  // A backend of its own and a resident of its own: no chat carries over from another test.
  const transport = new MockTransport({
    scheduler,
    siteUrl: `${location.origin}/demo/`,
    storage: null,
  });
  const element = await fixture<CouncilChat>(
    html`<council-chat
      lang=${lang ?? nothing}
      storage-key=${newStorageKey()}
      council-name="Harbourside Borough Council"
      team-name="Customer Services"
      .transport=${transport}
    ></council-chat>`,
  );

  if (state === 'closed') return { element, transport, scheduler };

  await openPanel(element);
  const scenario = scenarioFor[state];
  if (scenario) transport.playScenario(scenario);
  if (state === 'thank-you') await element.submitSurvey(null);
  await settle(element);
  await waitUntil(() => stateShows(element, state), `the widget did not reach "${state}"`);
  motionDone(element);

  return { element, transport, scheduler };
}

/**
 * Ends the panel's opening movement at once, so that measurements are of where it rests.
 * (Waiting for it would not do: a page in the background gets no animation frames.)
 */
export function motionDone(element: CouncilChat): void {
  const frame = element.shadowRoot!.querySelector('.panel-frame')!;
  for (const animation of frame.getAnimations()) animation.finish();
}

/** Whether the panel shows what marks `state`. */
function stateShows(element: CouncilChat, state: WidgetState): boolean {
  switch (state) {
    case 'closed':
    case 'open':
      return true;
    case 'queue':
      return Boolean(inPanel(element, '.status')?.textContent?.trim());
    case 'idle-warning':
      return Boolean(inPanel(element, '.idle-warning'));
    case 'error':
      return Boolean(inPanel(element, '.problem'));
    case 'survey':
    case 'thank-you':
      return Boolean(inPanel(element, '.ended'));
    default:
      return Boolean(inPanel(element, '.message'));
  }
}
