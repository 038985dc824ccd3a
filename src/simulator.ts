// The chat simulator behind `npm run chat`: a person typing in a terminal,
// the real bot, and the fake Bot API between them. Its own words come from
// locales/ (sim-*) in the trainee's language.
import type { InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup } from "grammy/types";
import type { BotMessage, FakeTelegram, FakeUser } from "../test/support/fake-telegram.ts";
import { getI18n, localeFromTelegram } from "./i18n.ts";

export interface SimulatorOptions {
  fake: FakeTelegram;
  userId: number;
  /** Telegram language_code of the simulated person (ky, ru, en…). */
  languageCode: string;
  name: string;
  write(text: string): void;
  colour?: boolean;
}

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
  /** Messages to other people (e.g. a clinic's staff), shown when the trainee becomes them with :user. */
  private readonly waiting = new Map<number, BotMessage[]>();

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

  intro(): void {
    this.o.write(this.dim(`${this.t("sim-intro", { id: String(this.user.id) })}\n\n`));
  }

  private print(message: BotMessage, edited: boolean): void {
    if (message.chatId !== this.user.id) {
      if (!edited && message.chatId > 0) this.waiting.set(message.chatId, [...(this.waiting.get(message.chatId) ?? []), message]);
      return;
    }
    if (edited) for (const option of this.options) if (option.message === message) option.gone = true;
    const head = this.t(edited ? "sim-edited" : "sim-bot");
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
    if (option.reply === "contact") await this.user.sendContact();
    else if (option.reply === "location") await this.user.sendLocation();
    else if (option.reply === "text") await this.user.send(option.label);
    else if (option.data !== undefined) await this.user.clickData(option.data, option.message);
  }

  /** Handles one typed line; false when the person wants to leave. */
  async handle(line: string): Promise<boolean> {
    const input = line.trim();
    if (!input) return true;
    const number = /^#(\d+)$/.exec(input);
    if (number) {
      const option = this.options[Number(number[1]) - 1];
      if (option && !option.gone) await this.press(option);
      else this.o.write(this.dim(`${this.t("sim-no-button", { number: number[1]! })}\n\n`));
      return true;
    }
    if (input.startsWith(":")) return this.command(input);
    // The exact label of a button on the newest message that has buttons presses it.
    const newest = this.options.at(-1)?.message;
    const byLabel = this.options.find((o) => o.message === newest && !o.gone && o.label === input);
    if (byLabel) await this.press(byLabel);
    else await this.user.send(input);
    return true;
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
          // The other person's buttons are not on this person's screen.
          for (const option of this.options) option.gone = true;
          this.o.write(this.dim(`${this.t("sim-now-user", { id: String(id) })}\n\n`));
          // What the bot sent this person meanwhile (e.g. a booking for their clinic).
          const waiting = this.waiting.get(Number(id)) ?? [];
          this.waiting.delete(Number(id));
          for (const message of waiting) this.print(message, false);
          return true;
        }
        break;
      }
    }
    this.o.write(this.dim(`${this.t("sim-unknown-command", { command: input })}\n\n`));
    return true;
  }

  private get lastSentId(): number | undefined {
    return this.o.fake.lastUserMessageId(this.user.id);
  }
}
