import type {
  ChatTransport,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
} from '../transport/transport.js';
import { validateTransportEvent } from '../transport/validate-event.js';
import { applyTransportEvent } from './apply-event.js';
import {
  type ChatMessage,
  type ChatProblem,
  type ChatState,
  initialChatState,
} from './chat-state.js';
import { mergeMessage } from './message-list.js';

/** What a session needs from its surroundings; tests replace each part. */
export interface ChatSessionOptions {
  /** The state to start from, such as a chat restored on a new page. */
  initialState?: ChatState;
  /** Makes ids for the resident's messages. */
  createId?: () => string;
  /** The clock, for the time shown on a message before the backend confirms it. */
  now?: () => Date;
  /** Told about backend misbehaviour (a malformed event, a failed command). */
  onBackendProblem?: (problem: string) => void;
}

type StateListener = (state: ChatState, previous: ChatState) => void;

/** The least time a resident is given to answer an idle warning (WCAG 2.2.1). */
const minimumIdleWarningSeconds = 20;

/**
 * One resident's chat: the only place that calls the transport, and the only owner of the
 * chat's state. Views read the state and ask the session to act; backend events change the
 * state; nothing else does.
 */
export class ChatSession {
  #state: ChatState;
  readonly #transport: ChatTransport;
  readonly #listeners = new Set<StateListener>();
  readonly #unsubscribe: () => void;
  readonly #inFlight = new Set<string>();
  /** Client ids the backend has accepted; their echo may still be on its way. */
  readonly #accepted = new Set<string>();
  readonly #createId: () => string;
  readonly #now: () => Date;
  readonly #onBackendProblem: (problem: string) => void;
  #residentTyping = false;

  constructor(transport: ChatTransport, options: ChatSessionOptions = {}) {
    this.#transport = transport;
    this.#state = options.initialState ?? initialChatState;
    this.#createId = options.createId ?? (() => crypto.randomUUID());
    this.#now = options.now ?? (() => new Date());
    this.#onBackendProblem = options.onBackendProblem ?? (() => {});
    this.#unsubscribe = transport.subscribe((event) => this.#receive(event));
  }

