import type {
  Agent,
  ChatTransport,
  MessageEvent,
  OutgoingMessage,
  StartChatRequest,
  SurveyAnswers,
  TransportEvent,
  TransportListener,
} from '../transport.js';
import { IdleTimer } from './idle-timer.js';
import { fallbackReply, findAnswer, greeting } from './mock-answers.js';
import { type MockChat, MockChatStore } from './mock-chat-store.js';
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
   * Where the simulated server keeps its chats, shared by every page that should see them.
   * localStorage by default, so a chat resumes on the next page and in other tabs as with a
   * real backend; `null` keeps chats in this page's memory only.
   */
  storage?: (() => Storage) | null;
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
  reconnect: 1500,
} as const;

/** Time allowed beyond a step's own pauses before a resuming page assumes it was lost. */
const staffGraceMs = 2000;

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
    Omit<
      MockTransportOptions,
      'scheduler' | 'timing' | 'storage' | 'idleTimeoutSeconds' | 'idleWarningSeconds'
    >
  >;
  readonly #store: MockChatStore;
  /** Real milliseconds per scripted millisecond, for deadlines other pages can read. */
  readonly #timeScale: number;
  /** Makes message ids from two tabs of one chat differ even if they number them alike. */
  readonly #idTag = Math.random().toString(36).slice(2, 6);
  #chatId?: string;
  #idle?: IdleTimer;
  #failNextSend = false;

  constructor(options: MockTransportOptions = {}) {
    const timing = options.timing ?? 'realistic';
    this.scheduler = options.scheduler ?? schedulerFor(timing);
    this.#timeScale = typeof timing === 'number' && !options.scheduler ? timing : 1;
    this.#store = new MockChatStore(
      options.storage === undefined ? () => localStorage : (options.storage ?? undefined),
    );
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

  /** The id of the chat this transport last started or resumed. */
  get chatId(): string | undefined {
    return this.#chatId;
  }

  /** The chat as the backend sees it, for tests comparing both sides. */
  get backendMessages(): TransportEvent[] {
    return this.#chat()?.events.filter((event) => event.type === 'message') ?? [];
  }

  /** The exit surveys received for the current chat. */
  get surveys(): readonly (SurveyAnswers | null)[] {
    return this.#chat()?.surveys ?? [];
  }

  /**
   * Also follows the browser's own connection, as a real adapter would: going offline (with the
   * browser's developer tools, say) shows the panel reconnecting, and coming back catches up.
   */
  subscribe(listener: TransportListener): () => void {
    this.#listeners.add(listener);
    addEventListener('offline', this.#onBrowserOffline);
    addEventListener('online', this.#onBrowserOnline);
    const status = globalThis.navigator?.onLine === false ? 'offline' : 'online';
    this.scheduler.schedule(() => listener({ type: 'status', status }), 0);
    return () => this.#listeners.delete(listener);
  }

  async startChat(request: StartChatRequest): Promise<void> {
    this.#record('startChat', request);

    this.#store.prune(this.scheduler.now().getTime());
    const { chatId, reference } = this.#newChat();
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

    const joinAfter = pause.queueStep * places + pause.join;
    this.#expectStaffWithin(joinAfter);
    this.#later(joinAfter, () => this.#join(this.#options.agent));
  }

  async resumeChat(chatId: string): Promise<void> {
    this.#record('resumeChat', chatId);

    const stored = this.#store.load(chatId);
    if (!stored) {
      if (!this.#store.shared) {
        // The chat may well exist in another tab; without storage this mock cannot know.
        throw new Error('the demo backend cannot reach the storage it keeps chats in');
      }
      this.#emitNow({ type: 'chat-ended', by: 'system', reason: 'not-found' });
      return;
    }

    this.#chatId = chatId;
    for (const event of replayOf(stored.events)) this.#emitNow(event);
    this.#pickUpStaffWork();
  }

  async sendMessage(message: OutgoingMessage): Promise<void> {
    this.#record('sendMessage', message);
    const chat = this.#openChat();
    if (this.#failNextSend) {
      this.#failNextSend = false;
      throw new Error('The mock backend refused this message on purpose.');
    }

    const already = chat.events.find(
      (event) => event.type === 'message' && event.clientId === message.clientId,
    );
    if (already) {
      // Sent again after an answer was lost: echo the copy kept, store nothing new.
      this.#later(pause.echo, () => this.#emitNow(already));
      return;
    }

    this.#emitMessage({ sender: 'resident', clientId: message.clientId, text: message.text });

    // Staff read what was written while the resident queued, and answer it on joining.
    if (chat.agent) this.#answer(message.text);
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
  }

  async endChat(): Promise<void> {
    this.#record('endChat');
    this.#end('resident');
  }

  async submitSurvey(chatId: string, answers: SurveyAnswers | null): Promise<void> {
    this.#record('submitSurvey', chatId, answers);
    if (this.#chatId === chatId) this.#change((chat) => chat.surveys.push(answers));
  }

  dispose(): void {
    this.scheduler.cancelAll();
    this.#listeners.clear();
    removeEventListener('offline', this.#onBrowserOffline);
    removeEventListener('online', this.#onBrowserOnline);
  }

  #onBrowserOffline = () => this.#emitNow({ type: 'status', status: 'offline' });

  #onBrowserOnline = () => {
    this.#emitNow({ type: 'status', status: 'reconnecting' });
    this.#later(pause.reconnect, () => this.#emitNow({ type: 'status', status: 'online' }));
  };

  #join(agent: Agent, transfer = false): void {
    const chat = this.#chat();
    if (!chat || chat.ended) return;

    this.#change((stored) => (stored.agent = agent));
    this.#emit({ type: 'agent-joined', agent, transfer });
    this.#activity();
    if (transfer) return;

    this.#say(greeting(agent), () => {
      const waiting = lastResidentMessage(this.#chat());
      if (waiting) this.#answer(waiting.text);
    });
  }

  /**
   * After a reload the timers of the page that asked are gone: if staff were due to join or
   * answer and have not, by the time they should have, they do it now.
   */
  #pickUpStaffWork(): void {
    const due = this.#chat()?.staffDueBy;
    if (due === undefined) return;

    const realWait = Math.max(0, due - this.scheduler.now().getTime());
    const wait = this.#timeScale > 0 ? realWait / this.#timeScale : 0;
    this.#later(wait, () => {
      const chat = this.#chat();
      if (!chat || chat.ended || chat.staffDueBy === undefined) return;
      if (chat.staffDueBy > this.scheduler.now().getTime()) {
        this.#pickUpStaffWork();
        return;
      }

      if (!chat.agent) {
        this.#join(this.#options.agent);
        return;
      }
      const lastMessage = chat.events.findLast((event) => event.type === 'message');
      if (lastMessage?.type === 'message' && lastMessage.sender === 'resident') {
        this.#answer(lastMessage.text);
      } else {
        this.#change((stored) => (stored.staffDueBy = undefined));
      }
    });
  }

  /** Notes, for a page that resumes the chat, when staff should next have acted. */
  #expectStaffWithin(delayMs: number): void {
    const due = this.scheduler.now().getTime() + (delayMs + staffGraceMs) * this.#timeScale;
    this.#change((chat) => (chat.staffDueBy = due));
  }

  #answer(text: string): void {
    const answer = findAnswer(text);
    const reply = answer ? answer.reply(this.#options.siteUrl) : fallbackReply;

    if (answer?.transferTo && this.#chat()?.agent?.id !== answer.transferTo.id) {
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
    this.#expectStaffWithin(pause.thinking + typingTime);

    this.#later(pause.thinking, () => {
      this.#emit({ type: 'typing', typing: true });
      this.#later(typingTime, () => {
        const chat = this.#chat();
        if (!chat || chat.ended || !chat.agent) return;

        this.#change((stored) => (stored.staffDueBy = undefined));
        this.#emitMessage({ sender: 'agent', agent: chat.agent, text });
        this.#activity();
        then?.();
      });
    });
  }

  #end(by: 'resident' | 'agent' | 'system', reason?: string): void {
    const chat = this.#chat();
    if (!chat || chat.ended) return;

    this.#change((stored) => (stored.ended = true));
    this.scheduler.cancelAll();
    this.#idle?.stop();
    this.#emit({ type: 'chat-ended', by, reason: by === 'agent' ? 'closed-by-staff' : reason });
  }

  /** Something happened in an open chat with staff: the idle timer starts again. */
  #activity(): void {
    const chat = this.#chat();
    if (chat?.agent && !chat.ended) this.#idle?.restart();
  }

  #idleActions = {
    warn: (secondsLeft: number) => this.#emit({ type: 'idle-warning', secondsLeft }),
    end: () => this.#end('system', 'idle'),
  };

  /** The scenario player's view of this backend: every step delivered at once, in order. */
  #scenarioBackend(): ScenarioBackend {
    const now = () => this.scheduler.now().getTime();
    const message = (sender: 'resident' | 'agent', text: string, minutesAgo = 0) => {
      const chat = this.#change((stored) => stored.seq++)!;
      const seq = chat.seq;
      this.#deliver({
        type: 'message',
        id: `msg-${seq}-${this.#idTag}`,
        clientId: sender === 'resident' ? `scenario-${chat.chatId}-${seq}` : undefined,
        sender,
        agent: sender === 'agent' ? chat.agent : undefined,
        text,
        time: new Date(now() - minutesAgo * 60_000).toISOString(),
        seq,
      });
    };

    return {
      open: () => {
        const { chatId, reference } = this.#newChat();
        this.#deliver({ type: 'chat-started', chatId, reference });
      },
      queue: (position, estimatedWaitSeconds) =>
        this.#deliver({ type: 'queued', position, estimatedWaitSeconds }),
      join: (agent, transfer = false) => {
        this.#change((stored) => (stored.agent = agent));
        this.#deliver({ type: 'agent-joined', agent, transfer });
      },
      resident: (text, minutesAgo) => message('resident', text, minutesAgo),
      staff: (text, minutesAgo) => message('agent', text, minutesAgo),
      end: (by, reason) => {
        this.#change((stored) => (stored.ended = true));
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
    if (isHistory(event)) this.#change((chat) => chat.events.push(event));
    this.#emitNow(event);
  }

  #openChat(): MockChat {
    const chat = this.#chat();
    if (!chat || chat.ended) throw new Error('There is no open chat to send to.');
    return chat;
  }

  /** Stores a new, empty chat and makes it the current one. */
  #newChat(): MockChat {
    const chat: MockChat = {
      chatId: `mock-${Math.random().toString(36).slice(2, 10)}`,
      reference: `HBC-${Math.floor(100000 + Math.random() * 900000)}`,
      events: [],
      seq: 0,
      ended: false,
      surveys: [],
      updatedAt: this.scheduler.now().getTime(),
    };
    this.#chatId = chat.chatId;
    this.#store.save(chat);
    return chat;
  }

  /** The current chat, read afresh: another tab may have added to it. */
  #chat(): MockChat | undefined {
    return this.#chatId ? this.#store.load(this.#chatId) : undefined;
  }

  /** Changes the current chat as stored, from a fresh copy. */
  #change(change: (chat: MockChat) => void): MockChat | undefined {
    const chat = this.#chat();
    if (!chat) return undefined;

    change(chat);
    chat.updatedAt = this.scheduler.now().getTime();
    this.#store.save(chat);
    return chat;
  }

  #later(delayMs: number, task: () => void): void {
    this.scheduler.schedule(task, delayMs);
  }

  /** Numbers a message from the stored chat's count, records it and delivers it. */
  #emitMessage(message: Pick<MessageEvent, 'sender' | 'clientId' | 'agent' | 'text'>): void {
    let event: MessageEvent | undefined;
    this.#change((chat) => {
      const seq = ++chat.seq;
      event = {
        type: 'message',
        id: `msg-${seq}-${this.#idTag}`,
        ...message,
        time: this.scheduler.now().toISOString(),
        seq,
      };
    });
    if (event) this.#emit(event);
  }

  /** Records the event in the backend's history, then delivers it on the scheduler. */
  #emit(event: TransportEvent): void {
    if (isHistory(event)) this.#change((chat) => chat.events.push(event));

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

function lastResidentMessage(chat: MockChat | undefined): MessageEvent | undefined {
  const found = chat?.events.findLast(
    (event) => event.type === 'message' && event.sender === 'resident',
  );
  return found?.type === 'message' ? found : undefined;
}
