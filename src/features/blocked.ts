// A person who blocks the bot is marked, so that notifications and broadcasts
// skip them; unblocking (or writing again) clears the mark.
import type { Middleware } from "grammy";
import type { BotContext } from "../context.ts";
import { markBlocked, markUnblocked } from "../services/delivery.ts";

export function blockedFeature(): Middleware<BotContext> {
  return (ctx, next) => {
    const member = ctx.myChatMember;
    if (!member || ctx.chat?.type !== "private") return next();
    const id = BigInt(ctx.chat.id);
    const status = member.new_chat_member.status;
    if (status === "kicked") return markBlocked(ctx.deps.db, id, ctx.deps.clock.now());
    if (status === "member") return markUnblocked(ctx.deps.db, id);
    return undefined;
  };
}
