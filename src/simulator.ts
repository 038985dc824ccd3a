// The chat simulator behind `npm run chat`: a person typing in a terminal,
// the real bot, and the fake Bot API between them. Its own words come from
// locales/ (sim-*) in the trainee's language.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Api } from "grammy";
import type { Chat, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup } from "grammy/types";
import type { BotMessage, FakeSnapshot, FakeTelegram, FakeUser } from "../test/support/fake-telegram.ts";
import { botBroadcastSender, noticeHandlers } from "./bot.ts";
import type { Db, FastReads } from "./db/client.ts";
import { bishkekTime, weekdayOf } from "./domain/legal-aid/slots.ts";
import { getI18n, localeFromTelegram } from "./i18n.ts";
import { DEFAULT_SENDER } from "./jobs/broadcast-sender.ts";
import { SENDING_JOBS } from "./jobs/schedule.ts";
import type { Logger } from "./logger.ts";
import { bishkekDay, formatDate, formatTime, systemClock, type Clock } from "./time.ts";

export interface SimulatorOptions {
  fake: FakeTelegram;
  userId: number;
  /** Telegram language_code of the simulated person (ky, ru, en…). */
  languageCode: string;
  name: string;
  write(text: string): void;
  colour?: boolean;
  /** The bot's scheduled jobs and the clock they go by (:time, :jobs); see `simulatorJobs`. */
  jobs?: SimulatorJobs;
}

// ---- the clock and the bot's scheduled jobs ---------------------------------

/** The simulator's time: the system time (or another clock) plus an offset that only grows. */
export class SimClock implements Clock {
  constructor(
    private readonly base: Clock = systemClock,
    public offsetMs = 0,
  ) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }
}

/** What one run of the jobs sent, job by job. */
export interface JobCounts {
  notices: number;
  reminders: number;
  escalations: number;
  digests: number;
  jobDigests: number;
  broadcasts: number;
}

export interface SimulatorJobs {
  clock: SimClock;
  /**
   * Runs the bot's scheduled jobs once, in the order of src/jobs/schedule.ts,
   * then a pass of the broadcast sender. With `since` (the time before the
   * clock moved), the once-a-day digests run only if their time came meanwhile
   * (the clinics' list 08:00–10:45, the jobs digests 10:00, Bishkek time);
   * without it, every job runs now.
   */
  run(since?: Date): Promise<{ counts: JobCounts; failed: { job: string; message: string }[] }>;
  /** One pass of the broadcast sender: what is approved and due goes out. Returns messages sent. */
  broadcasts(): Promise<number>;
}

const MINUTE = 60_000;

/** The newest time at or before `now` when the clinics' digest runs (every 15 minutes 08:00–10:45), on the day of `now`. */
function lastClinicDigestRun(now: Date): Date | undefined {
  const day = bishkekDay(now);
  const first = bishkekTime(day, "08:00");
  if (now < first) return undefined;
  const last = bishkekTime(day, "10:45");
  const floored = new Date(Math.floor(now.getTime() / (15 * MINUTE)) * 15 * MINUTE);
  return floored < last ? floored : last;
}

/** The newest 10:00 (Bishkek) at or before `now`: when the jobs digests run. */
function lastJobsDigestRun(now: Date): Date {
  const today = bishkekTime(bishkekDay(now), "10:00");
  return today <= now ? today : new Date(today.getTime() - 86_400_000);
}

/** When a once-a-day job last came due at or before `now` (as src/jobs/schedule.ts's cron runs them). */
const DAILY_RUNS: Partial<Record<string, (at: Date) => Date | undefined>> = { digest: lastClinicDigestRun, "jobs-digest": lastJobsDigestRun };
/** Which count of the summary each job adds to. */
const COUNTED_AS: Record<(typeof SENDING_JOBS)[number]["name"], keyof JobCounts> = {
  notices: "notices",
  reminders: "reminders",
  escalate: "escalations",
  digest: "digests",
  "jobs-digest": "jobDigests",
};

