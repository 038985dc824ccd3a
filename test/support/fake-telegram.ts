// A fake Telegram Bot API server on 127.0.0.1. The real bot talks to it over
// HTTP with its normal client (set apiRoot); simulated people send updates and
// read what the bot sent them: texts, parse modes, keyboards, edits and
// callback answers. Replies are realistic Message objects, and the server
// refuses what Telegram refuses, counted as Telegram counts (code points):
// empty texts or over 4096, captions over 1024, half an emoji (a lone
// surrogate) anywhere, callback data empty or over 64 bytes, more than 12
// buttons a row or 100 in all, contact/location buttons outside private
// chats, callback answers over 200, invalid bot commands, unchanged edits,
// answering a callback query twice, unknown chats, blocked users.
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  CallbackQuery,
  Chat,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";

export const FAKE_TOKEN = "123456789:TEST-fake-token-for-the-fake-bot-api";

export const FAKE_BOT_INFO: UserFromGetMe = {
  id: 123456789,
  is_bot: true,
  first_name: "Көмөк",
  username: "komok_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** A message the bot sent, as it looks now (after any edits). */
export interface BotMessage {
  chatId: number;
  messageId: number;
  /** sendMessage, sendPhoto, sendDocument… */
  method: string;
  text: string;
  parseMode?: string;
  replyMarkup?: unknown;
  /** Labels of inline buttons, row by row. */
  buttons: string[][];
  /** Texts this message had before each edit, oldest first. */
  history: string[];
  deleted: boolean;
  document?: { filename: string; content: Buffer };
  raw: Message;
}

export interface CallbackAnswer {
  queryId: string;
  text?: string;
  showAlert: boolean;
}

/** What a FakeTelegram remembers between runs (see `snapshot`); plain JSON. */
export interface FakeSnapshot {
  version: 1;
  nextUpdateId: number;
  chats: Chat[];
  /** [chat id, the next message id in that chat] */
  nextMessageIds: [number, number][];
  /** People who blocked the bot. */
  blocked: number[];
  /** The newest bot messages of each chat, as they look now (files left out). */
  messages: Pick<BotMessage, "chatId" | "messageId" | "method" | "text" | "parseMode" | "replyMarkup" | "raw">[];
}

/** Returns an error to refuse the call, or a promise to hold it (e.g. a slow network). */
type Interceptor = (call: ApiCall) => ApiError | undefined | Promise<ApiError | undefined>;

interface PendingPoll {
  offset: number;
  limit: number;
  resolve(updates: Update[]): void;
  timer: NodeJS.Timeout;
}

const botUser = (info: UserFromGetMe): User => ({
  id: info.id,
  is_bot: true,
  first_name: info.first_name,
  username: info.username,
});

export class FakeTelegram extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly messages: BotMessage[] = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  /** Calls the fake refused as Telegram would (a second answer to a callback, an unchanged edit…). */
  readonly refused: (ApiCall & { error: ApiError })[] = [];
  readonly commands = new Map<string, { command: string; description: string }[]>();
  webhook: { url: string; secret?: string; maxConnections?: number } | undefined;

  private server!: Server;
  private port = 0;
  private nextUpdateId = 1;
  private nextMessageId = new Map<number, number>();
  private queue: Update[] = [];
  private polls: PendingPoll[] = [];
  private chats = new Map<number, Chat>();
  private blocked = new Set<number>();
  private openQueries = new Set<string>();
  private interceptors: Interceptor[] = [];
  private receiver: ((update: Update) => Promise<void>) | undefined;
  private nextQueryId = 1;
  /** Newest message id a person sent, per chat. */
  readonly userMessageIds = new Map<number, number>();
  /** What people typed or revealed: texts, captions, phone numbers, names, group titles (see `typedIn`). */
  readonly typed = new Set<string>();

  constructor(
    readonly token = FAKE_TOKEN,
    readonly botInfo: UserFromGetMe = FAKE_BOT_INFO,
    /**
     * Keep every call and message (tests read them). Off for benchmarks, where
     * an ever-growing history would slow the process down, not the bot: then
     * only the newest message per chat is kept, for buttons and edits.
     */
    readonly retainHistory = true,
  ) {
    super();
  }

  static async start(options: { token?: string; botInfo?: UserFromGetMe; retainHistory?: boolean } = {}): Promise<FakeTelegram> {
    const fake = new FakeTelegram(options.token, options.botInfo, options.retainHistory);
    await fake.listen();
    return fake;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    return new Promise((resolve) =>
      this.server.listen(0, "127.0.0.1", () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      }),
    );
  }

  async close(): Promise<void> {
    for (const poll of this.polls.splice(0)) {
      clearTimeout(poll.timer);
      poll.resolve([]);
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Where updates go: to a function (e.g. bot.handleUpdate, awaited, so a
   * test knows the bot has finished), or, with none, to the getUpdates queue.
   */
  setReceiver(receiver: ((update: Update) => Promise<void>) | undefined): void {
    this.receiver = receiver;
  }

  /** Lets a test fail or slow down calls: return an error to refuse the call. */
  intercept(interceptor: Interceptor): () => void {
    this.interceptors.push(interceptor);
    return () => {
      this.interceptors = this.interceptors.filter((i) => i !== interceptor);
    };
  }

  /** A person in a private chat with the bot. */
  user(from: Partial<User> & { id: number }): FakeUser {
    const user: User = { is_bot: false, first_name: "Test", language_code: "ru", ...from };
    this.chats.set(user.id, {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.username ? { username: user.username } : {}),
    } as Chat);
    return new FakeUser(this, user);
  }

  /** A group chat the bot is in. */
  group(id: number, title = "Test group"): Chat {
    const chat = { id, type: "supergroup", title } as Chat;
    this.chats.set(id, chat);
    return chat;
  }

  /** A group gets a public @username (it becomes a public group). */
  makePublic(chatId: number, username: string): void {
    const chat = this.chats.get(chatId);
    if (chat) Object.assign(chat, { username });
  }

  block(userId: number): void {
    this.blocked.add(userId);
  }

  unblock(userId: number): void {
    this.blocked.delete(userId);
  }

  /** The bot's own membership in `chat` changed (a my_chat_member update), e.g. removed from a group by `from`. */
  myChatMember(chat: Chat, from: User, status: "member" | "kicked" | "left" | "administrator"): Promise<Update> {
    const bot = botUser(this.botInfo);
    const old = status === "member" || status === "administrator" ? "left" : "member";
    return this.sendUpdate({
      my_chat_member: {
        chat,
        from,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: bot, status: old },
        new_chat_member: { user: bot, status, ...(status === "kicked" ? { until_date: 0 } : {}) },
      },
    });
  }

  chat(id: number): Chat | undefined {
    return this.chats.get(id);
  }

  /** Messages the bot sent to a chat, in order, as they look now. */
  messagesIn(chatId: number): BotMessage[] {
    return this.messages.filter((m) => m.chatId === chatId && !m.deleted);
  }

  /** The command list Telegram would show this person, resolved by scope as Telegram does. */
  commandsFor(chatId: number, languageCode?: string): { command: string; description: string }[] {
    const lc = languageCode ?? "";
    for (const key of [`chat:${chatId}:${lc}`, `chat:${chatId}:`, `all_private_chats::${lc}`, "all_private_chats::", `default::${lc}`, "default::"]) {
      const commands = this.commands.get(key);
      if (commands) return commands;
    }
    return [];
  }

  /** The id of the newest message the person sent in this chat. */
  lastUserMessageId(chatId: number): number | undefined {
    return this.userMessageIds.get(chatId);
  }

  /** The answers given to the button press in `update` (exactly one when the bot behaves). */
  answersTo(update: Update): CallbackAnswer[] {
    const id = update.callback_query?.id;
    return this.callbackAnswers.filter((a) => a.queryId === id);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Builds an update around `body` and delivers it. */
  async sendUpdate(body: { [K in Exclude<keyof Update, "update_id">]?: unknown }): Promise<Update> {
    const update = { update_id: this.nextUpdateId++, ...body } as Update;
    this.remember(update);
    if (this.receiver) {
      await this.receiver(update);
    } else {
      this.queue.push(update);
      this.flushPolls();
    }
    return update;
  }

  private remember(update: Update): void {
    const m = update.message ?? update.edited_message;
    const from = m?.from ?? update.callback_query?.from ?? update.my_chat_member?.from;
    const values = [m?.text, m?.caption, m?.contact?.phone_number, m?.chat.type === "private" ? undefined : m?.chat.title, from?.first_name, from?.last_name, from?.username];
    for (const v of values) if (v) this.typed.add(v);
  }

  /**
   * The typed texts, names and numbers found in `text` (e.g. the logs). Commands,
   * the labels of the bot's own buttons and anything shorter than 5 characters
   * are not personal, so they are not looked for; phone numbers are also looked
   * for by their last 7 digits.
   */
  typedIn(text: string): string[] {
    const labels = new Set(this.messages.flatMap((m) => m.buttons.flat()));
    // Numbers as they could be written: "0555 12-34-56" is one run of digits here.
    const numbers = (text.replace(/(\d)[\s()-]+(?=\d)/g, "$1").match(/\d+/g) ?? []).filter((n) => n.length >= 7 && n.length <= 13);
    const found: string[] = [];
    for (const v of this.typed) {
      const value = v.trim();
      if (value.length < 5 || value.startsWith("/") || labels.has(value)) continue;
      const digits = value.replace(/[^0-9]/g, "");
      const isPhone = /^[+\d\s()-]+$/.test(value) && digits.length >= 9;
      if (text.includes(value) || (isPhone && numbers.some((n) => n.endsWith(digits.slice(-7))))) found.push(value);
    }
    return found;
  }

  newMessageId(chatId: number): number {
    const id = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, id + 1);
    return id;
  }

  newQueryId(): string {
    const id = String(this.nextQueryId++);
    this.openQueries.add(id);
    return id;
  }

  /**
   * What this fake knows, as plain JSON, for a later run to `restore` (the chat
   * simulator keeps it next to its database): every chat (people and groups),
   * who blocked the bot, the next message id of each chat and the next update
   * id, and the newest `keep` bot messages of each chat (without files), so the
   * bot can still edit them and their buttons can still be pressed.
   */
  snapshot(keep = 3): FakeSnapshot {
    const newest = new Map<number, BotMessage[]>();
    for (const m of this.messages) {
      if (m.deleted) continue;
      const list = newest.get(m.chatId) ?? [];
      list.push(m);
      if (list.length > keep) list.shift();
      newest.set(m.chatId, list);
    }
    return {
      version: 1,
      nextUpdateId: this.nextUpdateId,
      chats: [...this.chats.values()].map((c) => ({ ...c })),
      nextMessageIds: [...this.nextMessageId],
      blocked: [...this.blocked],
      messages: [...newest.values()].flat().map((m) => ({
        chatId: m.chatId,
        messageId: m.messageId,
        method: m.method,
        text: m.text,
        ...(m.parseMode ? { parseMode: m.parseMode } : {}),
        ...(m.replyMarkup !== undefined ? { replyMarkup: m.replyMarkup } : {}),
        raw: m.raw,
      })),
    };
  }

  /**
   * Takes back what `snapshot` gave (e.g. read from a file): chats and blocks
   * are added, counters never go back. Throws, changing nothing, when `state`
   * is not a snapshot.
   */
  restore(state: unknown): void {
    const s = state as Partial<FakeSnapshot> | null;
    const isId = (v: unknown) => Number.isSafeInteger(v) && v !== 0;
    const valid =
      typeof s === "object" &&
      s !== null &&
      s.version === 1 &&
      Number.isSafeInteger(s.nextUpdateId) &&
      Array.isArray(s.chats) &&
      s.chats.every((c) => typeof c === "object" && c !== null && isId(c.id) && typeof c.type === "string") &&
      Array.isArray(s.nextMessageIds) &&
      s.nextMessageIds.every((p) => Array.isArray(p) && isId(p[0]) && Number.isSafeInteger(p[1])) &&
      Array.isArray(s.blocked) &&
      s.blocked.every(isId) &&
      Array.isArray(s.messages) &&
      s.messages.every(
        (m) => typeof m === "object" && m !== null && isId(m.chatId) && Number.isSafeInteger(m.messageId) && typeof m.method === "string" && typeof m.text === "string" && typeof m.raw === "object" && m.raw !== null,
      );
    if (!valid) throw new Error("not a snapshot of the fake Bot API");
    const snap = s as FakeSnapshot;
    this.nextUpdateId = Math.max(this.nextUpdateId, snap.nextUpdateId);
    for (const chat of snap.chats) if (!this.chats.has(chat.id)) this.chats.set(chat.id, chat);
    for (const [chatId, next] of snap.nextMessageIds) this.nextMessageId.set(chatId, Math.max(this.nextMessageId.get(chatId) ?? 1, next));
    for (const id of snap.blocked) this.blocked.add(id);
    for (const m of snap.messages) {
      if (this.messages.some((x) => x.chatId === m.chatId && x.messageId === m.messageId)) continue;
      this.messages.push({ ...m, buttons: buttonLabels(m.replyMarkup), history: [], deleted: false });
    }
  }

  /** Waits until `predicate` holds (for polling mode, where delivery is asynchronous). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error("FakeTelegram.waitFor: timed out");
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  // ---- HTTP side -------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!match) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let payload: Record<string, unknown>;
    try {
      payload = await readPayload(req);
    } catch {
      return send(400, { ok: false, error_code: 400, description: "Bad Request: can't parse request" });
    }
    const call: ApiCall = { method, payload, at: Date.now() };
    if (method !== "getUpdates" && this.retainHistory) this.calls.push(call);
    for (const interceptor of this.interceptors) {
      const error = await interceptor(call);
      if (error) return send(error.error_code, { ok: false, ...error });
    }
    try {
      const result = await this.dispatch(method, payload);
      send(200, { ok: true, result });
      this.emit("call", call);
    } catch (error) {
      if (error instanceof ApiFailure) {
        if (this.retainHistory) this.refused.push({ ...call, error: error.body });
        return send(error.body.error_code, { ok: false, ...error.body });
      }
      send(500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
    }
  }

  private async dispatch(method: string, p: Record<string, unknown>): Promise<unknown> {
    // Telegram reads every string as UTF-8: half an emoji (a lone surrogate) fails the whole request.
    if (hasLoneSurrogate(p)) fail(400, "Bad Request: strings must be encoded in UTF-8");
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "getChat": {
        const chat = this.chats.get(Number(p.chat_id));
        if (!chat) fail(400, "Bad Request: chat not found");
        return chat;
      }
      case "getUpdates":
        return this.getUpdates(p);
      case "setWebhook":
        this.webhook = { url: String(p.url), secret: p.secret_token as string | undefined };
        if (p.max_connections !== undefined) this.webhook.maxConnections = Number(p.max_connections);
        return true;
      case "deleteWebhook":
        this.webhook = undefined;
        return true;
      case "getWebhookInfo":
        return { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.queue.length };
      case "setMyCommands": {
        checkCommands(p.commands);
        this.commands.set(commandsKey(p), p.commands as { command: string; description: string }[]);
        return true;
      }
      case "getMyCommands":
        return this.commands.get(commandsKey(p)) ?? [];
      case "deleteMyCommands":
        this.commands.delete(commandsKey(p));
        return true;
      case "sendMessage":
        return this.sendMessage(method, p, requireText(p.text, "message text")).raw;
      case "sendPhoto":
      case "sendDocument":
      case "sendVoice":
      case "sendVideo":
      case "sendAudio":
        return this.sendMessage(method, p, checkCaption(p.caption)).raw;
      case "editMessageText":
        return this.edit(p, requireText(p.text, "message text")).raw;
      case "editMessageCaption":
        return this.edit(p, checkCaption(p.caption)).raw;
      case "editMessageReplyMarkup":
        return this.edit(p, undefined).raw;
      case "deleteMessage": {
        this.findMessage(p).deleted = true;
        return true;
      }
      case "answerCallbackQuery": {
        const id = String(p.callback_query_id);
        if (!this.openQueries.delete(id)) {
          fail(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (typeof p.text === "string" && codePoints(p.text) > 200) fail(400, "Bad Request: MESSAGE_TOO_LONG");
        const answer = { queryId: id, text: p.text as string | undefined, showAlert: p.show_alert === true };
        if (this.retainHistory) this.callbackAnswers.push(answer);
        return true;
      }
      case "sendChatAction":
      case "setChatMenuButton":
      case "close":
      case "logOut":
        return true;
      default:
        fail(404, "Not Found: method not found");
    }
  }

  private getUpdates(p: Record<string, unknown>): Promise<Update[]> {
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(Number(p.limit ?? 100), 100);
    const timeout = Math.min(Number(p.timeout ?? 0), 50);
    this.queue = this.queue.filter((u) => u.update_id >= offset);
    if (this.queue.length > 0 || timeout === 0) return Promise.resolve(this.queue.slice(0, limit));
    return new Promise((resolve) => {
      const poll: PendingPoll = {
        offset,
        limit,
        resolve,
        timer: setTimeout(() => {
          this.polls = this.polls.filter((x) => x !== poll);
          resolve([]);
        }, timeout * 1000),
      };
      this.polls.push(poll);
    });
  }

  private flushPolls(): void {
    for (const poll of this.polls.splice(0)) {
      clearTimeout(poll.timer);
      poll.resolve(this.queue.filter((u) => u.update_id >= poll.offset).slice(0, poll.limit));
    }
  }

  private sendMessage(method: string, p: Record<string, unknown>, text: string): BotMessage {
    const chatId = Number(p.chat_id);
    const chat = this.chats.get(chatId);
    if (!chat) fail(400, "Bad Request: chat not found");
    if (this.blocked.has(chatId)) fail(403, "Forbidden: bot was blocked by the user");
    const markup = checkMarkup(p.reply_markup, chat.type);
    const raw: Message = {
      message_id: this.newMessageId(chatId),
      from: botUser(this.botInfo),
      chat,
      date: Math.floor(Date.now() / 1000),
      ...(method === "sendMessage" ? { text } : text ? { caption: text } : {}),
      ...(p.entities ? { entities: p.entities as MessageEntity[] } : {}),
      ...(isInlineKeyboard(markup) ? { reply_markup: markup } : {}),
    } as Message;
    const file = p[method.replace(/^send/, "").toLowerCase()];
    const message: BotMessage = {
      chatId,
      messageId: raw.message_id,
      method,
      text,
      parseMode: p.parse_mode as string | undefined,
      replyMarkup: markup,
      buttons: buttonLabels(markup),
      history: [],
      deleted: false,
      document: isUpload(file) ? file : undefined,
      raw,
    };
    if (!this.retainHistory) {
      const previous = this.messages.findIndex((m) => m.chatId === chatId);
      if (previous >= 0) this.messages.splice(previous, 1);
    }
    this.messages.push(message);
    this.emit("message", message);
    return message;
  }

  private findMessage(p: Record<string, unknown>): BotMessage {
    const chatId = Number(p.chat_id);
    const messageId = Number(p.message_id);
    const message = this.messages.find((m) => m.chatId === chatId && m.messageId === messageId && !m.deleted);
    if (!message) fail(400, "Bad Request: message to edit not found");
    return message;
  }

  private edit(p: Record<string, unknown>, text: string | undefined): BotMessage {
    const message = this.findMessage(p);
    const markup = checkMarkup(p.reply_markup, message.raw.chat.type);
    const newText = text ?? message.text;
    if (newText === message.text && JSON.stringify(markup) === JSON.stringify(message.replyMarkup)) {
      fail(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    if (text !== undefined) message.history.push(message.text);
    message.text = newText;
    if (p.parse_mode !== undefined) message.parseMode = p.parse_mode as string;
    message.replyMarkup = markup;
    message.buttons = buttonLabels(markup);
    message.raw = { ...message.raw, edit_date: Math.floor(Date.now() / 1000) } as Message;
    if (text !== undefined) (message.raw as { text?: string }).text = newText;
    if (isInlineKeyboard(markup)) (message.raw as { reply_markup?: unknown }).reply_markup = markup;
    else delete (message.raw as { reply_markup?: unknown }).reply_markup;
    this.emit("edit", message);
    return message;
  }
}

/** A simulated person in a private chat with the bot. */
export class FakeUser {
  constructor(
    readonly telegram: FakeTelegram,
    readonly from: User,
  ) {}

