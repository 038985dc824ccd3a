// Command and button routing for private chats in one middleware layer: a map
// lookup instead of a composer per handler. Every grammY middleware layer an
// update passes costs a closure and a promise that live until the reply is
// sent, which under load showed up as most of the bot's CPU (see bench/).
import type { Middleware, NextFunction } from "grammy";
import type { BotContext } from "./context.ts";

/** `arg` is the text after the command, or the callback data after "<prefix>:". */
export type Route = (ctx: BotContext, arg: string, next: NextFunction) => unknown;

export class Routes {
  private readonly commands = new Map<string, Route>();
  private readonly buttons = new Map<string, Route>();

  command(names: string | readonly string[], route: Route): this {
    for (const name of typeof names === "string" ? [names] : names) this.commands.set(name.toLowerCase(), route);
    return this;
  }

  /** Buttons whose callback data is "<prefix>:<arg>". */
  button(prefix: string, route: Route): this {
    this.buttons.set(prefix, route);
    return this;
  }

  middleware(): Middleware<BotContext> {
    return (ctx, next) => {
      if (ctx.chat?.type !== "private") return next();
      const data = ctx.callbackQuery?.data;
      if (data !== undefined) {
        const colon = data.indexOf(":");
        const route = colon > 0 ? this.buttons.get(data.slice(0, colon)) : undefined;
        return route ? route(ctx, data.slice(colon + 1), next) : next();
      }
      const command = commandOf(ctx);
      const route = command && this.commands.get(command.name);
      return route ? route(ctx, command.arg, next) : next();
    };
  }
}

/** "/start abc" or "/start@thisbot abc" → { name: "start", arg: "abc" }; a command for another bot → undefined. */
export function commandOf(ctx: BotContext): { name: string; arg: string } | undefined {
  const text = ctx.message?.text;
  if (!text || text[0] !== "/" || ctx.message?.forward_origin) return undefined;
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(text);
  if (!match) return undefined;
  if (match[2] && match[2].toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  return { name: match[1]!.toLowerCase(), arg: (match[3] ?? "").trim() };
}