  /** The current state; replaced as a whole on every change. */
  get state(): ChatState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: StateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Asks the backend for a member of staff. Does nothing while a chat is already open. */
  async start(request: StartChatRequest = {}): Promise<void> {
    if (this.#state.phase !== 'idle' && this.#state.phase !== 'ended') return;

    // Messages that could not start a chat before are kept, to go into this one.
    const unsent = this.#state.phase === 'idle' ? this.#state.messages : [];
    this.#update({
      ...initialChatState,
      phase: 'starting',
      connection: this.#state.connection,
      messages: unsent,
    });
    try {
      await this.#transport.startChat(request);
    } catch (error) {
      this.#backendProblem(`startChat failed: ${String(error)}`);
      this.#update({ ...this.#state, phase: 'idle', problem: { code: 'start-failed' } });
    }
  }

  /**
   * Picks up the chat this state was restored from, or catches up after the connection came
   * back: the backend replays the conversation (duplicates merge away), then the messages
   * that waited are sent, in the order written.
   */
  async resume(): Promise<void> {
    const { chatId, phase } = this.#state;
    if (chatId && phase !== 'idle' && phase !== 'ended') {
      try {
        await this.#transport.resumeChat(chatId);
        if (this.#state.problem?.code === 'resume-failed') this.dismissProblem();
      } catch (error) {
        this.#backendProblem(`resumeChat failed: ${String(error)}`);
        this.#update({ ...this.#state, problem: { code: 'resume-failed' } });
      }
    }
    this.#flushPending();
  }

  /**
   * Takes up a chat kept from an earlier page or shown in another tab, then resumes it. Does
   * nothing while a chat is in progress here: a tab never swaps one chat for another.
   *
   * Listeners get the restored state as both the state and the previous one: taking a chat up
   * is not something that happened in it, so figures counted from changes (a chat requested,
   * staff joining, a message sent) do not count it again on every page.
   */
  async restore(state: ChatState): Promise<void> {
    const { phase } = this.#state;
    if (phase !== 'idle' && phase !== 'ended') return;

    this.#state = { ...state, connection: this.#state.connection };
    for (const listener of this.#listeners) listener(this.#state, this.#state);
    await this.resume();
  }

  /**
   * Sends the resident's message, starting a chat first when there is none (the first message
   * is the chat's topic). The message shows at once as "sending"; it is kept, marked "failed",
   * if the backend cannot be reached, and goes when the connection comes back.
   */
  async send(text: string): Promise<void> {
    if (text.trim() === '') return;

    if (this.#state.phase === 'idle' || this.#state.phase === 'ended') {
      await this.start({ topic: text.trim().slice(0, 200) });
    }

    const clientId = this.#createId();
    const pending: ChatMessage = {
      key: clientId,
      clientId,
      sender: 'resident',
      text,
      time: this.#now().toISOString(),
      delivery: 'sending',
    };
    // With no chat to send to (it could not start), the message waits, marked not sent.
    const chatStarted = this.#state.phase !== 'idle';
    this.#update({
      ...this.#state,
      messages: mergeMessage(this.#state.messages, {
        ...pending,
        delivery: chatStarted ? 'sending' : 'failed',
      }),
    });
    this.#setTyping(false);

    if (chatStarted) await this.#deliver(pending);
  }

  /** Tries again to send a message marked "failed", first starting the chat if it could not. */
  async retry(key: string): Promise<void> {
    const message = this.#state.messages.find((candidate) => candidate.key === key);
    if (!message || message.delivery !== 'failed') return;

    if (this.#state.phase === 'idle') {
      await this.start({ topic: message.text.trim().slice(0, 200) });
      if (this.#state.phase === 'idle') return;
    }
    this.#markDelivery(key, 'sending');
    await this.#deliver(message);
  }

  /** Tells staff the resident is (or is no longer) writing. */
  residentTyping(typing: boolean): void {
    // Writing is activity: a resident who starts typing after an idle warning needs no other
    // step to keep the chat open.
    if (typing && this.#state.idleWarning) void this.keepAlive();

    if (this.#state.phase !== 'connected') return;
    this.#setTyping(typing);
  }

  /**
   * Keeps the chat open after an idle warning: one step, as often as the resident needs. The
   * warning goes at once; if the backend cannot be told, it will warn again before it ends.
   */
  async keepAlive(): Promise<void> {
    if (!this.#state.idleWarning) return;

    this.#update({ ...this.#state, idleWarning: undefined });
    try {
      await this.#transport.keepAlive?.();
    } catch (error) {
      this.#backendProblem(`keepAlive failed: ${String(error)}`);
    }
  }

  /**
   * Ends the chat at the resident's request. If the backend cannot be told, the chat still
   * ends here: a resident who wants to leave is never kept in a chat.
   */
  async end(): Promise<void> {
    const { phase } = this.#state;
    if (phase === 'idle' || phase === 'ended') return;

    try {
      await this.#transport.endChat();
    } catch (error) {
      this.#backendProblem(`endChat failed: ${String(error)}`);
      this.#apply({ type: 'chat-ended', by: 'resident', reason: 'transport-failed' });
    }
  }

  /** Sends the exit survey's answers, or `null` when the resident skipped it. */
  async submitSurvey(answers: SurveyAnswers | null): Promise<void> {
    const { chatId, survey } = this.#state;
    if (survey !== 'offered') return;

    this.#update({ ...this.#state, survey: answers ? 'answered' : 'skipped' });
    if (!chatId) return;

    try {
      await this.#transport.submitSurvey(chatId, answers);
    } catch (error) {
      // The answers are lost to the figures, but the resident has done their part.
      this.#backendProblem(`submitSurvey failed: ${String(error)}`);
    }
  }

  /** Clears an ended chat away so the resident can start another. */
  reset(): void {
    if (this.#state.phase !== 'ended') return;

    this.#update({ ...initialChatState, connection: this.#state.connection });
  }

  /** Shows the resident a problem found outside the session, such as blocked storage. */
  reportProblem(problem: ChatProblem): void {
    this.#update({ ...this.#state, problem });
  }

  /** Clears the resident-facing problem once they have seen it. */
  dismissProblem(): void {
    if (this.#state.problem) this.#update({ ...this.#state, problem: undefined });
  }

  /** Stops listening to the transport. The transport itself belongs to the caller. */
  dispose(): void {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  #receive(raw: unknown): void {
    const event = validateTransportEvent(raw);
    if (typeof event === 'string') {
      this.#backendProblem(`ignored a malformed event: ${event}`);
      return;
    }

    if (event.type === 'idle-warning') this.#checkIdleWarning(event.secondsLeft);

    const wasOnline = this.#state.connection === 'online';
    this.#apply(event);
    if (event.type !== 'status' || event.status !== 'online') return;

    // Back after a break: events may have been lost on the way, so catch up first.
    if (wasOnline) this.#flushPending();
    else void this.resume();
  }

  /** Residents need time to react to a warning, and a way to answer it. */
  #checkIdleWarning(secondsLeft: number): void {
    if (secondsLeft < minimumIdleWarningSeconds) {
      this.#backendProblem(
        `idle-warning gave the resident ${secondsLeft} seconds; WCAG 2.2.1 needs at least ` +
          `${minimumIdleWarningSeconds}, so send it earlier`,
      );
    }
    if (!this.#transport.keepAlive) {
      this.#backendProblem('sent idle-warning but has no keepAlive(), so residents cannot extend');
    }
  }

  #apply(event: TransportEvent): void {
    this.#update(applyTransportEvent(this.#state, event));
  }

  async #deliver(message: ChatMessage): Promise<void> {
    const clientId = message.clientId!;
    if (this.#state.connection !== 'online' || this.#inFlight.has(clientId)) return;
    if (this.#accepted.has(clientId)) return;

    this.#inFlight.add(clientId);
    try {
      await this.#transport.sendMessage({ clientId, text: message.text });
      this.#accepted.add(clientId);
    } catch (error) {
      this.#backendProblem(`sendMessage failed: ${String(error)}`);
      this.#markDelivery(message.key, 'failed');
    } finally {
      this.#inFlight.delete(clientId);
    }
  }

  /** Sends, in the order written, the messages that waited for the connection. */
  #flushPending(): void {
    const waiting = this.#state.messages.filter(
      (message) => message.delivery === 'sending' && !this.#inFlight.has(message.clientId!),
    );
    void waiting.reduce(
      (previous, message) => previous.then(() => this.#deliver(message)),
      Promise.resolve(),
    );
  }

  #markDelivery(key: string, delivery: 'sending' | 'failed'): void {
    const messages = this.#state.messages.map((message) =>
      message.key === key && message.delivery !== 'sent' ? { ...message, delivery } : message,
    );
    this.#update({ ...this.#state, messages });
  }

  #setTyping(typing: boolean): void {
    if (this.#residentTyping === typing) return;

    this.#residentTyping = typing;
    this.#transport.setTyping(typing).catch(() => {
      // Typing state is a courtesy to staff; losing one is harmless.
    });
  }

  #backendProblem(problem: string): void {
    this.#onBackendProblem(problem);
  }

  #update(next: ChatState): void {
    const previous = this.#state;
    if (next === previous) return;

    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }
}