  get id(): number {
    return this.from.id;
  }

  private chat(): Chat {
    return this.telegram.chat(this.from.id)!;
  }

  private message(extra: Partial<Message>, chat: Chat = this.chat()): Message {
    const messageId = this.telegram.newMessageId(chat.id);
    this.telegram.userMessageIds.set(chat.id, messageId);
    return {
      message_id: messageId,
      from: this.from,
      chat,
      date: Math.floor(Date.now() / 1000),
      ...extra,
    } as Message;
  }

  /** Sends text; a leading /command gets its bot_command entity as Telegram adds it. */
  send(text: string): Promise<Update> {
    return this.sendIn(this.chat(), text);
  }

  /** Sends text as this person in another chat, e.g. a command in a group (see FakeTelegram.group). */
  sendIn(chat: Chat, text: string): Promise<Update> {
    const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    const entities: MessageEntity[] | undefined = command
      ? [{ type: "bot_command", offset: 0, length: command[0].length }]
      : undefined;
    return this.telegram.sendUpdate({ message: this.message({ text, ...(entities ? { entities } : {}) }, chat) });
  }

  /** Blocks the bot: Telegram sends a my_chat_member update ("kicked") and refuses messages to this person from now on. */
  blockBot(): Promise<Update> {
    this.telegram.block(this.id);
    return this.telegram.myChatMember(this.chat(), this.from, "kicked");
  }

