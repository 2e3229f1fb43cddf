import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';

import type { CouncilChat } from '../../src/council-chat.js';
import '../../src/index.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  allInPanel,
  inPanel,
  launcherOf,
  openPanel,
  panelOf,
  settle,
} from '../helpers/chat-fixture.js';
import { ScriptedTransport, testAgent } from '../helpers/scripted-transport.js';
import { widgetIn } from '../helpers/widget-states.js';

/** The launcher's words in each language. */
const launcherText: Record<string, string> = {
  'en-GB': 'Chat with Customer Services',
  cy: 'Sgwrsio gyda Customer Services',
  ar: 'تحدّث مع Customer Services',
};

function launcherLabel(element: CouncilChat): string {
  return element.shadowRoot!.querySelector('.launcher-label')!.textContent!.trim();
}

async function chatWith(attributes: { lang?: string; defaultLang?: string }) {
  return fixture<CouncilChat>(
    html`<council-chat
      lang=${attributes.lang ?? nothing}
      default-lang=${attributes.defaultLang ?? nothing}
      team-name="Customer Services"
      .transport=${new ScriptedTransport()}
    ></council-chat>`,
  );
}

/** Sets the page's `<html lang dir>` for one test. */
function pageLanguage(lang: string | null, dir: string | null = null): () => void {
  const root = document.documentElement;
  const before = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
  const set = (name: string, value: string | null) =>
    value === null ? root.removeAttribute(name) : root.setAttribute(name, value);
  set('lang', lang);
  set('dir', dir);
  return () => {
    set('lang', before.lang);
    set('dir', before.dir);
  };
}

