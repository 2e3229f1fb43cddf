import type {
  Agent,
  ChatTransport,
  OutgoingMessage,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
  TransportListener,
} from '../transport.js';
import { IdleTimer } from './idle-timer.js';
import { fallbackReply, findAnswer, greeting } from './mock-answers.js';
import { type MockScenario, playScenario, type ScenarioBackend } from './mock-scenarios.js';
import { mockStaff } from './mock-staff.js';
import { RealScheduler, type Scheduler, VirtualScheduler } from './scheduler.js';

/** How the mock's simulated staff behave. */
export interface MockTransportOptions {
  /**
   * `realistic` (the default) pauses as real staff do; `instant` plays the same script on a
   * virtual clock in microtasks, for tests; a number scales the realistic pauses (0.1 is ten
   * times faster).
   */
  timing?: 'realistic' | 'instant' | number;
  /** Places in the queue before staff join; 0 joins at once. */
  queueLength?: number;
  /** The address the staff's links point into, ending in a slash. */
  siteUrl?: string;
  /** The member of staff who takes new chats. */
  agent?: Agent;
  /** A scheduler of the caller's own; overrides `timing`. */
  scheduler?: Scheduler;
  /**
   * Ends a chat after this many seconds without a message, typing or "Keep chat open", as
   * many real backends do. Off when left out.
   */
  idleTimeoutSeconds?: number;
  /** How long before an idle ending the resident is warned; 60 when left out. */
  idleWarningSeconds?: number;
}

/** Milliseconds between the steps of the simulated conversation. */
const pause = {
  echo: 80,
  queueStep: 1500,
  join: 1200,
  thinking: 900,
  typingPerCharacter: 18,
  transfer: 2500,
} as const;

/** The conversation as the mock backend holds it, kept for resuming on the next page. */
interface MockChat {
  chatId: string;
  reference: string;
  agent?: Agent;
  events: TransportEvent[];
  seq: number;
  ended: boolean;
  surveys: (SurveyAnswers | null)[];
}

/** Where the mock keeps its side of a chat so the demo resumes across page loads. */
const storageKey = (chatId: string) => `council-chat-mock:${chatId}`;

/**
 * An in-memory chat backend with simulated staff, for the demo site and the tests. It answers
 * typical council questions from templates, counts a queue down, types before answering,
 * passes some topics to a colleague in another team, and ends the chat when thanked.
 */
export class MockTransport implements ChatTransport {
  readonly scheduler: Scheduler;
  /** Every command received, in order, for tests that check what the element asked for. */
  readonly commands: { name: string; args: unknown[] }[] = [];
  readonly #listeners = new Set<TransportListener>();
  readonly #options: Required<
    Omit<MockTransportOptions, 'scheduler' | 'timing' | 'idleTimeoutSeconds' | 'idleWarningSeconds'>
  >;
  #idle?: IdleTimer;
  #chat?: MockChat;
  #pendingAnswers = 0;
  #failNextSend = false;

