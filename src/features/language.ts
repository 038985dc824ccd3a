// Choosing the language: on the first /start, with /language, and from the menu.
import { InlineKeyboard, type StorageAdapter } from "grammy";
import { isLocale, type BotContext, type Locale, type SessionData } from "../context.ts";
import { localeFromTelegram } from "../i18n.ts";
import type { Routes } from "../router.ts";
import { setChatCommands } from "./commands.ts";
import { inFlow } from "./basics.ts";
import type { MainMenu } from "./menu.ts";
import type { StartRouter } from "./start.ts";

/** Callback data of the language buttons: "lang:ky", "lang:ru". */
export const LANG_PREFIX = "lang";

/** Both buttons, the one matching the person's Telegram language first (Kyrgyz otherwise). */
export function languageKeyboard(ctx: BotContext, current?: Locale | null): InlineKeyboard {
  const order: Locale[] = localeFromTelegram(ctx.from?.language_code) === "ru" ? ["ru", "ky"] : ["ky", "ru"];
  const keyboard = new InlineKeyboard();
  for (const locale of order) {
    const label = ctx.t(`language-button-${locale}`);
    keyboard.text(locale === current ? `✓ ${label}` : label, `${LANG_PREFIX}:${locale}`);
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

export interface LanguageOptions {
  menu: MainMenu;
  sessions: StorageAdapter<SessionData>;
  /** Runs a /start payload that was waiting for the language choice. */
  start: StartRouter;
}

export function languageRoutes(routes: Routes, { menu, sessions, start }: LanguageOptions): void {
  routes.command("language", (ctx) => showLanguageChoice(ctx));

  routes.button(LANG_PREFIX, async (ctx, locale, next) => {
    if (!isLocale(locale)) return next();
    const user = ctx.user!;
    const firstChoice = user.language === null;
    await ctx.deps.db.user.update({ where: { id: user.id }, data: { language: locale } });
    user.language = locale;
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery();
    // Replace the question by the answer so old buttons are not pressed again.
    await ctx.editMessageText(ctx.t("language-saved")).catch(() => undefined);
    // Telegram shows command descriptions by the app's language; show this person theirs.
    await setChatCommands(ctx);

    if (!firstChoice) {
      // A guided conversation asks its current question again in the new language (flow.ts, markLanguage).
      return inFlow(ctx) ? next() : menu.show(ctx);
    }
    // A deep link opened before the choice goes on now; a broken one is said
    // once, above the greeting.
    const key = String(ctx.chat!.id);
    const payload = (await sessions.read(key))?.pendingStartPayload;
    if (payload === undefined) return menu.greet(ctx);
    await sessions.delete(key);
    if (!start.canRoute(payload)) return menu.greet(ctx, ctx.t("deep-link-unknown"));
    await menu.greet(ctx);
    return start.route(ctx, payload);
  });
}
