// Whatever no feature took: a short, helpful answer in the person's language and the menu.
import { Composer, type Middleware } from "grammy";
import type { BotContext } from "../context.ts";
import type { MainMenu } from "./menu.ts";

export function fallbackFeature(menu: MainMenu): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChat = composer.chatType("private");

  privateChat.callbackQuery(/.*/s, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await menu.show(ctx);
  });
  privateChat.on("edited_message", (ctx) => menu.show(ctx, ctx.t("edited-message")));
  privateChat.on(["message:location", "message:venue"], (ctx) => menu.show(ctx, ctx.t("unknown-location")));
  privateChat.on("message:contact", (ctx) => menu.show(ctx, ctx.t("unknown-contact")));
  privateChat.on("message:text", (ctx) => {
    switch (everydayWord(ctx.msg.text)) {
      case "hello":
        return menu.show(ctx, ctx.t("greeting-short"));
      case "help":
        return menu.replyWithMenu(ctx, ctx.t("help"));
      case "menu":
        return menu.show(ctx);
      default:
        return menu.show(ctx, ctx.t("unknown-text"));
    }
  });
  privateChat.on("message", (ctx) => menu.show(ctx, ctx.t("unknown-media")));
  return composer;
}

const EVERYDAY_WORDS: Record<string, "hello" | "help" | "menu"> = {
  салам: "hello",
  саламатсызбы: "hello",
  саламатсыңарбы: "hello",
  привет: "hello",
  здравствуйте: "hello",
  здравствуй: "hello",
  "добрый день": "hello",
  "ассалоому алейкум": "hello",
  "ассаламу алейкум": "hello",
  hi: "hello",
  hello: "hello",
  жардам: "help",
  помощь: "help",
  помогите: "help",
  help: "help",
  меню: "menu",
  "башкы меню": "menu",
  "главное меню": "menu",
  menu: "menu",
  start: "menu",
  старт: "menu",
  баштоо: "menu",
  начать: "menu",
};

/** "Салам!", "помощь?", "Меню" typed without a slash. */
export function everydayWord(text: string): "hello" | "help" | "menu" | undefined {
  const normalized = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return EVERYDAY_WORDS[normalized];
}

/**
 * Groups: the bot answers only what is addressed to it (a command, a mention or
 * a reply to it) with a pointer to the private chat. Staff groups come later.
 */
export function groupFeature(): Middleware<BotContext> {
  return (ctx, next) => {
    const type = ctx.chat?.type;
    if (type === "private") return next();
    const message = ctx.message;
    if (!message || (type !== "group" && type !== "supergroup")) return next();
    const username = ctx.me.username;
    const text = message.text ?? message.caption ?? "";
    const addressed =
      message.reply_to_message?.from?.id === ctx.me.id ||
      new RegExp(`(^|\\s)@${username}\\b|^/\\w+@${username}\\b`, "i").test(text);
    if (!addressed) return next();
    return ctx.reply(ctx.t("group-hint", { link: `https://t.me/${username}` }), {
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
  };
}