  /** Unblocks the bot (a my_chat_member update, "member"). */
  unblockBot(): Promise<Update> {
    this.telegram.unblock(this.id);
    return this.telegram.myChatMember(this.chat(), this.from, "member");
  }

  sendSticker(): Promise<Update> {
    return this.telegram.sendUpdate({
      message: this.message({
        sticker: { file_id: "sticker1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
      } as Partial<Message>),
    });
  }

  sendPhoto(caption?: string): Promise<Update> {
    return this.telegram.sendUpdate({
      message: this.message({
        photo: [{ file_id: "photo1", file_unique_id: "p1", width: 90, height: 90 }],
        ...(caption ? { caption } : {}),
      }),
    });
  }

  /** Forwards someone else's message (text, or a photo with a caption) to the bot. */
  sendForward(text: string, asCaption = false): Promise<Update> {
    const forward_origin = { type: "hidden_user", sender_user_name: "Кто-то", date: Math.floor(Date.now() / 1000) - 3600 };
    const content = asCaption ? { photo: [{ file_id: "photo2", file_unique_id: "p2", width: 90, height: 90 }], caption: text } : { text };
    return this.telegram.sendUpdate({ message: this.message({ ...content, forward_origin } as Partial<Message>) });
  }

  sendVoice(): Promise<Update> {
    return this.telegram.sendUpdate({
      message: this.message({ voice: { file_id: "voice1", file_unique_id: "v1", duration: 3 } }),
    });
  }

  sendLocation(latitude = 42.8746, longitude = 74.5698): Promise<Update> {
    return this.telegram.sendUpdate({ message: this.message({ location: { latitude, longitude } }) });
  }

  sendContact(phone = "+996700123456"): Promise<Update> {
    return this.telegram.sendUpdate({
      message: this.message({ contact: { phone_number: phone, first_name: this.from.first_name, user_id: this.from.id } }),
    });
  }

  /** Edits one of this person's earlier messages (the bot sees an edited_message). */
  editMessage(messageId: number, text: string): Promise<Update> {
    const now = Math.floor(Date.now() / 1000);
    return this.telegram.sendUpdate({
      edited_message: { message_id: messageId, from: this.from, chat: this.chat(), date: now, edit_date: now, text },
    });
  }

  /** Presses a button by its label on the newest bot message that has it. */
  click(label: string | RegExp): Promise<Update> {
    return this.clickIn(this.id, label);
  }

  /** Presses a button by its label on the newest bot message in a chat (e.g. a group) that has it. */
  clickIn(chatId: number, label: string | RegExp): Promise<Update> {
    const { data, message } = this.buttonIn(chatId, label);
    return this.clickData(data, message);
  }

  /** The callback data of a button (by its label) on the newest bot message in a chat that has it. */
  buttonIn(chatId: number, label: string | RegExp): { data: string; message: BotMessage } {
    const matches = (b: string) => (typeof label === "string" ? b === label : label.test(b));
    const messages = this.telegram.messagesIn(chatId);
    const message = [...messages].reverse().find((m) => m.buttons.flat().some(matches));
    if (!message) {
      throw new Error(`No button ${String(label)} in: ${JSON.stringify(messages.map((m) => m.buttons))}`);
    }
    const rows = (message.replyMarkup as InlineKeyboardMarkup).inline_keyboard;
    const button = rows.flat().find((b) => matches(b.text))!;
    if (!("callback_data" in button)) throw new Error(`Button ${button.text} has no callback data`);
    return { data: button.callback_data, message };
  }

  /** Sends a callback query with any data, e.g. a stale or forged button. */
  clickData(data: string, message?: BotMessage): Promise<Update> {
    const target = message ?? this.last();
    const query: CallbackQuery = {
      id: this.telegram.newQueryId(),
      from: this.from,
      chat_instance: `ci-${this.from.id}`,
      data,
      message: target?.raw ?? this.message({ text: "old" }),
    } as CallbackQuery;
    return this.telegram.sendUpdate({ callback_query: query });
  }

  /** Everything the bot sent this person, as it looks now. */
  messages(): BotMessage[] {
    return this.telegram.messagesIn(this.from.id);
  }

  last(): BotMessage | undefined {
    return this.messages().at(-1);
  }

  /** Texts of the bot messages sent after `since` messages (use with messages().length). */
  textsSince(since: number): string[] {
    return this.messages()
      .slice(since)
      .map((m) => m.text);
  }

  /** Answers to this person's button presses, in order. */
  callbackAnswers(): CallbackAnswer[] {
    return this.telegram.callbackAnswers;
  }
}

// ---- helpers ------------------------------------------------------------

class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.description);
  }
}

