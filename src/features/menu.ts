// The main menu: one button per feature that exists, and the greeting that lists them.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.ts";

export interface MenuEntry {
  id: string;
  /** Fluent key of the button label. */
  labelKey: string;
  /** Fluent key of the one-line description used in the greeting. */
  aboutKey: string;
  /**
   * "flow" entries start a guided conversation (leaving any other one);
   * "action" entries answer at once and leave a conversation in progress alone.
   */
  kind: "flow" | "action";
  /** `arg`: what the button said after the entry id ("menu:benefits.death" → "death"), for a flow to start there. */
  open(ctx: BotContext, arg?: string): Promise<unknown>;
  /** Shown only to some people (e.g. the staff menu to staff); everyone when absent. */
  visible?(ctx: BotContext): boolean;
}

/** Callback data of menu buttons: "menu:<entry id>" or "menu:<entry id>.<arg>" (a flow entered with that argument). */
export const MENU_PREFIX = "menu";

export class MainMenu {
  constructor(readonly entries: readonly MenuEntry[]) {}

  entry(id: string): MenuEntry | undefined {
    const name = id.split(".")[0];
    return this.entries.find((e) => e.id === name);
  }

  private shown(ctx: BotContext): readonly MenuEntry[] {
    return this.entries.filter((e) => !e.visible || e.visible(ctx));
  }

  keyboard(ctx: BotContext): InlineKeyboard {
    // One button per row: easy to hit on a small screen.
    return InlineKeyboard.from(
      this.shown(ctx).map((entry) => [InlineKeyboard.text(ctx.t(entry.labelKey), `${MENU_PREFIX}:${entry.id}`)]),
    );
  }

  /** Sends the menu, optionally after a line that explains why it appears. */
  show(ctx: BotContext, lead?: string): Promise<unknown> {
    const title = ctx.t("menu-title");
    return ctx.reply(lead ? `${lead}\n\n${title}` : title, { reply_markup: this.keyboard(ctx) });
  }

  /** The greeting for someone who has just chosen a language, with the menu under it. */
  greet(ctx: BotContext, lead?: string): Promise<unknown> {
    const features = this.shown(ctx).map((e) => `• ${ctx.t(e.aboutKey)}`).join("\n");
    const greeting = ctx.t("greeting", { features });
    return ctx.reply(lead ? `${lead}\n\n${greeting}` : greeting, { reply_markup: this.keyboard(ctx) });
  }

  /** A reply with the menu's buttons under it, so no answer is a dead end. */
  replyWithMenu(ctx: BotContext, text: string): Promise<unknown> {
    return ctx.reply(text, { reply_markup: this.keyboard(ctx) });
  }
}