/** The bot's jobs for the simulator, with its clock, the bot's api and a broadcast sender of its own (as src/main.ts builds them). */
export function simulatorJobs(deps: { db: Db; reads: FastReads; logger: Logger; clock: SimClock; api: Api; token: string; apiRoot: string }): SimulatorJobs {
  const { api, token } = deps;
  const jobDeps = { db: deps.db, reads: deps.reads, logger: deps.logger, clock: deps.clock };
  const scheduleDeps = { ...jobDeps, api, notices: noticeHandlers(token) };
  const sender = botBroadcastSender(jobDeps, { token, apiRoot: deps.apiRoot, rate: DEFAULT_SENDER.rate });
  let recovered = false;
  const broadcasts = async () => {
    if (!recovered) await sender.recover();
    recovered = true;
    return sender.pass();
  };
  return {
    clock: deps.clock,
    broadcasts,
    async run(since) {
      const now = deps.clock.now();
      const counts: JobCounts = { notices: 0, reminders: 0, escalations: 0, digests: 0, jobDigests: 0, broadcasts: 0 };
      const failed: { job: string; message: string }[] = [];
      const step = async (job: string, key: keyof JobCounts, run: () => Promise<number>) => {
        try {
          counts[key] += await run();
        } catch (err) {
          deps.logger.error({ err, job }, "job failed");
          failed.push({ job, message: (err as Error).message });
        }
      };
      for (const job of SENDING_JOBS) {
        // After a move of the clock, a once-a-day job runs only if its time came meanwhile.
        const daily = DAILY_RUNS[job.name];
        if (since && daily) {
          const last = daily(now);
          if (!last || last <= since) continue;
        }
        await step(job.name, COUNTED_AS[job.name], () => job.run(scheduleDeps));
      }
      await step("broadcasts", "broadcasts", broadcasts);
      return { counts, failed };
    },
  };
}

/** `+30m`, `+2h`, `+1d`, `+1d2h`: how far to move the clock; "back" for a minus sign; undefined when unreadable. */
export function parseTimeMove(text: string): number | "back" | undefined {
  const match = /^([+-]?)\s*((?:\d{1,4}\s*[mhd]\s*)+)$/i.exec(text.trim());
  if (!match) return undefined;
  if (match[1] === "-") return "back";
  const unit = { m: MINUTE, h: 60 * MINUTE, d: 1440 * MINUTE } as const;
  let ms = 0;
  for (const [, n, u] of match[2]!.matchAll(/(\d+)\s*([mhd])/gi)) ms += Number(n) * unit[u!.toLowerCase() as "m" | "h" | "d"];
  return ms > 0 && ms <= 366 * 1440 * MINUTE ? ms : undefined;
}

// ---- what the simulator remembers between runs ------------------------------

/** What `npm run chat` keeps next to its database: the fake Bot API's chats and the clock's offset. */
export interface SimulatorState {
  version: 1;
  telegram: FakeSnapshot;
  clockOffsetMs: number;
}

/** The file next to the database (`file:./data/chat.db` → `./data/chat.db.sim.json`); none for other URLs or an in-memory database. */
export function simulatorStateFile(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith("file:")) return undefined;
  const file = databaseUrl.slice("file:".length).replace(/\?.*$/, "");
  if (file === "" || file === ":memory:") return undefined;
  return `${file}.sim.json`;
}

/** Reads the state; "missing" for no file, an Error for one that cannot be read or is not a state. */
export function loadSimulatorState(file: string): SimulatorState | "missing" | Error {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : (error as Error);
  }
  try {
    const state = JSON.parse(text) as Partial<SimulatorState> | null;
    if (typeof state !== "object" || state === null || state.version !== 1 || typeof state.telegram !== "object" || !Number.isSafeInteger(state.clockOffsetMs) || state.clockOffsetMs! < 0) {
      return new Error("not a simulator state");
    }
    return state as SimulatorState;
  } catch (error) {
    return error as Error;
  }
}

