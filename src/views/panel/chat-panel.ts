import { msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';

import type { ChatState } from '../../session/chat-state.js';
import { initialChatState } from '../../session/chat-state.js';
import '../avatar/avatar.js';
import { composerStyles, renderComposer } from '../composer/composer.js';
import {
  browserRecordOutput,
  keepRecord,
  type RecordKind,
  type RecordOutput,
} from '../record/keep-record.js';
import { recordActionsStyles, renderRecordActions } from '../record/record-actions.js';
import { defineOnce } from '../shared/define.js';
import { sharedStyles } from '../shared/shared-styles.js';
import '../survey/exit-survey.js';
import { surveyParts } from '../survey/survey-parts.js';
import type { SurveyAnswerEvent } from '../survey/exit-survey.js';
import { defaultSurveyQuestions, type SurveyQuestionSet } from '../survey/survey-questions.js';
import { renderTranscript, transcriptStyles } from '../transcript/transcript.js';
import { requestFromPanel } from './panel-events.js';
import { panelStyles } from './panel-styles.js';
import { statusLine } from './status-line.js';

/**
 * The open chat: header, transcript and composer. Internal to `<council-chat>`, which loads it
 * only when a resident opens the chat, so pages where nobody chats never download it.
 *
 * It draws the state it is given and turns the resident's actions into requests (see
 * `panel-events.ts`); it never talks to a transport.
 */
export class CouncilChatPanel extends LitElement {
  static override properties = {
    state: { attribute: false },
    teamName: { attribute: false },
    councilName: { attribute: false },
    teamPhoto: { attribute: false },
    locale: { attribute: false },
    siteOrigin: { attribute: false },
    draft: { attribute: false },
    surveyQuestions: { attribute: false },
    recordOutput: { attribute: false },
  };

  static override styles = [
    sharedStyles,
    panelStyles,
    transcriptStyles,
    composerStyles,
    recordActionsStyles,
  ];

  declare state: ChatState;
  declare teamName: string;
  declare councilName: string;
  declare teamPhoto: string | undefined;
  declare locale: string;
  declare siteOrigin: string;
  declare draft: string;
  /** The exit survey's questions; the standard ones when not set. */
  declare surveyQuestions: SurveyQuestionSet | undefined;
  /** Where printed and downloaded conversations go; tests replace the browser's dialogs. */
  declare recordOutput: RecordOutput;
  #focusEndedAfterRender = false;

  constructor() {
    super();
    this.state = initialChatState;
    this.teamName = '';
    this.councilName = '';
    this.locale = 'en-GB';
    this.siteOrigin = location.origin;
    this.draft = '';
    this.recordOutput = browserRecordOutput;
  }

  /** Puts the cursor in the message field, or on the first control when there is none. */
  focusComposer(): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('textarea') ??
      this.renderRoot.querySelector<HTMLElement>('.ended-message') ??
      this.renderRoot.querySelector<HTMLElement>('.close');
    target?.focus();
  }

  /** A chat taken up on a new page is drawn with its messages at once: show the newest. */
  protected override firstUpdated(): void {
    const transcript = this.renderRoot.querySelector('.transcript');
    if (transcript) transcript.scrollTop = transcript.scrollHeight;
  }

  /** Keeps the newest message in view, unless the resident scrolled up to read. */
  protected override updated(changed: Map<string, unknown>): void {
    if (this.#focusEndedAfterRender && this.state.phase === 'ended') {
      this.#focusEndedAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.ended-message')?.focus();
    }

    const previous = changed.get('state') as ChatState | undefined;
    if (!previous || previous.messages.length === this.state.messages.length) return;

    const transcript = this.renderRoot.querySelector('.transcript');
    if (!transcript) return;
    const nearEnd = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight;
    if (nearEnd < transcript.clientHeight || previous.messages.length === 0) {
      transcript.scrollTop = transcript.scrollHeight;
    }
  }

  protected override render() {
    const { state } = this;
    const typingAgent = state.agentTyping ? state.agent : undefined;

    return html`<div class="panel" part="panel">
      ${this.#renderHeader()} ${this.#renderProblem()}
      ${state.phase === 'idle' && state.messages.length === 0 ? this.#renderIntro() : nothing}
      ${renderTranscript({
        messages: state.messages,
        locale: this.locale,
        siteOrigin: this.siteOrigin,
        typingAgent,
        onRetry: (key) => requestFromPanel(this, 'panel-retry', { key }),
      })}
      ${
        state.messages.length > 0
          ? renderRecordActions({
              onPrint: () => this.#keepRecord('print'),
              onDownload: () => this.#keepRecord('download'),
            })
          : nothing
      }
      ${state.phase === 'ended' ? this.#renderEnded() : this.#renderComposer()}
    </div>`;
  }

  #renderHeader() {
    const { agent, phase } = this.state;
    const title = agent && phase !== 'idle' ? agent.name : this.teamName;
    const photo = agent && phase !== 'idle' ? agent.photoUrl : this.teamPhoto;
    const chatOpen = phase === 'starting' || phase === 'waiting' || phase === 'connected';

    return html`<header class="header" part="header">
      <council-chat-avatar decorative .name=${title} .src=${photo}></council-chat-avatar>
      <div class="heading">
        <h2 class="title" id="panel-title">${title}</h2>
        <p class="status" part="status">${statusLine(this.state, this.locale)}</p>
      </div>
      <div class="header-actions">
        ${
          chatOpen
            ? html`<button
                class="end"
                part="end-button"
                type="button"
                @click=${() => {
                  // The button goes with the chat; the resident is taken to what replaces it.
                  this.#focusEndedAfterRender = true;
                  requestFromPanel(this, 'panel-end');
                }}
              >
                ${msg('End chat')}
              </button>`
            : nothing
        }
        <button
          class="close"
          part="close-button"
          type="button"
          @click=${() => requestFromPanel(this, 'panel-close')}
        >
          <span aria-hidden="true">×</span>
          <span class="visually-hidden">${msg('Close chat window')}</span>
        </button>
      </div>
    </header>`;
  }

  #renderIntro() {
    return html`<div class="intro" part="intro">
      <p>
        ${msg(str`Welcome to ${this.councilName || this.teamName} web chat.`)}
        ${msg('Write your question below and a member of staff will answer it here.')}
      </p>
      <p>${msg('Please do not share bank card details in the chat.')}</p>
    </div>`;
  }

  #renderProblem() {
    const problem = this.state.problem;
    if (!problem) return nothing;

    return html`<p class="problem" part="problem">${problemText(problem.code)}</p>`;
  }

  #renderComposer() {
    const label = this.state.phase === 'idle' ? msg('Your question') : msg('Your message');

    return renderComposer({
      label,
      draft: this.draft,
      onSend: (text) => requestFromPanel(this, 'panel-send', { text }),
      onDraftChange: (text) => requestFromPanel(this, 'panel-draft', { text }),
    });
  }

  #renderEnded() {
    const endedBy = this.state.endedBy;
    const who =
      endedBy === 'resident'
        ? msg('You ended the chat.')
        : endedBy === 'agent'
          ? msg('Staff ended the chat.')
          : msg('The chat was closed.');

    return html`<div class="ended" part="ended">
      <p class="ended-message" tabindex="-1">${who}</p>
      <council-chat-exit-survey
        exportparts=${surveyParts.join(', ')}
        .questions=${this.surveyQuestions ?? defaultSurveyQuestions()}
        .status=${this.state.survey}
        @survey-answer=${(event: SurveyAnswerEvent) =>
          requestFromPanel(this, 'panel-survey', event.detail)}
      ></council-chat-exit-survey>
      <button
        class="secondary"
        type="button"
        @click=${() => requestFromPanel(this, 'panel-new-chat')}
      >
        ${msg('Start a new chat')}
      </button>
    </div>`;
  }

  #keepRecord(kind: RecordKind): void {
    keepRecord(kind, {
      state: this.state,
      councilName: this.councilName,
      teamName: this.teamName,
      locale: this.locale,
      siteOrigin: this.siteOrigin,
      container: this.renderRoot as ShadowRoot,
      output: this.recordOutput,
    });
    requestFromPanel(this, 'panel-record', { kind });
  }
}

/** What residents read for each problem code; the console gets the details. */
function problemText(code: string): string {
  switch (code) {
    case 'start-failed':
      return msg('Sorry, we could not start a chat. Please try again in a moment.');
    case 'resume-failed':
      return msg('Sorry, we could not reconnect to your chat. Please try again in a moment.');
    case 'unavailable':
      return msg('Web chat is closed at the moment. Please try again during opening hours.');
    case 'storage-unavailable':
      return [
        msg('Your browser is not saving this chat, so it may not follow you to another page.'),
        msg('Please stay on this page until the chat has finished.'),
      ].join(' ');
    default:
      return msg('Sorry, something went wrong with the chat. Please try again in a moment.');
  }
}

defineOnce('council-chat-panel', CouncilChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'council-chat-panel': CouncilChatPanel;
  }
}