  constructor(options: MockTransportOptions = {}) {
    this.scheduler = options.scheduler ?? schedulerFor(options.timing ?? 'realistic');
    this.#options = {
      queueLength: options.queueLength ?? 3,
      siteUrl: options.siteUrl ?? defaultSiteUrl(),
      agent: options.agent ?? mockStaff.amira,
    };
    if (options.idleTimeoutSeconds !== undefined) {
      this.#idle = new IdleTimer(
        this.scheduler,
        {
          timeoutSeconds: options.idleTimeoutSeconds,
          warningSeconds: options.idleWarningSeconds ?? 60,
        },
        this.#idleActions,
      );
    }
  }

  /** The chat as the backend sees it, for tests comparing both sides. */
  get backendMessages(): TransportEvent[] {
    return this.#chat?.events.filter((event) => event.type === 'message') ?? [];
  }

  /** The exit surveys received for the current chat. */
  get surveys(): readonly (SurveyAnswers | null)[] {
    return this.#chat?.surveys ?? [];
  }

  subscribe(listener: TransportListener): () => void {
    this.#listeners.add(listener);
    this.scheduler.schedule(() => listener({ type: 'status', status: 'online' }), 0);
    return () => this.#listeners.delete(listener);
  }

  async startChat(request: StartChatRequest): Promise<void> {
    this.#record('startChat', request);

    const chatId = `mock-${Math.random().toString(36).slice(2, 10)}`;
    const reference = `HBC-${Math.floor(100000 + Math.random() * 900000)}`;
    this.#chat = { chatId, reference, events: [], seq: 0, ended: false, surveys: [] };
    this.#emit({ type: 'chat-started', chatId, reference });

    const places = this.#options.queueLength;
    for (let step = 0; step < places; step++) {
      this.#later(pause.queueStep * step, () => {
        this.#emit({
          type: 'queued',
          position: places - step,
          estimatedWaitSeconds: 30 * (places - step),
        });
      });
    }

    this.#later(pause.queueStep * places + pause.join, () => this.#join(this.#options.agent));
  }

  async resumeChat(chatId: string): Promise<void> {
    this.#record('resumeChat', chatId);

    const stored = this.#chat?.chatId === chatId ? this.#chat : readStoredChat(chatId);
    if (!stored) {
      this.#emitNow({ type: 'chat-ended', by: 'system', reason: 'not-found' });
      return;
    }

    this.#chat = stored;
    for (const event of replayOf(stored.events)) this.#emitNow(event);
  }

  async sendMessage(message: OutgoingMessage): Promise<void> {
    this.#record('sendMessage', message);
    const chat = this.#openChat();
    if (this.#failNextSend) {
      this.#failNextSend = false;
      throw new Error('The mock backend refused this message on purpose.');
    }

    if (
      chat.events.some((event) => event.type === 'message' && event.clientId === message.clientId)
    ) {
      return;
    }

    this.#emit({
      type: 'message',
      id: `msg-${chat.seq + 1}`,
      clientId: message.clientId,
      sender: 'resident',
      text: message.text,
      time: this.scheduler.now().toISOString(),
      seq: ++chat.seq,
    });

    if (chat.agent) {
      this.#answer(message.text);
    } else {
      // Staff read what was written while the resident queued, and answer it on joining.
      this.#pendingAnswers++;
    }
  }

  async setTyping(typing: boolean): Promise<void> {
    this.#record('setTyping', typing);
    if (typing) this.#activity();
  }

  async keepAlive(): Promise<void> {
    this.#record('keepAlive');
    this.#activity();
  }

  /**
   * Puts the chat into one of the {@link mockScenarios} at once, for the demo's accessibility
   * panel and for tests: a queue, staff connected, a transfer, a long conversation, an idle
   * warning, an error, offline, or ended (which offers the exit survey). Call it on a
   * transport whose element has no chat yet (or for `offline` and `back-online`, has one).
   */
  playScenario(name: MockScenario): void {
    this.#record('playScenario', name);
    this.scheduler.cancelAll();

    playScenario(name, this.#scenarioBackend(), this.#options.siteUrl);
    if (this.#chat && !this.#chat.ended) storeChat(this.#chat);
  }

  async endChat(): Promise<void> {
    this.#record('endChat');
    this.#end('resident');
  }

  async submitSurvey(chatId: string, answers: SurveyAnswers | null): Promise<void> {
    this.#record('submitSurvey', chatId, answers);
    if (this.#chat?.chatId === chatId) this.#chat.surveys.push(answers);
  }

  dispose(): void {
    this.scheduler.cancelAll();
    this.#listeners.clear();
  }

  #join(agent: Agent, transfer = false): void {
    const chat = this.#chat;
    if (!chat || chat.ended) return;

    chat.agent = agent;
    this.#emit({ type: 'agent-joined', agent, transfer });
    this.#activity();
    if (transfer) return;

    this.#say(greeting(agent), () => {
      if (this.#pendingAnswers > 0) {
        this.#pendingAnswers = 0;
        const lastResidentMessage = chat.events.findLast(
          (event) => event.type === 'message' && event.sender === 'resident',
        );
        if (lastResidentMessage?.type === 'message') this.#answer(lastResidentMessage.text);
      }
    });
  }

  #answer(text: string): void {
    const answer = findAnswer(text);
    const reply = answer ? answer.reply(this.#options.siteUrl) : fallbackReply;

    if (answer?.transferTo && this.#chat?.agent?.id !== answer.transferTo.id) {
      const colleague = answer.transferTo;
      this.#say(
        `I'll pass you to ${colleague.name} in our ${colleague.team} team, who can help with ` +
          'that. They will see everything we have written.',
        () =>
          this.#later(pause.transfer, () => {
            this.#join(colleague, true);
            this.#say(reply);
          }),
      );
      return;
    }

    this.#say(
      reply,
      answer?.endsChat ? () => this.#later(pause.thinking, () => this.#end('agent')) : undefined,
    );
  }

  /** Staff think, type for a time that grows with the answer, then send it. */
  #say(text: string, then?: () => void): void {
    const typingTime = Math.min(4000, text.length * pause.typingPerCharacter);

    this.#later(pause.thinking, () => {
      this.#emit({ type: 'typing', typing: true });
      this.#later(typingTime, () => {
        const chat = this.#chat;
        if (!chat || chat.ended || !chat.agent) return;

        this.#emit({
          type: 'message',
          id: `msg-${chat.seq + 1}`,
          sender: 'agent',
          agent: chat.agent,
          text,
          time: this.scheduler.now().toISOString(),
          seq: ++chat.seq,
        });
        this.#activity();
        then?.();
      });
    });
  }

  #end(by: 'resident' | 'agent' | 'system', reason?: string): void {
    const chat = this.#chat;
    if (!chat || chat.ended) return;

    chat.ended = true;
    this.scheduler.cancelAll();
    this.#idle?.stop();
    this.#emit({ type: 'chat-ended', by, reason: by === 'agent' ? 'closed-by-staff' : reason });
    removeStoredChat(chat.chatId);
  }

  /** Something happened in an open chat with staff: the idle timer starts again. */
  #activity(): void {
    if (this.#chat?.agent && !this.#chat.ended) this.#idle?.restart();
  }

  #idleActions = {
    warn: (secondsLeft: number) => this.#emit({ type: 'idle-warning', secondsLeft }),
    end: () => this.#end('system', 'idle'),
  };

  /** The scenario player's view of this backend: every step delivered at once, in order. */
  #scenarioBackend(): ScenarioBackend {
    const now = () => this.scheduler.now().getTime();
    const chat = () => this.#chat!;
    const message = (sender: 'resident' | 'agent', text: string, minutesAgo = 0) => {
      const seq = ++chat().seq;
      this.#deliver({
        type: 'message',
        id: `msg-${seq}`,
        clientId: sender === 'resident' ? `scenario-${chat().chatId}-${seq}` : undefined,
        sender,
        agent: sender === 'agent' ? chat().agent : undefined,
        text,
        time: new Date(now() - minutesAgo * 60_000).toISOString(),
        seq,
      });
    };

    return {
      open: () => {
        const chatId = `mock-${Math.random().toString(36).slice(2, 10)}`;
        const reference = `HBC-${Math.floor(100000 + Math.random() * 900000)}`;
        this.#chat = { chatId, reference, events: [], seq: 0, ended: false, surveys: [] };
        this.#deliver({ type: 'chat-started', chatId, reference });
      },
      queue: (position, estimatedWaitSeconds) =>
        this.#deliver({ type: 'queued', position, estimatedWaitSeconds }),
      join: (agent, transfer = false) => {
        chat().agent = agent;
        this.#deliver({ type: 'agent-joined', agent, transfer });
      },
      resident: (text, minutesAgo) => message('resident', text, minutesAgo),
      staff: (text, minutesAgo) => message('agent', text, minutesAgo),
      end: (by, reason) => {
        chat().ended = true;
        this.#idle?.stop();
        this.#deliver({ type: 'chat-ended', by, reason });
      },
      error: (code, text) => this.#deliver({ type: 'error', code, message: text }),
      status: (status) => this.#deliver({ type: 'status', status }),
      idleWarning: (secondsLeft) => {
        this.#idle ??= new IdleTimer(this.scheduler, idleForScenario, this.#idleActions);
        this.#deliver({ type: 'idle-warning', secondsLeft });
        this.#idle.endIn(secondsLeft);
      },
      failNextSend: () => (this.#failNextSend = true),
    };
  }

  /** Records the event in the backend's history and delivers it now. */
  #deliver(event: TransportEvent): void {
    if (this.#chat && isHistory(event)) this.#chat.events.push(event);
    this.#emitNow(event);
  }

  #openChat(): MockChat {
    if (!this.#chat || this.#chat.ended) throw new Error('There is no open chat to send to.');
    return this.#chat;
  }

  #later(delayMs: number, task: () => void): void {
    this.scheduler.schedule(task, delayMs);
  }

  /** Records the event in the backend's history, then delivers it on the scheduler. */
  #emit(event: TransportEvent): void {
    const chat = this.#chat;
    if (chat && isHistory(event)) {
      chat.events.push(event);
      storeChat(chat);
    }

    this.#later(event.type === 'message' && event.sender === 'resident' ? pause.echo : 0, () =>
      this.#emitNow(event),
    );
  }

  #emitNow(event: TransportEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  #record(name: string, ...args: unknown[]): void {
    this.commands.push({ name, args });
  }
}