/** Writes the state whole (a temporary file, then renamed), so a stop halfway leaves the old one. */
export function saveSimulatorState(file: string, state: SimulatorState): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

/** A stable id for a group of the simulator, from its title (a supergroup id: -100…). */
export function simulatorGroupId(title: string): number {
  let hash = 2166136261;
  for (const char of title) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return -(1_000_000_000_000 + (hash % 1_000_000_000));
}

// ---- the simulator ----------------------------------------------------------

interface Option {
  message: BotMessage;
  label: string;
  data: string | undefined;
  /** A button of the keyboard under the typing field: sends its text, the contact or the location. */
  reply?: "text" | "contact" | "location";
  /** The message was edited since: Telegram no longer shows this button. */
  gone?: boolean;
}

export class ChatSimulator {
  private user: FakeUser;
  /** Every button shown so far, numbered from 1 (old ones stay pressable). */
  private readonly options: Option[] = [];
  private readonly i18n = getI18n();
  /** Messages to chats nobody on screen is in (e.g. a clinic's staff, a group), shown when the trainee becomes them or enters the group. */
  private readonly waiting = new Map<number, BotMessage[]>();
  /** The groups each person is in with the bot (:group), by person. */
  private readonly memberships = new Map<number, Map<number, Chat>>();
  /** Where typed lines go: a group, or the private chat with the bot (undefined). */
  private here: Chat | undefined;

  constructor(private readonly o: SimulatorOptions) {
    this.user = o.fake.user({ id: o.userId, language_code: o.languageCode, first_name: o.name });
    o.fake.on("message", (m: BotMessage) => this.print(m, false));
    o.fake.on("edit", (m: BotMessage) => this.print(m, true));
    o.fake.on("call", (call: { method: string; payload: Record<string, unknown> }) => {
      if (call.method === "answerCallbackQuery" && call.payload.text) this.o.write(this.dim(`   ⓘ ${String(call.payload.text)}\n\n`));
    });
  }

  /** The simulator's own words: in the person's language, Russian for any other. */
  t(key: string, vars?: Record<string, string | number>): string {
    return this.i18n.t(localeFromTelegram(this.user.from.language_code) ?? "ru", key, vars);
  }

  private dim(text: string): string {
    return this.o.colour ? `\x1b[2m${text}\x1b[0m` : text;
  }

  /** One of the simulator's own lines (sim-*), dimmed. */
  note(key: string, vars?: Record<string, string | number>): void {
    this.o.write(this.dim(`${this.t(key, vars)}\n\n`));
  }

  /** What the prompt shows: "> " in the private chat, the group's title in a group. */
  get prompt(): string {
    return this.here ? `«${this.here.title ?? ""}» > ` : "> ";
  }

  intro(): void {
    this.o.write(this.dim(`${this.t("sim-intro", { id: String(this.user.id) })}\n\n`));
  }

  /** Shows the bot's last message to this person from an earlier run (the fake remembers it), its buttons pressable again. */
  resume(): void {
    const last = this.o.fake.messagesIn(this.user.id).at(-1);
    if (!last) return;
    this.note("sim-restored");
    this.print(last, false);
  }

  /** "чт, 03.12.2026 16:20": the simulator's time in Bishkek. */
  private when(): string {
    const now = this.o.jobs?.clock.now() ?? new Date();
    return `${this.t(`weekday-short-${weekdayOf(bishkekDay(now))}`)}, ${formatDate(now)} ${formatTime(now)}`;
  }

  private get groups(): Map<number, Chat> {
    let groups = this.memberships.get(this.user.id);
    if (!groups) this.memberships.set(this.user.id, (groups = new Map()));
    return groups;
  }

