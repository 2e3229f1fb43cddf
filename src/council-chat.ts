import { css, html, LitElement, nothing, unsafeCSS } from 'lit';

import { unknownTransport } from './config/check-config.js';
import { ConfigController } from './config/config-controller.js';
import { reportConfigProblem } from './config/config-problem.js';
import { ChatContinuity } from './continuity/chat-continuity.js';
import type { Announcer } from './element/announcer.js';
import { FocusClearance } from './element/focus-clearance.js';
import { LanguageController } from './element/language.js';
import { announcementsSlot } from './element/live-regions.js';
import type { UsageEvent } from './element/usage-events.js';
import { emit } from './events.js';
import { type CouncilChatLabels, Labels, unknownLabelKeys } from './localization/labels.js';
import { labelsAttribute } from './localization/labels-attribute.js';
import type { ChatSession } from './session/chat-session.js';
import { type ChatState, initialChatState } from './session/chat-state.js';
import { findTransport, transportNames } from './transport/registry.js';
import type { ChatTransport, SurveyAnswers } from './transport/transport.js';
import { launcherStyles, renderLauncher } from './views/launcher/launcher.js';
import type { PanelRequests } from './views/panel/panel-events.js';
import { isolationStyles } from './views/shared/isolation-styles.js';
import { sharedStyles, visuallyHidden } from './views/shared/shared-styles.js';
import { surveyParts } from './views/survey/survey-parts.js';
import type { SurveyQuestionSet } from './views/survey/survey-questions.js';

/**
 * The panel's parts, forwarded so that `council-chat::part(header)` reaches them. A part the
 * panel draws but this list lacks is out of the page's reach (the theming tests check).
 */
const panelParts = [
  'panel',
  'header',
  'status',
  'end-button',
  'close-button',
  'intro',
  'problem',
  'transcript',
  'bubble',
  'bubble-resident',
  'bubble-agent',
  'bubble-system',
  'typing',
  'composer',
  'send-button',
  'ended',
  'record-actions',
  'print-button',
  'download-button',
  ...surveyParts,
].join(', ');

/**
 * A web chat with the council's customer-service staff, for every page of a council website.
 *
 * Closed, it is one calm button in the corner of the page. It never opens by itself: the
 * resident opens it with the button, or with any link or button on the page that has the
 * `data-council-chat-open` attribute.
 *
 * Usage events carry ids, counts, times and the survey's fixed choices, never what anyone
 * wrote or their names (see docs/events.md).
 *
 * The host page's styles do not reach inside it, and it writes nothing to the page outside its
 * own element. Closed, it covers only its launcher.
 *
 * Its language is the element's `lang` (or the nearest ancestor's), else the page's
 * `<html lang>`, else `default-lang`: British English, Welsh (`cy`) or Arabic (`ar`, right to
 * left). Every piece of its text can be reworded with `labels`.
 *
 * @summary Web chat with council staff.
 *
 * @fires council-chat-open - The resident opened the panel.
 * @fires council-chat-close - The resident closed the panel; a chat in progress goes on.
 * @fires council-chat-request - The backend accepted a request for a chat (a chat offered).
 * @fires council-chat-staff-join - The first member of staff joined (a chat handled).
 * @fires council-chat-abandon - The chat ended before staff joined; `council-chat-end` follows.
 * @fires council-chat-message-send - The backend accepted one of the resident's messages.
 * @fires council-chat-end - The chat ended, whoever ended it.
 * @fires council-chat-survey-submit - The resident sent the exit survey (fixed choices only).
 * @fires council-chat-survey-skip - The resident skipped the exit survey.
 * @fires council-chat-transcript-print - The resident printed the conversation.
 * @fires council-chat-transcript-download - The resident downloaded the conversation.
 *
 * @csspart launcher - The button that opens and closes the chat.
 * @csspart panel - The open chat window.
 * @csspart header - The panel's title bar, in the brand colour.
 * @csspart status - The line under the title that says where the chat is.
 * @csspart end-button - The header's "End chat" button.
 * @csspart close-button - The header's button that closes the panel.
 * @csspart intro - The welcome text before a chat starts.
 * @csspart problem - The message shown when something went wrong.
 * @csspart transcript - The scrolling conversation.
 * @csspart bubble - Every message bubble.
 * @csspart bubble-resident - The resident's own message bubbles.
 * @csspart bubble-agent - Staff message bubbles.
 * @csspart bubble-system - Bubbles of messages from the council's system.
 * @csspart typing - The "Amira is typing…" line.
 * @csspart composer - The form where the resident writes.
 * @csspart send-button - The Send button.
 * @csspart ended - What shows once the chat has ended.
 *
 * @cssprop [--council-chat-brand=#0b4f6c] - Background of the launcher, header and Send button.
 *   A warning is logged when text on it would fail WCAG AA contrast.
 * @cssprop [--council-chat-on-brand=#ffffff] - Text on the brand colour.
 * @cssprop [--council-chat-brand-hover] - The launcher under the pointer; by default the brand
 *   colour darkened.
 * @cssprop [--council-chat-font=system-ui] - The widget's font family. The size is always the
 *   resident's browser text size.
 * @cssprop [--council-chat-radius=0.75em] - Corner radius of the panel.
 * @cssprop [--council-chat-text=#0b0c0c] - Body text.
 * @cssprop [--council-chat-surface=#ffffff] - The panel's background.
 * @cssprop [--council-chat-link=#1d4f91] - Links in messages.
 * @cssprop [--council-chat-focus-color=#ffbf47] - The focus ring.
 * @cssprop [--council-chat-z-index=1000] - Stacking level. A cookie banner above 1000 already
 *   sits above the widget; set it lower or higher to suit the page, never with `!important`.
 * @cssprop [--council-chat-offset=1em] - Distance from the corner of the window.
 * @cssprop [--council-chat-focus-color=#ffbf47] - Outer ring of the keyboard focus indicator.
 * @cssprop [--council-chat-focus-inner-color=#0b0c0c] - Inner ring of the focus indicator.
 */
