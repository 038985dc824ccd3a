// The main menu: one button per feature that exists, and the greeting that lists them.
import { Composer, InlineKeyboard } from "grammy";
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
  open(ctx: BotContext): Promise<unknown>;
}

export const MENU_PREFIX = "menu:";

export class MainMenu {
  constructor(readonly entries: readonly MenuEntry[]) {}

  keyboard(ctx: BotContext): InlineKeyboard {
    const keyboard = new InlineKeyboard();
    for (const entry of this.entries) keyboard.text(ctx.t(entry.labelKey), MENU_PREFIX + entry.id).row();
    return keyboard;
  }

  /** Sends the menu, optionally after a line that explains why it appears. */
  show(ctx: BotContext, lead?: string): Promise<unknown> {
    const title = ctx.t("menu-title");
    return ctx.reply(lead ? `${lead}\n\n${title}` : title, { reply_markup: this.keyboard(ctx) });
  }

  /** The greeting for someone who has just chosen a language, with the menu under it. */
  greet(ctx: BotContext): Promise<unknown> {
    const features = this.entries.map((e) => `• ${ctx.t(e.aboutKey)}`).join("\n");
    return ctx.reply(ctx.t("greeting", { features }), { reply_markup: this.keyboard(ctx) });
  }

  /** Menu buttons of one kind; entries that no longer exist fall through to the stale-button reply. */
  buttons(kind: MenuEntry["kind"]): Composer<BotContext> {
    const composer = new Composer<BotContext>();
    composer.chatType("private").callbackQuery(/^menu:(.+)$/, async (ctx, next) => {
      const entry = this.entries.find((e) => e.id === ctx.match[1] && e.kind === kind);
      if (!entry) return next();
      await ctx.answerCallbackQuery();
      await entry.open(ctx);
    });
    return composer;
  }

  /** Whether a callback query is a menu button that starts a flow. */
  isFlowButton(data: string | undefined): boolean {
    return this.entries.some((e) => e.kind === "flow" && data === MENU_PREFIX + e.id);
  }
}
