import { msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';

import { ChatContinuity } from './continuity/chat-continuity.js';
import { emit } from './events.js';
import type { ChatSession } from './session/chat-session.js';
import { type ChatState, initialChatState } from './session/chat-state.js';
import { findTransport, transportNames } from './transport/registry.js';
import type { ChatTransport } from './transport/transport.js';
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
 */
export class CouncilChat extends LitElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    councilName: { attribute: 'council-name' },
    teamName: { attribute: 'team-name' },
    photo: {},
    storageKey: { attribute: 'storage-key' },
    transportName: { attribute: 'transport' },
    transport: { attribute: false },
    chat: { state: true },
    runtimeLoaded: { state: true },
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

      /* On a phone the panel fills the screen; the launcher waits underneath. */
      @media (max-width: 40em), (max-height: 30em) {
        .panel-frame {
          inset: 0;
          inline-size: 100%;
          block-size: 100%;
        }

        council-chat-panel {
          --council-chat-radius: 0;
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
   * The name the chat is kept under for the next page and shared with the site's other tabs.
   * Widgets with the same name share one conversation; give two chats on one site different
   * names. Set it before the element is added to the page.
   */
  declare storageKey: string;
  /** The name of a registered transport, for pages that can only write HTML (`mock`). */
  declare transportName: string | undefined;
  /** The backend connection; takes precedence over the `transport` attribute. */
  declare transport: ChatTransport | undefined;

  declare private chat: ChatState;
  declare private runtimeLoaded: boolean;
  #session?: ChatSession;
  #runtime?: Promise<ChatRuntime>;
  #focusComposerAfterRender = false;
  #continuity = new ChatContinuity(this, () => this.#startRuntime());

  constructor() {
    super();
    this.open = false;
    this.councilName = '';
    this.teamName = 'Customer Services';
    this.storageKey = 'council-chat';
    this.chat = initialChatState;
    this.runtimeLoaded = false;
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

    this.open = false;
    emit(this, 'council-chat-close', { chatId: this.chat.chatId });
    this.updateComplete.then(() => this.#launcher()?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
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
      aria-label=${msg(str`Web chat with ${this.councilName || this.teamName}`)}
      @keydown=${this.#onKeyDown}
    >
      ${renderLauncher({
        open: this.open,
        teamName: this.teamName,
        photo: this.photo,
        chatInProgress,
        panelId: 'council-chat-panel',
        onToggle: () => (this.open ? this.hide() : this.show()),
      })}
      <div class="panel-frame" id="council-chat-panel" ?hidden=${!this.open}>
        ${this.runtimeLoaded ? this.#renderPanel() : nothing}
      </div>
    </aside>`;
  }

  #renderPanel() {
    return html`<council-chat-panel
      .state=${this.chat}
      .teamName=${this.teamName}
      .councilName=${this.councilName}
      .teamPhoto=${this.photo}
      .draft=${this.#continuity.draft}
      .locale=${this.#locale()}
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
      @panel-new-chat=${() => this.#newChat()}
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
      this.#session.subscribe((state) => (this.chat = state));
      this.runtimeLoaded = true;
      this.#continuity.attach(this.#session);
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

  #locale(): string {
    return (
      this.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      navigator.language ||
      'en-GB'
    );
  }
}

type ChatRuntime = typeof import('./chat-runtime.js');

declare global {
  interface HTMLElementTagNameMap {
    'council-chat': CouncilChat;
  }
}
