// Help, privacy, /menu and /cancel.
import type { BotContext } from "../context.ts";
import type { Routes } from "../router.ts";
import { MENU_PREFIX, type MainMenu } from "./menu.ts";

export const inFlow = (ctx: BotContext) => Object.keys(ctx.conversation.active()).length > 0;

/**
 * Answers with `text`, then either the menu or, when a guided conversation is
 * waiting for an answer, a reminder to go on with it.
 */
export function replyThenGoOn(ctx: BotContext, menu: MainMenu, text: string): Promise<unknown> {
  return inFlow(ctx) ? ctx.reply(`${text}\n\n${ctx.t("flow-continue")}`) : menu.replyWithMenu(ctx, text);
}

export const showHelp = (ctx: BotContext, menu: MainMenu) => replyThenGoOn(ctx, menu, ctx.t("help"));

/**
 * Routes that work the same inside and outside a guided conversation
 * (installed before the flows): /help leaves a flow waiting;
 * /start, /menu and /cancel leave it.
 */
export function basicRoutes(routes: Routes, menu: MainMenu): void {
  routes.command("help", (ctx) => showHelp(ctx, menu));
  routes.command("start", async (ctx, _arg, next) => {
    if (inFlow(ctx)) await ctx.conversation.exitAll();
    return next(); // on to the start router after the flows
  });
  routes.command("menu", async (ctx) => {
    if (inFlow(ctx)) await ctx.conversation.exitAll();
    return menu.show(ctx);
  });
  routes.command("cancel", async (ctx) => {
    const active = inFlow(ctx);
    if (active) await ctx.conversation.exitAll();
    return menu.show(ctx, ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });
  // Menu buttons: actions answer here; a flow's button leaves the current flow
  // and goes on to be entered after the flows are registered.
  routes.button(MENU_PREFIX, async (ctx, id, next) => {
    const entry = menu.entry(id);
    if (!entry) return next(); // gone since the menu was sent: the stale-button reply
    if (entry.kind === "flow") {
      if (inFlow(ctx)) await ctx.conversation.exitAll();
      return next();
    }
    await ctx.answerCallbackQuery();
    return entry.open(ctx);
  });
}

/** Menu buttons that enter a flow (installed after the flows). */
export function flowEntryRoutes(routes: Routes, menu: MainMenu): void {
  routes.button(MENU_PREFIX, async (ctx, id, next) => {
    const entry = menu.entry(id);
    if (entry?.kind !== "flow") return next();
    await ctx.answerCallbackQuery();
    return entry.open(ctx, id.split(".")[1]);
  });
}
