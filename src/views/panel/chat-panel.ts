import { html, LitElement, nothing } from 'lit';

import { builtInLabels, type Labels } from '../../localization/panel-labels.js';
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
import { endedText, problemText } from './chat-sentences.js';
import { FocusKeeper } from './focus-keeper.js';
import { idleWarningStyles, renderIdleWarning } from './idle-warning.js';
import { KeepNewestInView } from './keep-newest-in-view.js';
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
    labels: { attribute: false },
  };

  static override styles = [
    sharedStyles,
    panelStyles,
    transcriptStyles,
    composerStyles,
    recordActionsStyles,
    idleWarningStyles,
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
  /** The widget's text in the resident's language, with the council's own wording. */
  declare labels: Labels;

  constructor() {
    super();
    this.state = initialChatState;
    this.teamName = '';
    this.councilName = '';
    this.locale = 'en-GB';
    this.siteOrigin = location.origin;
    this.draft = '';
    this.recordOutput = browserRecordOutput;
    this.labels = builtInLabels;
    new FocusKeeper(this, { root: () => this.shadowRoot, refocus: () => this.focusComposer() });
    new KeepNewestInView(this, () => this.renderRoot.querySelector('.transcript'));
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
        labels: this.labels,
      })}
      ${
        state.messages.length > 0
          ? renderRecordActions({
              onPrint: () => this.#keepRecord('print'),
              onDownload: () => this.#keepRecord('download'),
            })
          : nothing
      }
      ${this.#renderIdleWarning()}
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
        <p class="status" part="status">${statusLine(this.state, this.locale, this.labels)}</p>
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
                ${this.labels.text('endChat')}
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
          <span class="visually-hidden">${this.labels.text('closePanel')}</span>
        </button>
      </div>
    </header>`;
  }

  #renderIntro() {
    return html`<div class="intro" part="intro">
      <p>
        ${this.labels.text('introWelcome', { council: this.councilName || this.teamName })}
        ${this.labels.text('introHowTo')}
      </p>
      <p>${this.labels.text('introCardWarning')}</p>
    </div>`;
  }

  #renderProblem() {
    const problem = this.state.problem;
    if (!problem) return nothing;

    return html`<p class="problem" part="problem">${problemText(problem.code, this.labels)}</p>`;
  }

  #renderIdleWarning() {
    const warning = this.state.idleWarning;
    if (!warning || this.state.phase === 'ended') return nothing;

    return renderIdleWarning({
      secondsLeft: warning.secondsLeft,
      locale: this.locale,
      labels: this.labels,
      onKeepOpen: () => requestFromPanel(this, 'panel-keep-alive'),
    });
  }

  #renderComposer() {
    const label =
      this.state.phase === 'idle'
        ? this.labels.text('composerQuestion')
        : this.labels.text('composerMessage');

    return renderComposer({
      label,
      labels: this.labels,
      draft: this.draft,
      onSend: (text) => requestFromPanel(this, 'panel-send', { text }),
      onDraftChange: (text) => requestFromPanel(this, 'panel-draft', { text }),
    });
  }

  #renderEnded() {
    const who = endedText(this.state, this.labels);

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
        ${this.labels.text('newChat')}
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

defineOnce('council-chat-panel', CouncilChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'council-chat-panel': CouncilChatPanel;
  }
}
