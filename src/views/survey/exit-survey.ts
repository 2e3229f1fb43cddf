import { msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';

import type { SurveyStatus } from '../../session/chat-state.js';
import type { SurveyAnswers } from '../../transport/transport.js';
import { defineOnce } from '../shared/define.js';
import { sharedStyles } from '../shared/shared-styles.js';
import {
  defaultSurveyQuestions,
  type SurveyChoiceQuestion,
  type SurveyCommentQuestion,
  type SurveyQuestion,
  type SurveyQuestionSet,
} from './survey-questions.js';
import { surveyStyles } from './survey-styles.js';

/** Sent when the resident sends their answers (`answers`) or skips the survey (`null`). */
export type SurveyAnswerEvent = CustomEvent<{ answers: SurveyAnswers | null }>;

/**
 * The exit survey, shown in the panel after a chat ends, whoever ended it. Internal to
 * `<council-chat>`: it draws the survey's status from the session and reports the resident's
 * answers with a `survey-answer` event; the session sends them on, once.
 *
 * A form in the GOV.UK pattern: each question is a fieldset with a legend, or a labelled
 * field; a missing answer is named in an error summary at the top, whose links lead to the
 * question, and again beside the question. Answering is never required: Skip is always there.
 */
export class CouncilChatExitSurvey extends LitElement {
  static override properties = {
    questions: { attribute: false },
    status: { attribute: false },
    missing: { state: true },
  };

  static override styles = [sharedStyles, surveyStyles];

  /** The questions to ask. */
  declare questions: SurveyQuestionSet;
  /** Where the survey is: the form while `offered`, then a thank-you. */
  declare status: SurveyStatus;
  /** Ids of the required questions left unanswered at the last attempt to send. */
  declare private missing: readonly string[];
  /** Focus moves only after the resident pressed Send or Skip here. */
  #focusAfterUpdate?: 'error-summary' | 'result';

  constructor() {
    super();
    this.questions = defaultSurveyQuestions();
    this.status = 'not-offered';
    this.missing = [];
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate === 'error-summary') {
      this.#focusAfterUpdate = undefined;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    } else if (this.#focusAfterUpdate === 'result' && this.status !== 'offered') {
      this.#focusAfterUpdate = undefined;
      this.renderRoot.querySelector<HTMLElement>('.survey-result')?.focus();
    }
  }

  protected override render() {
    switch (this.status) {
      case 'answered':
        return html`<div class="survey-result" part="survey-result" tabindex="-1">
          <h3 class="survey-heading">${msg('Thank you for your feedback')}</h3>
          <p>${msg('Your answers help us improve web chat and our website.')}</p>
        </div>`;
      case 'skipped':
        return html`<p class="survey-result" part="survey-result" tabindex="-1">
          ${msg('Thank you for using web chat.')}
        </p>`;
      case 'offered':
        return this.#renderForm();
      default:
        return nothing;
    }
  }

  #renderForm() {
    const { heading, intro, questions } = this.questions;

    return html`<section class="survey" part="survey" aria-labelledby="survey-heading">
      <h3 class="survey-heading" id="survey-heading">${heading}</h3>
      ${intro ? html`<p class="survey-intro">${intro}</p>` : nothing} ${this.#renderErrorSummary()}
      <form novalidate @submit=${this.#onSubmit}>
        ${questions.map((question) =>
          question.type === 'choice'
            ? this.#renderChoiceQuestion(question)
            : this.#renderCommentQuestion(question),
        )}
        <div class="survey-actions">
          <button class="survey-send" part="survey-send" type="submit">
            ${msg('Send answers')}
          </button>
          <button class="survey-skip" part="survey-skip" type="button" @click=${this.#onSkip}>
            ${msg('Skip these questions')}
          </button>
        </div>
      </form>
    </section>`;
  }

  #renderErrorSummary() {
    const missing = this.questions.questions.filter(({ id }) => this.missing.includes(id));
    if (missing.length === 0) return nothing;

    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <h4 class="error-summary-title">${msg('There is a problem')}</h4>
      <ul>
        ${missing.map(
          (question) =>
            html`<li>
              <a
                href="#${firstControlId(question)}"
                @click=${(event: Event) => {
                  // The target is in a shadow root, out of reach of the page's own fragment
                  // navigation, which would also change the council page's address.
                  event.preventDefault();
                  this.#focusQuestion(question);
                }}
                >${missingMessage(question)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderChoiceQuestion(question: SurveyChoiceQuestion) {
    const error = this.missing.includes(question.id);

    return html`<fieldset
      class="question ${error ? 'has-error' : ''}"
      aria-describedby=${describedBy(question, error) ?? nothing}
    >
      <legend class="question-title">${question.legend}</legend>
      ${renderHint(question)} ${error ? renderError(question) : nothing}
      <div class="choices">
        ${question.choices.map(
          (choice) =>
            html`<div class="choice">
              <input
                type="radio"
                id=${controlId(question, choice.id)}
                name=${question.id}
                value=${choice.id}
              />
              <label for=${controlId(question, choice.id)}>${choice.label}</label>
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderCommentQuestion(question: SurveyCommentQuestion) {
    const error = this.missing.includes(question.id);

    return html`<div class="question ${error ? 'has-error' : ''}">
      <label class="question-title" for=${controlId(question)}>${question.label}</label>
      ${renderHint(question)} ${error ? renderError(question) : nothing}
      <textarea
        id=${controlId(question)}
        name=${question.id}
        rows="3"
        dir="auto"
        maxlength=${question.maxLength ?? nothing}
        aria-describedby=${describedBy(question, error) ?? nothing}
      ></textarea>
    </div>`;
  }

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();

    const form = new FormData(event.currentTarget as HTMLFormElement);
    const answers: SurveyAnswers = {};
    const missing: string[] = [];
    for (const question of this.questions.questions) {
      const value = form.get(question.id);
      const answer = typeof value === 'string' ? value.trim() : '';
      if (answer) answers[question.id] = answer;
      else if (question.required) missing.push(question.id);
    }

    this.missing = missing;
    if (missing.length > 0) {
      this.#focusAfterUpdate = 'error-summary';
      return;
    }

    this.#focusAfterUpdate = 'result';
    this.#answer(answers);
  };

  #onSkip = () => {
    this.#focusAfterUpdate = 'result';
    this.#answer(null);
  };

  #answer(answers: SurveyAnswers | null): void {
    this.dispatchEvent(new CustomEvent('survey-answer', { detail: { answers } }));
  }

  #focusQuestion(question: SurveyQuestion): void {
    const root = this.renderRoot as ShadowRoot;
    const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].find(
      (input) => input.name === question.id,
    );
    (checked ?? root.getElementById(firstControlId(question)))?.focus();
  }
}

function controlId(question: SurveyQuestion, choiceId?: string): string {
  return choiceId ? `survey-${question.id}-${choiceId}` : `survey-${question.id}`;
}

/** The first radio button of a choice, or the comment field: where an error link leads. */
function firstControlId(question: SurveyQuestion): string {
  return question.type === 'choice'
    ? controlId(question, question.choices[0]?.id)
    : controlId(question);
}

function describedBy(question: SurveyQuestion, error: boolean): string | undefined {
  const ids = [
    question.hint ? `${controlId(question)}-hint` : '',
    error ? `${controlId(question)}-error` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function renderHint(question: SurveyQuestion) {
  if (!question.hint) return nothing;
  return html`<p class="hint" id="${controlId(question)}-hint">${question.hint}</p>`;
}

function renderError(question: SurveyQuestion) {
  return html`<p class="error-message" id="${controlId(question)}-error">
    <span class="visually-hidden">${msg('Error:')}</span> ${missingMessage(question)}
  </p>`;
}

function missingMessage(question: SurveyQuestion): string {
  if (question.missingMessage) return question.missingMessage;

  const title = question.type === 'choice' ? question.legend : question.label;
  return msg(str`Answer the question: ${title}`);
}

defineOnce('council-chat-exit-survey', CouncilChatExitSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'council-chat-exit-survey': CouncilChatExitSurvey;
  }
}
