// /start, with deep-link payloads (t.me/<bot>?start=<payload>) routed by prefix.
import type { Middleware, StorageAdapter } from "grammy";
import type { BotContext, SessionData } from "../context.ts";
import { commandOf, type Routes } from "../router.ts";
import { askLanguage, LANG_PREFIX } from "./language.ts";
import type { MainMenu } from "./menu.ts";

export interface StartPayloadHandler {
  /** e.g. "inv_" for invite links; the rest of the payload is passed on. */
  prefix: string;
  handle(ctx: BotContext, rest: string): Promise<unknown>;
}

/** Telegram allows A-Z, a-z, 0-9, _ and - up to 64 characters in a start payload. */
const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

export class StartRouter {
  constructor(
    private readonly menu: MainMenu,
    private readonly handlers: readonly StartPayloadHandler[],
  ) {}

  private handlerFor(payload: string): StartPayloadHandler | undefined {
    return PAYLOAD.test(payload) ? this.handlers.find((h) => payload.startsWith(h.prefix)) : undefined;
  }

  /** Whether some feature owns this payload (it may still refuse it, e.g. an expired invite). */
  canRoute(payload: string): boolean {
    return this.handlerFor(payload) !== undefined;
  }

  /** Runs the handler for a payload, or explains that the link does not work. */
  route(ctx: BotContext, payload: string): Promise<unknown> {
    const handler = this.handlerFor(payload);
    if (!handler) return this.menu.show(ctx, ctx.t("deep-link-unknown"));
    return handler.handle(ctx, payload.slice(handler.prefix.length));
  }

  /**
   * Until the person has chosen a language, every update gets the language
   * question (a /start payload is kept for after the choice); only the choice
   * itself passes.
   */
  languageFirst(sessions: StorageAdapter<SessionData>): Middleware<BotContext> {
    const ask = async (ctx: BotContext) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      const command = commandOf(ctx);
      if (command?.name === "start" && PAYLOAD.test(command.arg)) {
        await sessions.write(String(ctx.chat!.id), { pendingStartPayload: command.arg });
      }
      await askLanguage(ctx);
    };
    return (ctx, next) => {
      if (ctx.user?.language !== null || ctx.chat?.type !== "private") return next();
      if (ctx.callbackQuery?.data?.startsWith(`${LANG_PREFIX}:`)) return next();
      return ask(ctx);
    };
  }

  /** /start for someone who has chosen a language: the link's feature, or the menu. */
  routes(routes: Routes): void {
    routes.command("start", (ctx, payload) => (payload ? this.route(ctx, payload) : this.menu.show(ctx)));
  }
}
