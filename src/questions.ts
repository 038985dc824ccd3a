// One question at a time inside a flow, with a Back button that returns to the
// previous question (conversations v2 checkpoints), buttons for choices, and a
// polite re-ask with an example on bad input. Nothing here touches the
// database: answers live in the conversation's replay log until the flow ends.
import type { Checkpoint } from "@grammyjs/conversations";
import { InlineKeyboard, Keyboard } from "grammy";
import type { InlineKeyboardButton, KeyboardButton, Message } from "grammy/types";
import type { FlowContext } from "./context.ts";
import { askAgainInNewLanguage, isLanguageChange, lastLanguageMark, markLanguage, type FlowConversation, type LanguageMark } from "./flow.ts";
import { sendLeadingParts } from "./texts.ts";

/** Callback data "q:<question number>:<value>"; "back" goes to the previous question. */
export const QUESTION_PREFIX = "q";
const BACK = "back";

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** On a row of its own (e.g. an urgent choice above the others). */
  wide?: boolean;
}

/** A question answered with a reply-keyboard button (share a contact or a location) or by typing. */
export interface ReplyQuestion<T> {
  /** The reply keyboard's buttons (a Back button is added under them). */
  buttons: KeyboardButton[][];
  /** The answer from a message (its text, contact, location), or undefined: re-ask. */
  accept(message: Message): T | undefined;
  retry: string;
  /** Sent, with the reply keyboard taken away, once the answer is accepted. */
  noted(value: T): string;
}

/** "3 000", "3000 сом", "3 000,50 som", "68 лет", "68 жаш" → 3000 / 3000.5 / 68; anything else → undefined. */
export function parseAmount(text: string): number | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/\s|\u00a0/g, "")
    .replace(/(сомдон|сомов|сома|сом|som|kgs|с\.?|лет|года|год|жашта|жаш|жыл)$/u, "")
    .replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A question asked: where to go back to, and the language mark its text was written under. */
interface Asked {
  checkpoint: Checkpoint;
  mark: LanguageMark | undefined;
}

export class Questions {
  private readonly asked: Asked[] = [];

  constructor(
    private readonly conversation: FlowConversation,
    private readonly ctx: FlowContext,
  ) {}

  private keyboard(number: number, choices: readonly Choice<string>[], columns: number, extra: readonly InlineKeyboardButton[][] = []): InlineKeyboard {
    const rows: InlineKeyboardButton[][] = [];
    const button = (c: Choice<string>) => InlineKeyboard.text(c.label, `${QUESTION_PREFIX}:${number}:${c.value}`);
    for (const c of choices.filter((c) => c.wide)) rows.push([button(c)]);
    const rest = choices.filter((c) => !c.wide);
    for (let i = 0; i < rest.length; i += columns) rows.push(rest.slice(i, i + columns).map(button));
    rows.push(...extra.map((row) => [...row]));
    if (number > 0) rows.push([InlineKeyboard.text(this.ctx.t("question-back"), `${QUESTION_PREFIX}:${number}:${BACK}`)]);
    return InlineKeyboard.from(rows);
  }

  /**
   * Asks and waits. `accept` turns a typed text into an answer (or undefined:
   * re-ask with `retryKey`); a pressed choice is returned as is. The person's
   * language is read again after the answer (flow.ts, `markLanguage`).
   */
  /** An accepted answer: the person's language is read again before the flow goes on (flow.ts, `markLanguage`). */
  private async answered<V>(value: V): Promise<V> {
    await markLanguage(this.conversation, this.ctx);
    return value;
  }

  /** Back to the question before: in the language it was asked in, or, after a change, written again in the new one. */
  private async back(): Promise<void> {
    this.asked.pop();
    const previous = this.asked.pop();
    if (!previous) return;
    const now = lastLanguageMark(this.conversation);
    const changed = previous.mark && now && previous.mark.locale !== now.locale;
    await this.conversation.rewind(changed ? previous.mark!.checkpoint : previous.checkpoint);
  }

