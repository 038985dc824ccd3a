// A per-person limit on updates (messages and button presses): past it the
// person is told once, politely, and the rest of the flood is dropped until
// the window ends. Staff are exempt. Counters live in memory (a restart
// forgets them, which is harmless) and are keyed by Telegram id only.
//
// (@grammyjs/ratelimiter calls its hook on every dropped update and runs on
// timers; here the window follows the injected clock, the notice is sent
// once, and the staff check is made only for someone already over the limit.)
import type { Middleware } from "grammy";
import type { BotContext } from "../context.ts";
import { isStaff } from "../services/roles.ts";

export interface RateLimitOptions {
  /** Updates allowed per window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

interface Window {
  start: number;
  count: number;
  told: boolean;
}

export function rateLimit({ limit, windowMs }: RateLimitOptions = DEFAULT_RATE_LIMIT): Middleware<BotContext> {
  const windows = new Map<number, Window>();
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [id, w] of windows) if (now - w.start >= windowMs) windows.delete(id);
  };

  return (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot || !(ctx.message || ctx.editedMessage || ctx.callbackQuery)) return next();
    const now = ctx.deps.clock.now().getTime();
    sweep(now);
    let w = windows.get(from.id);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0, told: false };
      windows.set(from.id, w);
    }
    w.count++;
    if (w.count <= limit || isStaff(ctx.deps.reads, BigInt(from.id))) return next();
    if (w.told) return undefined; // dropped (a button press is still answered by contextSetup)
    w.told = true;
    ctx.log.info({ limit, windowMs }, "rate limit reached");
    const seconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    const text = ctx.t("rate-limited", { seconds });
    if (ctx.callbackQuery) return ctx.answerCallbackQuery({ text, show_alert: true });
    return ctx.chat?.type === "private" ? ctx.reply(text) : undefined;
  };
}