function fail(error_code: number, description: string): never {
  throw new ApiFailure({ error_code, description });
}

/** Telegram counts lengths in Unicode code points (tdlib's utf8_length), not UTF-16 units. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === "object" && value !== null && !Buffer.isBuffer(value) && !("content" in value)) return Object.values(value).some(hasLoneSurrogate);
  return false;
}

function requireText(value: unknown, what: string): string {
  const text = typeof value === "string" ? value : "";
  if (text.trim() === "") fail(400, `Bad Request: ${what} is empty`);
  if (codePoints(text) > 4096) fail(400, "Bad Request: message is too long");
  return text;
}

function checkCaption(value: unknown): string {
  const caption = String(value ?? "");
  if (codePoints(caption) > 1024) fail(400, "Bad Request: message caption is too long");
  return caption;
}

/** At most 100 commands, each 1–32 of [a-z0-9_], with a description of 1–256 characters. */
function checkCommands(value: unknown): void {
  const commands = Array.isArray(value) ? (value as { command?: unknown; description?: unknown }[]) : [];
  if (commands.length > 100) fail(400, "Bad Request: too many commands");
  for (const c of commands) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) fail(400, "Bad Request: BOT_COMMAND_INVALID");
    const description = typeof c.description === "string" ? c.description : "";
    if (description.trim() === "" || codePoints(description) > 256) fail(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
  }
}

