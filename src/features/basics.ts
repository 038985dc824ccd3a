// Help, privacy and /cancel.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import type { MainMenu } from "./menu.ts";

export const showHelp = (ctx: BotContext) => ctx.reply(ctx.t("help"));
export const showPrivacy = (ctx: BotContext) => ctx.reply(ctx.t("privacy"));

export function basicsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChat = composer.chatType("private");
  privateChat.command("help", (ctx) => showHelp(ctx));
  privateChat.command("privacy", (ctx) => showPrivacy(ctx));
  return composer;
}

/** /cancel leaves whatever guided conversation is running. Installed before the flows. */
export function cancelFeature(menu: MainMenu): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    if (active) await ctx.conversation.exitAll();
    await menu.show(ctx, ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });
  return composer;
}
