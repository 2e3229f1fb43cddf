import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { CouncilChat } from '../src/council-chat.js';
import { type Channel, CHANNELS } from '../src/report/savings.js';
import type { EndedBy } from '../src/transport/transport.js';
import {
  type ChannelChoice,
  defaultSurveyQuestions,
  type SurveyQuestionSet,
} from '../src/views/survey/survey-questions.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { chatFixture, inPanel, launcherOf, openPanel, settle } from './helpers/chat-fixture.js';
import { connectChat, messageEvent } from './helpers/conversation.js';
import { ScriptedTransport } from './helpers/scripted-transport.js';

/** The survey element inside the panel. */
function surveyOf(element: CouncilChat) {
  return inPanel<HTMLElementTagNameMap['council-chat-exit-survey']>(
    element,
    'council-chat-exit-survey',
  );
}

function inSurvey<T extends Element = HTMLElement>(
  element: CouncilChat,
  selector: string,
): T | null {
  return surveyOf(element)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

function allInSurvey<T extends Element = HTMLElement>(element: CouncilChat, selector: string): T[] {
  return [...(surveyOf(element)?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Waits until the element, its panel and the survey have drawn the latest state. */
async function settleSurvey(element: CouncilChat): Promise<void> {
  await settle(element);
  await surveyOf(element)?.updateComplete;
}

/** The element's focused node, looking through every shadow root. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A chat that has run and ended the given way, with the panel open. */
async function endedChat(endedBy: EndedBy = 'agent') {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  await openPanel(element);
  await connectChat(element, transport, messageEvent(1, 'agent', 'Is there anything else?'));

  if (endedBy === 'resident') inPanel<HTMLButtonElement>(element, '.end')!.click();
  transport.emit({ type: 'chat-ended', by: endedBy });
  await settleSurvey(element);
  return { element, transport };
}

function choose(element: CouncilChat, questionId: string, choiceId: string): void {
  inSurvey<HTMLInputElement>(element, `#survey-${questionId}-${choiceId}`)!.click();
}

function writeComment(element: CouncilChat, text: string): void {
  inSurvey<HTMLTextAreaElement>(element, 'textarea')!.value = text;
}

async function pressSend(element: CouncilChat): Promise<void> {
  inSurvey<HTMLButtonElement>(element, '.survey-send')!.click();
  await settleSurvey(element);
}

async function pressSkip(element: CouncilChat): Promise<void> {
  inSurvey<HTMLButtonElement>(element, '.survey-skip')!.click();
  await settleSurvey(element);
}

/** The answers the backend received, one entry per call. */
function surveysSent(transport: ScriptedTransport): unknown[] {
  return transport.named('submitSurvey').map((command) => command.args[1]);
}

describe('exit survey', () => {
  afterEach(() => sessionStorage.clear());

  describe('accessibility', () => {
    it('is accessible offered, with errors, answered and skipped', async () => {
      const answered = await endedChat();
      await expectNoAxeViolations(answered.element);

      await pressSend(answered.element);
      expect(inSurvey(answered.element, '.error-summary')).to.exist;
      await expectNoAxeViolations(answered.element);

      choose(answered.element, 'satisfaction', 'satisfied');
      choose(answered.element, 'channel', 'phone');
      await pressSend(answered.element);
      expect(inSurvey(answered.element, '.survey-result')!.textContent).to.contain('Thank you');
      await expectNoAxeViolations(answered.element);

      const skipped = await endedChat();
      await pressSkip(skipped.element);
      expect(inSurvey(skipped.element, '.survey-result')).to.exist;
      await expectNoAxeViolations(skipped.element);
    });
  });

  describe('after every ending', () => {
    for (const endedBy of ['resident', 'agent', 'system'] as const) {
      it(`is offered in the panel when the chat is ended by the ${endedBy}`, async () => {
        const { element } = await endedChat(endedBy);

        const legends = allInSurvey(element, 'legend').map((legend) => legend.textContent);

        expect(inSurvey(element, 'form')).to.exist;
        expect(legends).to.deep.equal([
          'How satisfied are you with this chat?',
          'If web chat had not been available, how would you have contacted us?',
        ]);
        expect(inPanel(element, 'textarea#composer-field')).to.equal(null);
      });
    }

    it('is waiting in the panel when staff end the chat while it is closed', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      await connectChat(element, transport);
      launcherOf(element).click();
      await element.updateComplete;

      transport.emit({ type: 'chat-ended', by: 'agent' });
      launcherOf(element).click();
      await settleSurvey(element);

      expect(element.open).to.be.true;
      expect(inSurvey(element, 'form')).to.exist;
    });
  });

  describe('answers', () => {
    it('sends exactly the chosen answers, with the comment trimmed', async () => {
      const { element, transport } = await endedChat();

      choose(element, 'satisfaction', 'very-dissatisfied');
      choose(element, 'satisfaction', 'satisfied');
      choose(element, 'channel', 'in-person');
      writeComment(element, '  The link to the bin calendar was broken.  ');
      await pressSend(element);

      expect(transport.named('submitSurvey').map((command) => command.args[0])).to.deep.equal([
        'chat-1',
      ]);
      expect(surveysSent(transport)).to.deep.equal([
        {
          satisfaction: 'satisfied',
          channel: 'in-person',
          comment: 'The link to the bin calendar was broken.',
        },
      ]);
    });

    it('leaves out an empty comment', async () => {
      const { element, transport } = await endedChat();

      choose(element, 'satisfaction', 'neither');
      choose(element, 'channel', 'would-not-have-contacted');
      writeComment(element, '   ');
      await pressSend(element);

      expect(surveysSent(transport)).to.deep.equal([
        { satisfaction: 'neither', channel: 'would-not-have-contacted' },
      ]);
    });

    it('shows a thank-you and moves focus to it', async () => {
      const { element } = await endedChat();

      choose(element, 'satisfaction', 'satisfied');
      choose(element, 'channel', 'email');
      await pressSend(element);

      expect(inSurvey(element, 'form')).to.equal(null);
      expect(inSurvey(element, '.survey-result h3')!.textContent).to.equal(
        'Thank you for your feedback',
      );
      expect(deepActiveElement()).to.equal(inSurvey(element, '.survey-result'));
    });
  });

  describe('missing answers', () => {
    it('lists each missing answer in an error summary that links to the question', async () => {
      const { element, transport } = await endedChat();
      const hash = location.hash;
      choose(element, 'channel', 'phone');

      await pressSend(element);
      const links = allInSurvey<HTMLAnchorElement>(element, '.error-summary a');

      expect(surveysSent(transport)).to.deep.equal([]);
      expect(deepActiveElement()).to.equal(inSurvey(element, '.error-summary'));
      expect(links.map((link) => link.textContent)).to.deep.equal([
        'Select how satisfied you are with this chat',
      ]);
      expect(links[0].getAttribute('href')).to.equal('#survey-satisfaction-very-satisfied');
      const fieldset = inSurvey(element, 'fieldset.has-error')!;
      expect(fieldset.getAttribute('aria-describedby')).to.equal('survey-satisfaction-error');
      expect(inSurvey(element, '#survey-satisfaction-error')!.textContent).to.contain(
        'Select how satisfied you are with this chat',
      );

      links[0].click();

      expect(deepActiveElement()).to.equal(
        inSurvey(element, '#survey-satisfaction-very-satisfied'),
      );
      expect(location.hash).to.equal(hash);
    });

    it('sends once the missing answer is given, and clears the errors', async () => {
      const { element, transport } = await endedChat();
      await pressSend(element);
      expect(allInSurvey(element, '.error-summary li')).to.have.length(2);

      choose(element, 'satisfaction', 'very-satisfied');
      choose(element, 'channel', 'online-form');
      await pressSend(element);

      expect(surveysSent(transport)).to.deep.equal([
        { satisfaction: 'very-satisfied', channel: 'online-form' },
      ]);
    });
  });

  describe('skipping and asking once', () => {
    it('can be skipped, which sends null and thanks the resident', async () => {
      const { element, transport } = await endedChat();

      await pressSkip(element);

      expect(surveysSent(transport)).to.deep.equal([null]);
      expect(inSurvey(element, 'form')).to.equal(null);
      expect(inSurvey(element, '.survey-result')!.textContent!.trim()).to.equal(
        'Thank you for using web chat.',
      );
      expect(deepActiveElement()).to.equal(inSurvey(element, '.survey-result'));
    });

    it('is not offered again for the same chat once answered or skipped', async () => {
      for (const finish of [pressSkip, pressSend]) {
        const { element, transport } = await endedChat();
        choose(element, 'satisfaction', 'satisfied');
        choose(element, 'channel', 'phone');
        await finish(element);

        transport.emit({ type: 'chat-ended', by: 'system' });
        launcherOf(element).click();
        await element.updateComplete;
        launcherOf(element).click();
        await settleSurvey(element);

        expect(inSurvey(element, 'form')).to.equal(null);
        expect(inSurvey(element, '.survey-result')).to.exist;
        expect(surveysSent(transport)).to.have.length(1);
      }
    });

    it('is offered again for the next chat', async () => {
      const { element, transport } = await endedChat();
      await pressSkip(element);

      inPanel<HTMLButtonElement>(element, '.ended .secondary')!.click();
      await settle(element);
      expect(surveyOf(element)).to.equal(null);
      transport.emit(
        { type: 'chat-started', chatId: 'chat-2' },
        { type: 'chat-ended', by: 'agent' },
      );
      await settleSurvey(element);

      expect(inSurvey(element, 'form')).to.exist;
    });
  });

  describe('keyboard', () => {
    it('goes End chat, the ended message, each question, the comment and Send', async () => {
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      await openPanel(element);
      await connectChat(element, transport);
      inPanel(element, '.end')!.focus();

      await sendKeys({ press: 'Enter' });
      transport.emit({ type: 'chat-ended', by: 'resident' });
      await waitUntil(
        () => deepActiveElement()?.classList.contains('ended-message'),
        'focus did not move to the ended chat',
      );
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('survey-satisfaction-very-satisfied');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('survey-channel-phone');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Quick and clear' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.classList.contains('survey-send')).to.be.true;
      await sendKeys({ press: 'Enter' });
      await settleSurvey(element);

      expect(surveysSent(transport)).to.deep.equal([
        { satisfaction: 'satisfied', channel: 'phone', comment: 'Quick and clear' },
      ]);
      expect(deepActiveElement()).to.equal(inSurvey(element, '.survey-result'));
    });
  });

  describe('questions set by the council', () => {
    it("asks the council's own questions and sends their ids", async () => {
      const questions: SurveyQuestionSet = {
        heading: 'Rate your chat',
        questions: [
          {
            type: 'choice',
            id: 'ease',
            legend: 'Was it easy to get an answer?',
            required: true,
            choices: [
              { id: 'yes', label: 'Yes' },
              { id: 'no', label: 'No' },
            ],
          },
          { type: 'comment', id: 'improve', label: 'What could be better?', required: true },
        ],
      };
      const transport = new ScriptedTransport();
      const element = await chatFixture(transport);
      element.surveyQuestions = questions;
      await openPanel(element);
      await connectChat(element, transport, { type: 'chat-ended', by: 'agent' });
      await settleSurvey(element);

      const heading = inSurvey(element, 'h3')!.textContent;
      await pressSend(element);
      const errors = allInSurvey(element, '.error-summary a').map((link) => link.textContent);
      choose(element, 'ease', 'yes');
      writeComment(element, 'Nothing');
      await pressSend(element);

      expect(heading).to.equal('Rate your chat');
      expect(errors).to.deep.equal([
        'Answer the question: Was it easy to get an answer?',
        'Answer the question: What could be better?',
      ]);
      expect(surveysSent(transport)).to.deep.equal([{ ease: 'yes', improve: 'Nothing' }]);
    });
  });

  describe('channel choices', () => {
    it('uses the same channel ids as the savings report', () => {
      const sameType: [ChannelChoice] extends [Channel]
        ? [Channel] extends [ChannelChoice]
          ? true
          : false
        : false = true;
      const channel = defaultSurveyQuestions().questions.find(({ id }) => id === 'channel');

      const ids = channel?.type === 'choice' ? channel.choices.map(({ id }) => id) : [];

      expect(sameType).to.be.true;
      expect([...ids].sort()).to.deep.equal([...CHANNELS].sort());
    });
  });
});