  private print(message: BotMessage, edited: boolean): void {
    const group = message.chatId < 0 ? this.groups.get(message.chatId) : undefined;
    if (message.chatId !== this.user.id && !group) {
      if (!edited) this.waiting.set(message.chatId, [...(this.waiting.get(message.chatId) ?? []), message]);
      return;
    }
    if (edited) for (const option of this.options) if (option.message === message) option.gone = true;
    const head = group
      ? this.t(edited ? "sim-edited-group" : "sim-bot-group", { title: group.title ?? "" })
      : this.t(edited ? "sim-edited" : "sim-bot");
    const lines = [this.o.colour ? `\x1b[36m${head}\x1b[0m` : head, message.text || this.dim(`[${message.method}]`)];
    if (message.document) lines.push(this.dim(`📎 ${message.document.filename} (${message.document.content.length} B)`));
    const rows = (message.replyMarkup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];
    for (const row of rows) {
      const cells = row.map((button) => {
        this.options.push({ message, label: button.text, data: "callback_data" in button ? button.callback_data : undefined });
        return `[#${this.options.length}] ${button.text}`;
      });
      lines.push(`   ${cells.join("   ")}`);
    }
    // The keyboard under the typing field (share a contact or location, Back).
    const replyRows = (message.replyMarkup as ReplyKeyboardMarkup | undefined)?.keyboard ?? [];
    for (const row of replyRows) {
      const cells = row.map((button: KeyboardButton) => {
        const label = typeof button === "string" ? button : button.text;
        const reply = typeof button === "object" && "request_contact" in button ? "contact" : typeof button === "object" && "request_location" in button ? "location" : "text";
        this.options.push({ message, label, data: undefined, reply });
        return `[#${this.options.length}] ⌨ ${label}`;
      });
      lines.push(`   ${cells.join("   ")}`);
    }
    this.o.write(`${lines.join("\n")}\n\n`);
  }

  private async press(option: Option): Promise<void> {
    this.o.write(this.dim(`${this.t("sim-pressed", { label: option.label })}\n`));
    // A button in a group is pressed there (the callback comes from the group's message).
    const chat = option.message.chatId === this.user.id ? undefined : this.o.fake.chat(option.message.chatId);
    if (option.reply === "contact") await this.user.sendContact();
    else if (option.reply === "location") await this.user.sendLocation();
    else if (option.reply === "text") await (chat ? this.user.sendIn(chat, option.label) : this.user.send(option.label));
    else if (option.data !== undefined) await this.user.clickData(option.data, option.message);
  }

  /** Handles one typed line; false when the person wants to leave. */
  async handle(line: string): Promise<boolean> {
    const input = line.trim();
    if (!input) return true;
    const number = /^#(\d+)$/.exec(input);
    if (number) {
      const option = this.options[Number(number[1]) - 1];
      if (option && !option.gone) {
        await this.press(option);
        await this.afterLine();
      } else this.o.write(this.dim(`${this.t("sim-no-button", { number: number[1]! })}\n\n`));
      return true;
    }
    if (input.startsWith(":")) return this.command(input);
    // The exact label of a button on the newest message with buttons in this chat presses it.
    const chatId = this.here?.id ?? this.user.id;
    const newest = this.options.filter((o) => o.message.chatId === chatId).at(-1)?.message;
    const byLabel = this.options.find((o) => o.message === newest && !o.gone && o.label === input);
    if (byLabel) await this.press(byLabel);
    else if (this.here) await this.user.sendIn(this.here, input);
    else await this.user.send(input);
    await this.afterLine();
    return true;
  }

  /** After what the person did: an approved broadcast goes out at once, as the bot's sender would. */
  private async afterLine(): Promise<void> {
    if (!this.o.jobs) return;
    try {
      const sent = await this.o.jobs.broadcasts();
      if (sent > 0) this.note("sim-broadcast-sent", { count: sent });
    } catch (error) {
      this.note("sim-job-failed", { job: "broadcasts", message: (error as Error).message });
    }
  }

  private async runJobs(since?: Date): Promise<void> {
    const { counts, failed } = await this.o.jobs!.run(since);
    for (const { job, message } of failed) this.note("sim-job-failed", { job, message });
    this.note("sim-jobs-done", { ...counts });
  }