  private async ask<T>(
    text: string,
    choices: readonly Choice<string>[],
    accept: (text: string) => T | undefined,
    retry: string | ((typed: string) => string),
    columns = 2,
    reply?: ReplyQuestion<T>,
    extra?: readonly InlineKeyboardButton[][],
    /** What a sticker, photo or voice message gets: "please type", or for a button question "please press a button". */
    mediaReason = "flow-text-please",
  ): Promise<T | string> {
    const number = this.asked.length;
    this.asked.push({ checkpoint: this.conversation.checkpoint(), mark: lastLanguageMark(this.conversation) });
    const back = this.ctx.t("question-back");
    const keyboard = reply
      ? Keyboard.from([...reply.buttons, ...(number > 0 ? [[Keyboard.text(back)]] : [])]).resized().oneTime()
      : this.keyboard(number, choices, columns, extra);
    // A question over Telegram's limit (e.g. a preview of long texts) goes in parts, the buttons under the last.
    const last = await sendLeadingParts((part) => this.ctx.reply(part, { link_preview_options: { is_disabled: true } }), text);
    const question = await this.ctx.reply(last, { reply_markup: keyboard });
    // Only the buttons on this question's own messages count: after Back, another
    // question may get the same number, and an old button must not answer it.
    const messages = [question.message_id];
    for (;;) {
      const answer = await this.conversation.wait();
      if (isLanguageChange(answer)) {
        await askAgainInNewLanguage(this.conversation, answer);
        continue;
      }
      const data = answer.callbackQuery?.data;
      if (data !== undefined) {
        const match = new RegExp(`^${QUESTION_PREFIX}:(\\d+):(.+)$`).exec(data);
        const own = messages.includes(answer.callbackQuery?.message?.message_id ?? -1);
        if (match && own && Number(match[1]) === number) {
          await answer.answerCallbackQuery();
          if (match[2] === BACK) {
            await this.back();
            continue;
          }
          const choice = choices.find((c) => c.value === match[2]);
          if (choice) return this.answered(choice.value);
        }
        // A button of an earlier question, or of something else.
        await answer.answerCallbackQuery({ text: this.ctx.t("question-answer-last") });
        continue;
      }
      const typed = answer.message?.text;
      if (reply && answer.message && !typed?.startsWith("/")) {
        if (typed?.trim() === back && number > 0) {
          await answer.reply(back, { reply_markup: { remove_keyboard: true } });
          await this.back();
          continue;
        }
        const value = reply.accept(answer.message);
        if (value !== undefined) {
          await answer.reply(reply.noted(value), { reply_markup: { remove_keyboard: true } });
          return this.answered(value);
        }
        await answer.reply(reply.retry, { reply_markup: keyboard });
        continue;
      }
      if (typed !== undefined && !typed.startsWith("/")) {
        const value = accept(typed.trim());
        if (value !== undefined) return this.answered(value);
        const again = await answer.reply(typeof retry === "string" ? retry : retry(typed.trim()), { reply_markup: keyboard as InlineKeyboard });
        messages.push(again.message_id);
        continue;
      }
      const reason = typed !== undefined ? "flow-command-unknown" : answer.editedMessage ? "edited-message" : mediaReason;
      await answer.reply(answer.t(reason));
    }
  }

  /** A whole number or amount typed by the person, between min and max. */
  async number(text: string, options: { min: number; max: number; whole?: boolean; retry: string }): Promise<number> {
    const { min, max, whole = true, retry } = options;
    const value = await this.ask(
      text,
      [],
      (typed) => {
        const n = parseAmount(typed);
        return n !== undefined && n >= min && n <= max && (!whole || Number.isInteger(n)) ? n : undefined;
      },
      retry,
    );
    return value as number;
  }

  /**
   * One of the choices, by button (or by typing its label). `extra` rows go
   * under the choices: buttons that act outside the flow (a link, a share).
   */
  async choice<T extends string>(text: string, choices: readonly Choice<T>[], columns = 2, extra?: readonly InlineKeyboardButton[][]): Promise<T> {
    const byLabel = (typed: string) => choices.find((c) => c.label.toLowerCase() === typed.toLowerCase())?.value;
    return (await this.ask(text, choices, byLabel, this.ctx.t("question-use-buttons"), columns, undefined, extra, "question-use-buttons")) as T;
  }

  /**
   * Free text (e.g. a name or a short description), checked by `check`
   * (undefined: re-ask with `retry`). With `skip`, a button answers null.
   */
  async text(question: string, options: { check: (text: string) => string | undefined; retry: string | ((typed: string) => string); skip?: string }): Promise<string | null> {
    const SKIP = "skip";
    const choices = options.skip ? [{ value: SKIP, label: options.skip }] : [];
    const value = await this.ask(question, choices, (typed) => {
      const checked = options.check(typed);
      return checked === undefined ? undefined : { text: checked };
    }, options.retry, 1);
    return value === SKIP ? null : (value as { text: string }).text;
  }

  /** Forgets the last question asked, so Back from the next one skips it (e.g. a question asked again). */
  forget(): void {
    this.asked.pop();
  }

  /** A question answered by a reply-keyboard button (contact, location) or typed text. */
  async reply<T>(question: string, reply: ReplyQuestion<T>): Promise<T> {
    return (await this.ask(question, [], () => undefined, reply.retry, 1, reply)) as T;
  }
}