function commandsKey(p: Record<string, unknown>): string {
  const scope = (p.scope as { type?: string; chat_id?: unknown } | undefined) ?? { type: "default" };
  return `${scope.type ?? "default"}:${scope.chat_id ?? ""}:${p.language_code ?? ""}`;
}

function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return typeof markup === "object" && markup !== null && "inline_keyboard" in markup;
}

function checkMarkup(markup: unknown, chatType: string): unknown {
  if (typeof markup === "object" && markup !== null && "keyboard" in markup) {
    const rows = (markup as { keyboard: (string | { text?: string; request_contact?: boolean; request_location?: boolean })[][] }).keyboard;
    for (const button of rows.flat()) {
      if (typeof button === "object" && (button.request_contact || button.request_location) && chatType !== "private") {
        fail(400, "Bad Request: phone number and location can be requested in private chats only");
      }
    }
  }
  if (!isInlineKeyboard(markup)) return markup;
  if (markup.inline_keyboard.some((row) => row.length > 12) || markup.inline_keyboard.flat().length > 100) fail(400, "Bad Request: too many buttons");
  for (const button of markup.inline_keyboard.flat()) {
    if (!button.text) fail(400, "Bad Request: text buttons are unallowed in the inline keyboard");
    if ("callback_data" in button && (button.callback_data.length === 0 || Buffer.byteLength(button.callback_data) > 64)) {
      fail(400, "Bad Request: BUTTON_DATA_INVALID");
    }
  }
  return markup;
}