  private async command(input: string): Promise<boolean> {
    const [name, ...rest] = input.split(/\s+/);
    const arg = rest.join(" ");
    const media: Record<string, () => Promise<unknown>> = {
      ":sticker": () => this.user.sendSticker(),
      ":photo": () => this.user.sendPhoto(),
      ":voice": () => this.user.sendVoice(),
      ":location": () => this.user.sendLocation(),
      ":contact": () => this.user.sendContact(),
    };
    const send = name === undefined ? undefined : media[name];
    // These are sent in the private chat only: in a group, text, commands and buttons.
    if (this.here && (send || name === ":forward" || name === ":edit")) {
      this.note("sim-group-text-only");
      return true;
    }
    if (send) {
      await send();
      return true;
    }
    switch (name) {
      case ":quit":
      case ":q":
        return false;
      case ":help":
        this.o.write(`${this.t("sim-help")}\n\n`);
        return true;
      case ":forward":
        // As if forwarded from another chat (e.g. a rumour from a group): the bot checks it.
        if (arg) {
          await this.user.sendForward(arg);
          return true;
        }
        break;
      case ":edit":
        if (arg) {
          await this.user.editMessage(this.lastSentId ?? 1, arg);
          return true;
        }
        break;
      case ":commands": {
        const commands = this.o.fake.commandsFor(this.user.id, this.user.from.language_code);
        this.o.write(`${this.t("sim-commands")}\n${commands.map((c) => `  /${c.command} — ${c.description}`).join("\n")}\n\n`);
        return true;
      }
      case ":user": {
        const [id, language] = rest;
        if (id && /^\d{1,15}$/.test(id)) {
          this.user = this.o.fake.user({ id: Number(id), language_code: language ?? "ky", first_name: this.o.name });
          this.here = undefined;
          // The other person's buttons are not on this person's screen.
          for (const option of this.options) option.gone = true;
          this.o.write(this.dim(`${this.t("sim-now-user", { id: String(id) })}\n\n`));
          // What the bot sent this person meanwhile (e.g. a booking for their clinic).
          this.showWaiting(Number(id));
          return true;
        }
        break;
      }
      case ":group":
        await this.enterGroup(arg || this.t("sim-group-default-title"));
        return true;
      case ":private":
        this.here = undefined;
        this.note("sim-private");
        return true;
      case ":time": {
        const jobs = this.o.jobs;
        if (!jobs) break;
        if (!arg) {
          this.note("sim-time", { when: this.when() });
          return true;
        }
        const move = parseTimeMove(arg);
        if (move === "back") this.note("sim-time-backwards");
        else if (move === undefined) this.note("sim-time-usage", { input: arg });
        else {
          const since = jobs.clock.now();
          jobs.clock.advance(move);
          this.note("sim-time", { when: this.when() });
          await this.runJobs(since);
        }
        return true;
      }
      case ":jobs":
        if (!this.o.jobs) break;
        await this.runJobs();
        return true;
    }
    this.o.write(this.dim(`${this.t("sim-unknown-command", { command: input })}\n\n`));
    return true;
  }

  /**
   * The person is in a group with the bot from now on: a new one is created
   * (the bot is added, as Telegram tells it with a my_chat_member update), an
   * existing one (same title) is entered. Typed lines go there until :private.
   */
  private async enterGroup(title: string): Promise<void> {
    const id = simulatorGroupId(title);
    const known = this.o.fake.chat(id);
    const chat = known ?? this.o.fake.group(id, title);
    this.groups.set(id, chat);
    this.here = chat;
    this.note(known ? "sim-group-entered" : "sim-group-new", { title: chat.title ?? title });
    if (!known) await this.o.fake.myChatMember(chat, this.user.from, "member");
    this.showWaiting(id);
  }

  private showWaiting(chatId: number): void {
    const waiting = this.waiting.get(chatId) ?? [];
    this.waiting.delete(chatId);
    for (const message of waiting) this.print(message, false);
  }

  private get lastSentId(): number | undefined {
    return this.o.fake.lastUserMessageId(this.user.id);
  }
}
