import { css, html, LitElement, nothing, unsafeCSS } from 'lit';

import type { Announcer } from './element/announcer.js';
import { FocusClearance } from './element/focus-clearance.js';
import { LanguageController } from './element/language.js';
import { announcementsSlot } from './element/live-regions.js';
import { emit } from './events.js';
import { type CouncilChatLabels, Labels, unknownLabelKeys } from './localization/labels.js';
import { labelsAttribute } from './localization/labels-attribute.js';
import type { ChatSession } from './session/chat-session.js';
import { type ChatState, initialChatState } from './session/chat-state.js';
import { findTransport, transportNames } from './transport/registry.js';
import type { ChatTransport, SurveyAnswers } from './transport/transport.js';
import { launcherStyles, renderLauncher } from './views/launcher/launcher.js';
import type { PanelRequests } from './views/panel/panel-events.js';
import { sharedStyles } from './views/shared/shared-styles.js';

/**
 * A web chat with the council's customer-service staff, for every page of a council website.
 *
 * Closed, it is one calm button in the corner of the page. It never opens by itself: the
 * resident opens it with the button, or with any link or button on the page that has the
 * `data-council-chat-open` attribute.
 *
 * Its language is the element's `lang` (or the nearest ancestor's), else the page's
 * `<html lang>`, else `default-lang`: British English, Welsh (`cy`) or Arabic (`ar`, right to
 * left). Every piece of its text can be reworded with `labels`.
 *
 * @summary Web chat with council staff.
 *
 * @fires council-chat-open - The resident opened the panel.
 * @fires council-chat-close - The resident closed the panel; a chat in progress goes on.
 *
 * @csspart launcher - The button that opens and closes the chat.
 * @csspart panel - The open chat window.
 *
 * @cssprop [--council-chat-brand=#0b4f6c] - Background of the launcher, header and Send button.
 * @cssprop [--council-chat-on-brand=#ffffff] - Text on the brand colour.
 * @cssprop [--council-chat-font=system-ui] - The widget's font family.
 * @cssprop [--council-chat-radius=0.75em] - Corner radius of the panel.
 * @cssprop [--council-chat-z-index=1000] - Stacking level; lower it to let a cookie banner
 *   sit above the widget.
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
    transportName: { attribute: 'transport' },
    transport: { attribute: false },
    defaultLang: { attribute: 'default-lang' },
    labels: { converter: labelsAttribute },
    chat: { state: true },
    runtimeLoaded: { state: true },
    launcherAside: { state: true },
  };

  static override styles = [
    sharedStyles,
    launcherStyles,
    css`
      :host {
        all: initial;
        display: block;
        position: fixed;
        inset-block-end: var(--council-chat-offset, 1em);
        inset-inline-end: var(--council-chat-offset, 1em);
        z-index: var(--council-chat-z-index, 1000);
        font-family: var(--council-chat-font, system-ui, -apple-system, 'Segoe UI', sans-serif);
        font-size: medium;
        line-height: 1.5;
        color: var(--council-chat-text, #0b0c0c);
        text-align: start;
        -webkit-text-size-adjust: 100%;
        text-size-adjust: 100%;
      }

      :host([hidden]) {
        display: none;
      }

      /* The live regions: heard, never seen (see element/live-regions.ts). */
      .announcements,
      ::slotted([slot='${unsafeCSS(announcementsSlot)}']) {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        margin: -1px;
        padding: 0;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
        border: 0;
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

      .panel-frame[hidden] {
        display: none;
      }

      /*
       * On a phone the panel fills the screen; the launcher waits underneath. It fits the
       * visible part of the screen, above the on-screen keyboard (see element/viewport-fit.ts).
       */
      @media (max-width: 40em), (max-height: 30em) {
        .panel-frame {
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
  /** The name of a registered transport, for pages that can only write HTML (`mock`). */
  declare transportName: string | undefined;
  /** The backend connection; takes precedence over the `transport` attribute. */
  declare transport: ChatTransport | undefined;
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
  #focusComposerAfterRender = false;
  #announcer?: Announcer;
  #text = new Labels();
  readonly #language = new LanguageController(this);

  constructor() {
    super();
    this.open = false;
    this.councilName = '';
    this.teamName = 'Customer Services';
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
    emit(this, 'council-chat-open', { chatId: this.chat.chatId });
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
    await this.#session?.submitSurvey(answers);
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
      class=${this.launcherAside ? 'launcher-aside' : ''}
      lang=${this.#language.locale}
      aria-label=${this.#text.text('region', { council: this.councilName || this.teamName })}
      @keydown=${this.#onKeyDown}
    >
      ${renderLauncher({
        open: this.open,
        teamName: this.teamName,
        photo: this.photo,
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
      .state=${this.chat}
      .teamName=${this.teamName}
      .councilName=${this.councilName}
      .teamPhoto=${this.photo}
      .locale=${this.#language.formatLocale}
      .labels=${this.#text}
      lang=${this.#language.locale}
      dir=${this.#language.dir}
      @panel-send=${(event: CustomEvent<PanelRequests['panel-send']>) =>
        this.#session?.send(event.detail.text)}
      @panel-retry=${(event: CustomEvent<PanelRequests['panel-retry']>) =>
        this.#session?.retry(event.detail.key)}
      @panel-draft=${(event: CustomEvent<PanelRequests['panel-draft']>) =>
        this.#session?.residentTyping(event.detail.text !== '')}
      @panel-close=${() => this.hide()}
      @panel-end=${() => this.#session?.end()}
      @panel-keep-alive=${() => this.#session?.keepAlive()}
      @panel-new-chat=${() => this.#newChat()}
    ></council-chat-panel>`;
  }

  /** Loads the panel and session code, then connects to the backend, once. */
  #startRuntime(): Promise<ChatRuntime> {
    this.#runtime ??= import('./chat-runtime.js').then(async (runtime) => {
      const transport = await this.#resolveTransport();
      this.#session = new runtime.ChatSession(transport, {
        onBackendProblem: (problem) =>
          console.warn(
            `<council-chat>: the chat backend misbehaved: ${problem}. ` +
              'Check the transport adapter against the contract in src/transport/transport.ts.',
            this,
          ),
      });
      this.#session.subscribe((state) => (this.chat = state));
      this.#announcer = new runtime.Announcer(this, () => ({
        labels: this.#text,
        locale: this.#language.formatLocale,
        lang: this.#language.locale,
        dir: this.#language.dir,
      }));
      this.#announcer.follow(this.#session);
      new runtime.ViewportFit(this, () => this.renderRoot.querySelector('.panel-frame'));
      this.runtimeLoaded = true;
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

    console.error(
      `<council-chat>: transport="${name}" is not a registered transport. ` +
        `Use one of: ${transportNames().join(', ')}, register one with registerTransport(), ` +
        'or set the element\'s "transport" property. Chat is unavailable until then.',
      this,
    );
    const { UnavailableTransport } = await import('./transport/unavailable-transport.js');
    return new UnavailableTransport();
  }

  /** Closes the panel; the caller decides where focus goes. */
  #close(): void {
    this.open = false;
    emit(this, 'council-chat-close', { chatId: this.chat.chatId });
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