function buttonLabels(markup: unknown): string[][] {
  if (isInlineKeyboard(markup)) return markup.inline_keyboard.map((row) => row.map((b) => b.text));
  if (typeof markup === "object" && markup !== null && "keyboard" in markup) {
    return (markup as { keyboard: (string | { text: string })[][] }).keyboard.map((row) =>
      row.map((b) => (typeof b === "string" ? b : b.text)),
    );
  }
  return [];
}

function isUpload(v: unknown): v is { filename: string; content: Buffer } {
  return typeof v === "object" && v !== null && "content" in v;
}

async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0) return {};
  if (type.includes("application/json")) return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  if (type.includes("multipart/form-data")) {
    const out: Record<string, unknown> = {};
    const files = new Map<string, { filename: string; content: Buffer }>();
    for (const part of parseMultipart(body, type)) {
      if (part.filename === undefined) {
        const value = part.content.toString("utf8");
        out[part.name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
      } else {
        files.set(part.name, { filename: part.filename, content: part.content });
      }
    }
    // grammY sends files as attach://<field> references.
    for (const [key, value] of Object.entries(out)) {
      if (typeof value === "string" && value.startsWith("attach://")) out[key] = files.get(value.slice(9));
    }
    for (const [key, file] of files) if (!(key in out)) out[key] = file;
    return out;
  }
  return Object.fromEntries(new URLSearchParams(body.toString("utf8")));
}

