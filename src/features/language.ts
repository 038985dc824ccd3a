// Choosing the language: on the first /start, with /language, and from the menu.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import { localeFromTelegram } from "../i18n.ts";
import { commandList } from "./commands.ts";
import type { MainMenu } from "./menu.ts";

const LANG_PREFIX = "lang:";

/** Both buttons, the one matching the person's Telegram language first (Kyrgyz otherwise). */
export function languageKeyboard(ctx: BotContext, current?: Locale | null): InlineKeyboard {
  const order: Locale[] = localeFromTelegram(ctx.from?.language_code) === "ru" ? ["ru", "ky"] : ["ky", "ru"];
  const keyboard = new InlineKeyboard();
  for (const locale of order) {
    const label = ctx.t(`language-button-${locale}`);
    keyboard.text(locale === current ? `✓ ${label}` : label, LANG_PREFIX + locale);
  }
  return keyboard;
}

/** The bilingual question shown to someone who has not chosen yet. */
export function askLanguage(ctx: BotContext): Promise<unknown> {
  return ctx.reply(ctx.t("language-prompt"), { reply_markup: languageKeyboard(ctx) });
}

export function showLanguageChoice(ctx: BotContext): Promise<unknown> {
  return ctx.reply(ctx.t("language-current"), { reply_markup: languageKeyboard(ctx, ctx.user?.language) });
}

export interface LanguageFeatureOptions {
  menu: MainMenu;
  /** Runs a /start payload that was waiting for the language choice. */
  resumeStart(ctx: BotContext, payload: string): Promise<unknown>;
}

export function languageFeature({ menu, resumeStart }: LanguageFeatureOptions): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChat = composer.chatType("private");

  privateChat.command("language", (ctx) => showLanguageChoice(ctx));

  privateChat.callbackQuery(/^lang:(ky|ru)$/, async (ctx) => {
    const locale = ctx.match[1] as Locale;
    const user = ctx.user!;
    const firstChoice = user.language === null;
    await ctx.deps.db.user.update({ where: { id: user.id }, data: { language: locale } });
    user.language = locale;
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery({ text: ctx.t("language-saved") });
    // Replace the question by the answer so old buttons are not pressed again.
    await ctx.editMessageText(ctx.t("language-saved")).catch(() => undefined);
    // Telegram shows command descriptions by the app's language; show this person theirs.
    await ctx.api
      .setMyCommands(commandList(ctx.t.bind(ctx)), { scope: { type: "chat", chat_id: ctx.chat.id } })
      .catch((err) => ctx.log.warn({ err }, "could not set the chat's commands"));

    const session = await ctx.session;
    const payload = session.pendingStartPayload;
    if (payload !== undefined) {
      session.pendingStartPayload = undefined;
      if (firstChoice) await menu.greet(ctx);
      return resumeStart(ctx, payload);
    }
    return firstChoice ? menu.greet(ctx) : menu.show(ctx);
  });

  return composer;
}