export class CouncilChat extends LitElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    councilName: { attribute: 'council-name' },
    teamName: { attribute: 'team-name' },
    photo: {},
    position: { reflect: true },
    brandColor: { attribute: 'brand-color' },
    storageKey: { attribute: 'storage-key' },
    transportName: { attribute: 'transport' },
    transport: { attribute: false },
    surveyQuestions: { attribute: false },
    defaultLang: { attribute: 'default-lang' },
    labels: { converter: labelsAttribute },
    chat: { state: true },
    runtimeLoaded: { state: true },
    launcherAside: { state: true },
  };

  static override styles = [
    sharedStyles,
    isolationStyles,
    launcherStyles,
    css`
      /*
       * The element itself draws no box: page rules that match it, such as a layout's
       * "body > * { margin: auto; position: relative }", have nothing to move, and closed, only
       * the launcher covers the page. Everything is positioned from .root, out of their reach.
       */
      :host {
        display: contents;
      }

      :host([hidden]) {
        display: none;
      }

      .root {
        position: fixed;
        inset-block-end: var(--council-chat-offset, 1em);
        inset-inline-end: var(--council-chat-offset, 1em);
        z-index: var(--council-chat-z-index, 1000);
      }

      /* The live regions: heard, never seen (see element/live-regions.ts). */
      .announcements,
      ::slotted([slot='${unsafeCSS(announcementsSlot)}']) {
        ${visuallyHidden}
      }

      .announcements {
        display: block;
      }

      /* A host element that takes focus behind the launcher must stay visible (WCAG 2.4.11). */
      .launcher-aside .launcher {
        position: fixed;
        inset-block-start: var(--council-chat-offset, 1em);
        inset-inline-end: var(--council-chat-offset, 1em);
      }

      .panel-frame {
        position: fixed;
        inset-block-end: calc(var(--council-chat-offset, 1em) + 4.25em);
        inset-inline-end: var(--council-chat-offset, 1em);
        inline-size: min(25em, calc(100vw - 2 * var(--council-chat-offset, 1em)));
        block-size: min(40em, calc(100dvh - 6em));
      }

      /* An unknown position matches none of these and keeps the default, bottom-end. */
      :host([position='bottom-start']) :is(.root, .panel-frame) {
        inset-inline-end: auto;
        inset-inline-start: var(--council-chat-offset, 1em);
      }

      :host([position='bottom-right']) :is(.root, .panel-frame) {
        inset-inline: auto;
        right: var(--council-chat-offset, 1em);
      }

      :host([position='bottom-left']) :is(.root, .panel-frame) {
        inset-inline: auto;
        left: var(--council-chat-offset, 1em);
      }

      .panel-frame[hidden] {
        display: none;
      }

      /*
       * On a phone the panel fills the screen; the launcher waits underneath. It fits the
       * visible part of the screen, above the on-screen keyboard (see element/viewport-fit.ts).
       */
      @media (max-width: 40em), (max-height: 30em) {
        .panel-frame,
        :host([position]) .panel-frame {
          inset: 0;
          inset-block-start: var(--_visible-top, 0px);
          inset-block-end: auto;
          inline-size: 100%;
          block-size: var(--_visible-height, 100%);
        }

        council-chat-panel {
          --council-chat-radius: 0;
        }
      }

      @media (prefers-reduced-motion: no-preference) {
        .panel-frame:not([hidden]) {
          animation: council-chat-rise 160ms ease-out;
        }

        /* Movement only: fading in would leave text faint (low contrast) while it runs. */
        @keyframes council-chat-rise {
          from {
            translate: 0 0.5em;
          }
        }
      }
    `,
  ];

  /** Whether the panel is open. Set it only in answer to something the resident did. */
  declare open: boolean;
  /** The council's name, for the welcome text and the printed record. */
  declare councilName: string;
  /** The team residents chat with ("Customer Services"), shown on the launcher and header. */
  declare teamName: string;
  /** Address of the team photo: a real member of staff, not a stock image. */
  declare photo: string | undefined;
  /**
   * Where the closed widget sits: `bottom-end` (the default), `bottom-start`, `bottom-right` or
   * `bottom-left`. Start and end follow the page's writing direction.
   */
  declare position: string | undefined;
  /** The brand colour, for pages that cannot add CSS; `--council-chat-brand` in CSS wins. */
  declare brandColor: string | undefined;
  /**
   * The name the chat is kept under for the next page and shared with the site's other tabs.
   * Widgets with the same name share one conversation; give two chats on one site different
   * names. Set it before the element is added to the page.
   */
  declare storageKey: string;
  /** The name of a registered transport, for pages that can only write HTML (`mock`). */
  declare transportName: string | undefined;
  /** The backend connection; takes precedence over the `transport` attribute. */
  declare transport: ChatTransport | undefined;
  /** The exit survey's questions, for a council that asks its own; standard ones if unset. */
  declare surveyQuestions: SurveyQuestionSet | undefined;
  /**
   * The language when neither the element, its ancestors nor the page's `<html>` has a `lang`
   * the chat is written in: `en-GB`, `cy` or `ar`.
   */
  declare defaultLang: string | undefined;
  /**
   * The council's own wording for any of the widget's text, by key (see `docs/languages.md`).
   * As an attribute, JSON: `labels='{"launcher": "Ask us a question"}'`.
   */
  declare labels: CouncilChatLabels;

  declare private chat: ChatState;
  declare private runtimeLoaded: boolean;
  declare private launcherAside: boolean;
  #session?: ChatSession;
  #runtime?: Promise<ChatRuntime>;
  #loadedRuntime?: ChatRuntime;
  #focusComposerAfterRender = false;
  readonly #config = new ConfigController(this);
  readonly #continuity = new ChatContinuity(this, () => this.#startRuntime());
  #announcer?: Announcer;
  #text = new Labels();
  readonly #language = new LanguageController(this);

  constructor() {
    super();
    this.open = false;
    this.councilName = '';
    this.teamName = 'Customer Services';
    this.storageKey = 'council-chat';
    this.chat = initialChatState;
    this.runtimeLoaded = false;
    this.launcherAside = false;
    this.labels = {};

    new FocusClearance(this, {
      launcher: () => this.#launcher(),
      panel: () => this.renderRoot.querySelector('.panel-frame'),
      isOpen: () => this.open,
      setLauncherAside: (aside) => (this.launcherAside = aside),
      closeKeepingFocus: async () => {
        this.#close();
        await this.updateComplete;
      },
    });
  }

  /** Opens the panel and puts the cursor in the message field. */
  async show(): Promise<void> {
    this.#focusComposerAfterRender = true;
    if (this.open) {
      this.requestUpdate();
      return;
    }

    this.open = true;
    emit(this, 'council-chat-open', { chatId: this.chat.chatId, time: new Date().toISOString() });
    await this.#startRuntime();
  }

  /** Closes the panel and returns focus to the launcher. A chat in progress goes on. */
  hide(): void {
    if (!this.open) return;

    this.#close();
    this.updateComplete.then(() => this.#launcher()?.focus());
  }

  /**
   * Sends the exit survey's answers for the chat that has ended, or skips the survey with
   * `null`, as the panel's survey form does. For councils that ask the questions in a form of
   * their own, and for the demo's one-click "thank you" state.
   */
  async submitSurvey(answers: SurveyAnswers | null): Promise<void> {
    await this.#answerSurvey(answers);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
  }

  /**
   * The first render waits for the resident's language to load, so a Welsh or Arabic page
   * never shows English first; later renders go ahead at once.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await this.#language.ready;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('defaultLang')) void this.#language.refresh();
    if (changed.has('labels')) this.#useLabels(this.labels);
  }

  protected override updated(): void {
    if (!this.#focusComposerAfterRender || !this.open) return;

    const panel = this.renderRoot.querySelector('council-chat-panel');
    if (!panel || !this.runtimeLoaded) return;

    this.#focusComposerAfterRender = false;
    panel.updateComplete.then(() => panel.focusComposer());
  }

  protected override render() {
    const chatInProgress = this.chat.phase !== 'idle' && this.chat.phase !== 'ended';

    return html`<aside
      class=${this.launcherAside ? 'root launcher-aside' : 'root'}
      lang=${this.#language.locale}
      aria-label=${this.#text.text('region', { council: this.councilName || this.teamName })}
      @keydown=${this.#onKeyDown}
    >
      ${renderLauncher({
        open: this.open,
        teamName: this.teamName,
        photo: this.#config.photo,
        chatInProgress,
        panelId: 'council-chat-panel',
        onToggle: () => (this.open ? this.hide() : this.show()),
        labels: this.#text,
        dir: this.#language.dir,
      })}
      <div class="panel-frame" id="council-chat-panel" ?hidden=${!this.open}>
        ${this.runtimeLoaded ? this.#renderPanel() : nothing}
      </div>
      <slot class="announcements" name=${announcementsSlot}></slot>
    </aside>`;
  }

  #renderPanel() {
    return html`<council-chat-panel
      exportparts=${panelParts}
      .state=${this.chat}
      .teamName=${this.teamName}
      .councilName=${this.councilName}
      .teamPhoto=${this.#config.photo}
      .draft=${this.#continuity.draft}
      .locale=${this.#language.formatLocale}
      .surveyQuestions=${this.surveyQuestions}
      .labels=${this.#text}
      lang=${this.#language.locale}
      dir=${this.#language.dir}
      @panel-send=${(event: CustomEvent<PanelRequests['panel-send']>) =>
        this.#session?.send(event.detail.text)}
      @panel-retry=${(event: CustomEvent<PanelRequests['panel-retry']>) =>
        this.#session?.retry(event.detail.key)}
      @panel-draft=${(event: CustomEvent<PanelRequests['panel-draft']>) => {
        this.#session?.residentTyping(event.detail.text !== '');
        this.#continuity.draftChanged(event.detail.text);
      }}
      @panel-close=${() => this.hide()}
      @panel-end=${() => this.#session?.end()}
      @panel-keep-alive=${() => this.#session?.keepAlive()}
      @panel-new-chat=${() => this.#newChat()}
      @panel-survey=${(event: CustomEvent<PanelRequests['panel-survey']>) =>
        void this.#answerSurvey(event.detail.answers)}
      @panel-record=${(event: CustomEvent<PanelRequests['panel-record']>) =>
        this.#emitUsage(this.#loadedRuntime?.recordUsageEvent(event.detail.kind, this.chat))}
    ></council-chat-panel>`;
  }

  /** Loads the panel and session code, then connects to the backend, once. */
  #startRuntime(): Promise<ChatRuntime> {
    this.#runtime ??= import('./chat-runtime.js').then(async (runtime) => {
      const transport = this.#continuity.connect(runtime, await this.#resolveTransport());
      this.#session = new runtime.ChatSession(transport, {
        onBackendProblem: (problem) =>
          console.warn(
            `<council-chat>: the chat backend misbehaved: ${problem}. ` +
              'Check the transport adapter against the contract in src/transport/transport.ts.',
            this,
          ),
      });
      this.#session.subscribe((state, previous) => {
        this.chat = state;
        for (const event of runtime.usageEventsBetween(previous, state)) this.#emitUsage(event);
      });
      this.#announcer = new runtime.Announcer(this, () => ({
        labels: this.#text,
        locale: this.#language.formatLocale,
        lang: this.#language.locale,
        dir: this.#language.dir,
      }));
      this.#announcer.follow(this.#session);
      new runtime.ViewportFit(this, () => this.renderRoot.querySelector('.panel-frame'));
      this.#loadedRuntime = runtime;
      this.runtimeLoaded = true;
      // The contrast check is for the people setting the widget up, who open it to try it;
      // loading it with the panel keeps its bytes off pages where nobody chats.
      new runtime.BrandContrastController(this);
      // A chat taken up on a new page replays its history, which is not read out again.
      const announcer = this.#announcer;
      this.#continuity.attach(this.#session, (resume) => announcer.whileReplaying(resume));
      this.#checkLabels();
      return runtime;
    });
    return this.#runtime;
  }

  async #resolveTransport(): Promise<ChatTransport> {
    if (this.transport) return this.transport;

    const name = this.transportName ?? '';
    const factory = findTransport(name);
    if (factory) return factory(this);

    reportConfigProblem(this, unknownTransport(name, transportNames()));
    const { UnavailableTransport } = await import('./transport/unavailable-transport.js');
    return new UnavailableTransport();
  }

  /** Both the panel's survey form and the public `submitSurvey` come here, so usage counts. */
  async #answerSurvey(answers: SurveyAnswers | null): Promise<void> {
    const runtime = this.#loadedRuntime;
    if (!runtime || this.chat.survey !== 'offered') return;

    const questions = this.surveyQuestions ?? runtime.defaultSurveyQuestions();
    const usage = runtime.surveyUsageEvent(this.chat, answers, questions);
    const submitted = this.#session?.submitSurvey(answers);
    this.#emitUsage(usage);
    await submitted;
  }

  #emitUsage(event: UsageEvent | undefined): void {
    if (event) emit(this, event.type, event.detail);
  }

  /** Closes the panel; the caller decides where focus goes. */
  #close(): void {
    this.open = false;
    emit(this, 'council-chat-close', { chatId: this.chat.chatId, time: new Date().toISOString() });
  }

  #useLabels(labels: CouncilChatLabels): void {
    this.#text = new Labels(labels ?? {});
    if (this.runtimeLoaded) this.#checkLabels();
  }

  /** Misspelt keys are reported once the panel's text, and so every key, has loaded. */
  #checkLabels(): void {
    const unknown = unknownLabelKeys(this.labels ?? {});
    if (unknown.length === 0) return;

    console.warn(
      `<council-chat>: labels has keys the widget does not use: ${unknown.join(', ')}. ` +
        'Check the spelling against the keys listed in docs/languages.md.',
      this,
    );
  }

  #newChat(): void {
    this.#session?.reset();
    this.#focusComposerAfterRender = true;
    this.requestUpdate();
  }

  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;

    event.stopPropagation();
    this.hide();
  };

  /** Any link or button on the page with `data-council-chat-open` opens the chat. */
  #onDocumentClick = (event: MouseEvent) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-council-chat-open]');
    if (!trigger) return;

    event.preventDefault();
    void this.show();
  };

  #launcher(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.launcher');
  }
}

type ChatRuntime = typeof import('./chat-runtime.js');

declare global {
  interface HTMLElementTagNameMap {
    'council-chat': CouncilChat;
  }
}
