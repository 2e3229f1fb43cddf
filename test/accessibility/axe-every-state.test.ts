import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

import { expectNoAxeViolations } from '../helpers/axe.js';
import { widgetIn, widgetStates } from '../helpers/widget-states.js';

/** The widget's languages, with a word of the launcher's text in each. */
const languages = [
  { lang: 'en-GB', launcherWord: 'Chat with' },
  { lang: 'cy', launcherWord: 'Sgwrsio' },
  { lang: 'ar', launcherWord: 'تحدّث' },
];

const viewports = [
  { width: 1280, height: 800 },
  { width: 320, height: 568 },
];

describe('axe-core, WCAG 2.2 A and AA with best practice, in every state', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { lang, launcherWord } of languages) {
    for (const viewport of viewports) {
      describe(`in ${lang} at ${viewport.width} px`, () => {
        before(() => setViewport(viewport));

        for (const state of widgetStates) {
          it(`has no violations: ${state}`, async () => {
            const { element, transport } = await widgetIn(state, lang);

            await expectNoAxeViolations(element);

            const launcher = element.shadowRoot!.querySelector('.launcher')!;
            expect(launcher.textContent).to.satisfy(
              (text: string) => text.includes(launcherWord) || text.includes(returnWord(lang)),
            );
            transport.dispose();
          });
        }
      });
    }
  }
});

/** The launcher's words while a chat is in progress. */
function returnWord(lang: string): string {
  return { 'en-GB': 'Return to your chat', cy: "Yn ôl i'ch sgwrs", ar: 'العودة إلى محادثتك' }[
    lang
  ]!;
}
