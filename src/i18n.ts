// Fluent translations from locales/ (ky.ftl, ru.ftl and any locales/<lang>/*.ftl).
import path from "node:path";
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import type { Context, MiddlewareFn } from "grammy";
import type { BotContext, Locale, UserRecord } from "./context.ts";
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
  if (shared) return shared;
  shared = new I18n<BotContext>({
    defaultLocale: "ru",
    directory: localesDir,
    // Isolation marks around placeables show as boxes on some phones.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => negotiateLocale(ctx),
  });
  // Each translation negotiates the locale against all bundles again (several
  // allocations per ctx.t call); the bundles never change after loading, so
  // remember the answer per locale list. Wrapped once, when loaded: wrapping
  // on every call nested the wrappers until the stack overflowed (found by
  // test/reliability/fuzz.test.ts).
  // (A private method of the plugin's Fluent class in 1.x; skipped if it is gone.)
  const fluent = shared.fluent as unknown as { matchBundles?: (locales: string[]) => unknown };
  const matchBundles = fluent.matchBundles?.bind(fluent);
  if (matchBundles) {
    const matched = new Map<string, unknown>();
    fluent.matchBundles = (locales) => {
      const key = locales.join(",");
      if (!matched.has(key)) matched.set(key, matchBundles(locales));
      return matched.get(key);
    };
  }
  return shared;
}

type TranslatingContext = Context & I18nFlavor & { user?: UserRecord };

/** The person's language: their choice, else their Telegram app's, else Russian. */
export const negotiateLocale = (ctx: TranslatingContext): Locale =>
  ctx.user?.language ?? localeFromTelegram(ctx.from?.language_code) ?? "ru";

/**
 * Puts ctx.t and ctx.i18n on the context, as the plugin's own middleware does,
 * but synchronously: the plugin's async middleware adds a promise and closures
 * per update that live until the reply is sent (measured in bench/). The
 * translations themselves are the plugin's.
 */
export function i18nContext<C extends TranslatingContext>(i18n: I18n<BotContext> = getI18n()): MiddlewareFn<C> {
  return (ctx, next) => {
    let locale: string = negotiateLocale(ctx);
    const translate = (key: string, variables?: Parameters<I18nFlavor["t"]>[1]) => i18n.t(locale, key, variables);
    ctx.t = ctx.translate = translate;
    ctx.i18n = {
      fluent: i18n.fluent,
      getLocale: () => Promise.resolve(locale),
      setLocale: () => Promise.reject(new Error("locales are kept in the User table, not the session")),
      useLocale: (l) => void (locale = l),
      renegotiateLocale: () => Promise.resolve(void (locale = negotiateLocale(ctx))),
    };
    return next();
  };
}