/**
 * multipart/form-data as Telegram reads it. (undici's FormData parser refuses
 * what grammY sends: unquoted filenames and headers without a space after the
 * colon, which the real Bot API accepts.)
 */
function parseMultipart(body: Buffer, type: string): { name: string; filename?: string; content: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!boundary) throw new Error("multipart without a boundary");
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: { name: string; filename?: string; content: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  if (start < 0) throw new Error("multipart without parts");
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") return parts; // the closing delimiter
    start += 2; // CRLF after the delimiter
    const end = body.indexOf(delimiter, start);
    if (end < 0) throw new Error("multipart not closed");
    const part = body.subarray(start, end - 2); // CRLF before the next delimiter
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) throw new Error("multipart part without headers");
    const headers = part.subarray(0, split).toString("utf8");
    const disposition = /^content-disposition:\s*form-data(.*)$/im.exec(headers)?.[1] ?? "";
    const param = (key: string) => new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;\\s]*))`, "i").exec(disposition);
    const name = param("name");
    if (!name) throw new Error("multipart part without a name");
    const filename = param("filename");
    parts.push({
      name: name[1] ?? name[2]!,
      ...(filename ? { filename: filename[1] ?? filename[2]! } : {}),
      content: Buffer.from(part.subarray(split + 4)),
    });
    start = end;
  }
}
