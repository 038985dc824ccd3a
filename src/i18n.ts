// Fluent translations from locales/ (ky.ftl, ru.ftl and any locales/<lang>/*.ftl).
import path from "node:path";
import { I18n } from "@grammyjs/i18n";
import type { BotContext, Locale } from "./context.ts";
import { projectRoot } from "./paths.ts";

export const localesDir = path.join(projectRoot, "locales");

/** Telegram's language_code mapped to a language we speak, if any. */
export function localeFromTelegram(code: string | undefined): Locale | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === "ky" ? "ky" : base === "ru" ? "ru" : undefined;
}

let shared: I18n<BotContext> | undefined;

/** The translations, loaded once per process (they are read-only). */
export function getI18n(): I18n<BotContext> {
  shared ??= new I18n<BotContext>({
    defaultLocale: "ru",
    directory: localesDir,
    // Isolation marks around placeables show as boxes on some phones.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.user?.language ?? localeFromTelegram(ctx.from?.language_code) ?? "ru",
  });
  return shared;
}