/**
 * What a resuming page needs: the chat, its messages, and only the latest of the queue and
 * staff events, so the panel does not replay the queue counting down.
 */
function replayOf(events: readonly TransportEvent[]): TransportEvent[] {
  const latestPresence = events.findLast(
    (event) => event.type === 'queued' || event.type === 'agent-joined',
  );
  return events.filter(
    (event) =>
      event === latestPresence || (event.type !== 'queued' && event.type !== 'agent-joined'),
  );
}

/** Whether a resuming page needs the event; passing states such as typing are left out. */
function isHistory(event: TransportEvent): boolean {
  return !['typing', 'status', 'idle-warning', 'error'].includes(event.type);
}

/** The idle timing a scenario's warning uses when the transport has none of its own. */
const idleForScenario = { timeoutSeconds: 300, warningSeconds: 60 };

function schedulerFor(timing: 'realistic' | 'instant' | number): Scheduler {
  if (timing === 'instant') return new VirtualScheduler();
  return new RealScheduler(timing === 'realistic' ? 1 : timing);
}

function defaultSiteUrl(): string {
  return new URL('/demo/', globalThis.location?.href ?? 'http://localhost/').href;
}

function storeChat(chat: MockChat): void {
  try {
    sessionStorage.setItem(storageKey(chat.chatId), JSON.stringify(chat));
  } catch {
    // Without storage the mock still works; the chat just cannot resume on the next page.
  }
}

function readStoredChat(chatId: string): MockChat | undefined {
  try {
    const stored = sessionStorage.getItem(storageKey(chatId));
    return stored ? (JSON.parse(stored) as MockChat) : undefined;
  } catch {
    return undefined;
  }
}

function removeStoredChat(chatId: string): void {
  try {
    sessionStorage.removeItem(storageKey(chatId));
  } catch {
    // Nothing was stored.
  }
}