describe('languages', () => {
  it('is accessible in Welsh and in Arabic', async () => {
    for (const lang of ['cy', 'ar']) {
      const { element, transport } = await widgetIn('transfer', lang);

      await expectNoAxeViolations(element);
      transport.dispose();
    }
  });

  describe('before the first paint', () => {
    it('never shows English on a Welsh page, not even for a moment', async () => {
      const restore = pageLanguage('cy');
      const container = document.body.appendChild(document.createElement('div'));
      const seen: string[] = [];

      const element = document.createElement('council-chat') as CouncilChat;
      element.teamName = 'Customer Services';
      container.append(element);
      const observer = new MutationObserver(() => seen.push(element.shadowRoot!.textContent!));
      observer.observe(element.shadowRoot!, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      seen.push(element.shadowRoot!.textContent!);
      await element.updateComplete;
      observer.disconnect();

      expect(launcherLabel(element)).to.equal(launcherText.cy);
      expect(seen.filter((text) => text.includes('Chat with'))).to.deep.equal([]);
      container.remove();
      restore();
    });
  });

  describe('which language', () => {
    const cases = [
      { page: 'cy', element: undefined, fallback: undefined, expected: 'cy', why: 'the page' },
      { page: 'en-GB', element: 'cy', fallback: undefined, expected: 'cy', why: 'own lang first' },
      { page: 'cy-GB', element: undefined, fallback: undefined, expected: 'cy', why: 'a region' },
      { page: 'ar-EG', element: undefined, fallback: undefined, expected: 'ar', why: 'Arabic' },
      { page: null, element: undefined, fallback: 'cy', expected: 'cy', why: 'default-lang' },
      { page: 'fr', element: undefined, fallback: 'cy', expected: 'cy', why: 'unsupported page' },
      { page: 'cy', element: 'fr', fallback: undefined, expected: 'cy', why: 'unsupported own' },
      { page: 'en-US', element: undefined, fallback: 'cy', expected: 'en-GB', why: 'any English' },
      { page: null, element: undefined, fallback: undefined, expected: 'en-GB', why: 'nothing' },
    ];

    for (const { page, element: own, fallback, expected, why } of cases) {
      it(`page ${page}, element ${own}, default ${fallback}: ${expected} (${why})`, async () => {
        const restore = pageLanguage(page);

        const element = await chatWith({ lang: own, defaultLang: fallback });

        expect(launcherLabel(element)).to.equal(launcherText[expected]);
        expect(element.shadowRoot!.querySelector('aside')!.lang).to.equal(expected);
        restore();
      });
    }

    it("takes an ancestor's lang before the page's", async () => {
      const restore = pageLanguage('en-GB');
      const section = document.body.appendChild(document.createElement('section'));
      section.lang = 'cy';
      const element = document.createElement('council-chat') as CouncilChat;
      element.teamName = 'Customer Services';

      section.append(element);
      await element.updateComplete;

      expect(launcherLabel(element)).to.equal(launcherText.cy);
      section.remove();
      restore();
    });

    it('warns when default-lang names a language it has no text for', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await chatWith({ defaultLang: 'klingon' });

        expect(String(warnings[0]?.[0])).to.contain('default-lang="klingon"');
        expect(warnings[0]?.[1]).to.equal(element);
        expect(launcherLabel(element)).to.equal(launcherText['en-GB']);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('after load', () => {
    it("follows a change of the element's lang, with the panel open", async () => {
      const element = await chatWith({ lang: 'en-GB' });
      await openPanel(element);

      element.lang = 'cy';
      await waitUntil(() => launcherLabel(element) === launcherText.cy, 'no switch to Welsh');
      await settle(element);
      expect(inPanel(element, 'label')!.textContent).to.equal('Eich cwestiwn');

      element.lang = 'ar';
      await waitUntil(() => launcherLabel(element) === launcherText.ar, 'no switch to Arabic');
      await settle(element);
      expect(panelOf(element)!.getAttribute('dir')).to.equal('rtl');
      expect(launcherOf(element).getAttribute('dir')).to.equal('rtl');
      expect(inPanel(element, '.send')!.textContent!.trim()).to.equal('إرسال');
    });

    it("follows a change of the page's lang", async () => {
      const restore = pageLanguage('en-GB');
      const element = await chatWith({});

      document.documentElement.lang = 'cy';
      await waitUntil(() => launcherLabel(element) === launcherText.cy, 'no switch to Welsh');

      expect(element.shadowRoot!.querySelector('aside')!.lang).to.equal('cy');
      restore();
      await waitUntil(
        () => launcherLabel(element) === launcherText['en-GB'],
        'no switch back to English',
      );
    });
  });

  describe('dates and times', () => {
    const time = '2026-03-29T00:59:30Z';

    /** The time a chat in `lang` shows for `time`. */
    async function timeShownIn(lang: string): Promise<string> {
      const restore = pageLanguage(lang);
      const transport = new ScriptedTransport();
      const element = await fixture<CouncilChat>(
        html`<council-chat team-name="Customer Services" .transport=${transport}></council-chat>`,
      );
      await openPanel(element);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: testAgent },
        { type: 'message', id: 'm1', sender: 'agent', agent: testAgent, text: 'Hi', time },
      );
      await settle(element);
      restore();
      return allInPanel(element, '.message time')[0].textContent!.trim();
    }

    /** The hour in a formatted time, whatever digits it is written in. */
    function hourOf(shown: string): number {
      const digits = shown.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
      return Number(digits.match(/\d+/)![0]);
    }

    it("shows message times in the resident's time zone and the page's conventions", async () => {
      const localHour = new Date(time).getHours();

      const british = await timeShownIn('en-GB');
      const american = await timeShownIn('en-US');

      expect(british, 'British: 24-hour').to.match(/^\d{1,2}:\d{2}$/);
      expect(hourOf(british)).to.equal(localHour);
      expect(american, 'American: 12-hour').to.match(/[AP]M/);
      expect(hourOf(american) % 12).to.equal(localHour % 12);
    });

    it('writes no English word into a Welsh or Arabic time, with or without Intl data', async () => {
      const localHour = new Date(time).getHours();

      const welsh = await timeShownIn('cy');
      const arabic = await timeShownIn('ar');

      expect(welsh).not.to.match(/[AP]M/);
      expect(hourOf(welsh) % 12).to.equal(localHour % 12);
      expect(arabic).not.to.match(/[AP]M/);
      expect(hourOf(arabic) % 12).to.equal(localHour % 12);
    });

    it('writes queue waits and idle warnings in the language', async () => {
      const queued = await widgetIn('queue', 'cy');
      const queueStatus = inPanel(queued.element, '.status')!.textContent!;
      queued.transport.dispose();
      const warned = await widgetIn('idle-warning', 'cy');
      const warning = inPanel(warned.element, '.idle-warning p')!.textContent!;
      warned.transport.dispose();

      expect(queueStatus).to.contain("Rydych chi'n rhif 3 yn y ciw");
      expect(queueStatus).to.match(/2 [mf]unud/);
      expect(warning).to.contain('60 eiliad');
      expect(`${queueStatus} ${warning}`).not.to.match(/minute|second/);
    });
  });

  describe('direction', () => {
    it('gives each message its own direction in an English panel', async () => {
      const { element, transport } = await widgetIn('long-conversation');

      const arabic = allInPanel(element, '.text').find((node) =>
        /[\u0600-\u06ff]/.test(node.textContent!),
      )!;
      const english = allInPanel(element, '.text')[0];

      expect(getComputedStyle(arabic).direction).to.equal('rtl');
      expect(getComputedStyle(english).direction).to.equal('ltr');
      transport.dispose();
    });

    it('mirrors the whole widget on a right-to-left page', async () => {
      const restore = pageLanguage('ar', 'rtl');
      await aTimeout(0);
      const { element, transport } = await widgetIn('connected');
      const width = document.documentElement.clientWidth;

      const launcher = launcherOf(element).getBoundingClientRect();
      const frame = element.shadowRoot!.querySelector('.panel-frame')!.getBoundingClientRect();
      const close = inPanel(element, '.close')!.getBoundingClientRect();
      const title = inPanel(element, '.title')!.getBoundingClientRect();
      const resident = allInPanel(element, '.from-resident .bubble')[0].getBoundingClientRect();
      const staff = allInPanel(element, '.from-agent .bubble')[0].getBoundingClientRect();

      expect(launcher.left, 'launcher in the left corner').to.be.below(width / 2);
      expect(frame.left, 'panel on the left').to.be.below(width / 2);
      expect(close.left, 'close button at the left end of the header').to.be.below(title.left);
      expect(resident.left, "resident's bubbles on the left").to.be.below(staff.left);
      expect(getComputedStyle(inPanel(element, '.panel')!).direction).to.equal('rtl');
      transport.dispose();
      restore();
    });

    it('keeps the left-to-right layout on an English page', async () => {
      const { element, transport } = await widgetIn('connected');
      const width = document.documentElement.clientWidth;

      const launcher = launcherOf(element).getBoundingClientRect();
      const close = inPanel(element, '.close')!.getBoundingClientRect();
      const title = inPanel(element, '.title')!.getBoundingClientRect();

      expect(launcher.left).to.be.above(width / 2);
      expect(close.left).to.be.above(title.left);
      transport.dispose();
    });
  });
});
