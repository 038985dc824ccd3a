// Delivers broadcasts from the outbox at the rate Telegram allows: paced
// sends (30 a second by default, one a second per chat), several in flight;
// on 429 everything waits retry_after and the pace slows, then recovers;
// 403 and "chat not found" mark the person inactive (not retried); network
// errors and 5xx are retried with backoff a bounded number of times. Rows are
// claimed ("sending") a batch at a time just before they are sent, so after
// a crash at most one batch can be sent twice (recover() puts them back).
import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { BotDeps } from "../context.ts";
import type { Outbox } from "../generated/prisma/client.ts";
import { getI18n } from "../i18n.ts";
import { broadcastStats, startBroadcast } from "../services/broadcasts.ts";
import { broadcastText } from "../services/broadcast-text.ts";
import { CAPTION_LIMIT, codePoints } from "../texts.ts";

export interface SenderOptions {
  /** Messages a second overall (Telegram allows about 30 to different chats). */
  rate: number;
  /** Rows claimed at a time: after a crash at most this many can be sent twice. */
  batch: number;
  /** Attempts for network errors and server errors before a row fails. */
  maxAttempts: number;
  /** How often the author's progress message is edited, ms. */
  progressEveryMs: number;
  /** How often a pause or a cancel is looked for while sending, ms. */
  statusEveryMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** A clock for pacing (ms, never going back). */
  monotonic?: () => number;
}

export const DEFAULT_SENDER: SenderOptions = { rate: 30, batch: 10, maxAttempts: 5, progressEveryMs: 3000, statusEveryMs: 250 };

type Deps = Pick<BotDeps, "db" | "logger" | "clock">;

export class BroadcastSender {
  private rate: number;
  private nextSlotAt = 0;
  private pausedUntil = 0;
  private readonly lastToChat = new Map<bigint, number>();
  private readonly lastProgress = new Map<number, number>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly mono: () => number;

  constructor(
    private readonly deps: Deps,
    private readonly api: Api,
    private readonly options: SenderOptions = DEFAULT_SENDER,
    /** Buttons under the author's progress message (pause, resume, cancel), signed for their chat. */
    private readonly controls?: (broadcastId: number, chatId: number, status: string, locale: "ky" | "ru") => InlineKeyboard | undefined,
  ) {
    this.rate = options.rate;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.mono = options.monotonic ?? (() => performance.now());
  }

  /** Rows a crash left "sending" go back to the queue; returns how many (each may have been sent already). */
  async recover(): Promise<number> {
    const { count } = await this.deps.db.outbox.updateMany({ where: { status: "sending" }, data: { status: "queued" } });
    if (count) this.deps.logger.warn({ count }, "broadcast rows left in flight by a stop were queued again");
    return count;
  }

  /** One pass: starts the approved broadcasts that are due, sends what is due, finishes the ones with nothing left. Returns messages sent. */
  async pass(): Promise<number> {
    const { db, clock } = this.deps;
    const due = await db.broadcast.findMany({ where: { status: "approved", OR: [{ sendAt: null }, { sendAt: { lte: clock.now() } }] }, orderBy: { id: "asc" } });
    for (const b of due) await startBroadcast(db, b.id, clock.now());
    let sent = 0;
    for (const { id } of await db.broadcast.findMany({ where: { status: "sending" }, orderBy: { id: "asc" }, select: { id: true } })) {
      // A steady flow: new rows are claimed as earlier ones finish, never more than a batch in flight.
      const pending = new Set<Promise<void>>();
      let b = await db.broadcast.findUnique({ where: { id } });
      let checkedAt = this.mono();
      for (;;) {
        // Refill half a batch at a time: fewer, larger claims.
        const room = this.options.batch - pending.size;
        if (pending.size > 0 && room < Math.ceil(this.options.batch / 2)) {
          await Promise.race(pending);
          continue;
        }
        // Paused or cancelled meanwhile? (looked at a few times a second)
        if (this.mono() - checkedAt >= this.options.statusEveryMs) {
          b = await db.broadcast.findUnique({ where: { id } });
          checkedAt = this.mono();
        }
        if (!b || b.status !== "sending") break;
        const rows = await db.outbox.findMany({ where: { broadcastId: id, status: "queued", nextAt: { lte: clock.now() } }, orderBy: { id: "asc" }, take: room });
        if (rows.length === 0) {
          if (pending.size === 0) break;
          await Promise.race(pending);
          continue;
        }
        await db.outbox.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "queued" }, data: { status: "sending" } });
        for (const row of rows) {
          await this.slot(row.chatId);
          const broadcast = b;
          const p: Promise<void> = this.sendOne(broadcast, row).then((ok) => {
            if (ok) sent++;
            pending.delete(p);
          });
          pending.add(p);
        }
        await this.progress(id, false);
      }
      await Promise.all(pending);
      await this.progress(id, false, true);
      const left = await db.outbox.count({ where: { broadcastId: id, status: { in: ["queued", "sending"] } } });
      if (left === 0) {
        const { count } = await db.broadcast.updateMany({ where: { id, status: "sending" }, data: { status: "done", finishedAt: clock.now(), updatedAt: clock.now() } });
        if (count) await this.progress(id, true);
      }
    }
    return sent;
  }

  /** Waits for the next free moment: the overall pace, a 429 pause, and one a second per chat. */
  private async slot(chatId: bigint): Promise<void> {
    const now = this.mono();
    const at = Math.max(this.nextSlotAt, this.pausedUntil, (this.lastToChat.get(chatId) ?? -Infinity) + 1000, now);
    this.nextSlotAt = at + 1000 / this.rate;
    this.lastToChat.set(chatId, at);
    if (this.lastToChat.size > 10_000) this.lastToChat.clear();
    if (at > now) await this.sleep(at - now);
  }

  private async sendOne(b: { id: number; textKy: string | null; textRu: string; photoFileId: string | null; approvedAt: Date | null }, row: Outbox): Promise<boolean> {
    const { db, clock } = this.deps;
    const language = row.language === "ky" && b.textKy ? "ky" : "ru";
    const text = broadcastText(language, b, clock.now());
    try {
      // A text too long for a caption (stored before the limit was checked) goes under the photo as its own message.
      const fitsCaption = codePoints(text) <= CAPTION_LIMIT;
      if (b.photoFileId) await this.api.sendPhoto(Number(row.chatId), b.photoFileId, fitsCaption ? { caption: text } : {});
      if (!b.photoFileId || !fitsCaption) await this.api.sendMessage(Number(row.chatId), text, { link_preview_options: { is_disabled: true } });
      await db.outbox.updateMany({ where: { id: row.id }, data: { status: "sent", sentAt: clock.now(), attempts: row.attempts + 1 } });
      // After a slow-down the pace comes back a little with every message that gets through.
      if (this.rate < this.options.rate) this.rate = Math.min(this.options.rate, this.rate * 1.002);
      return true;
    } catch (error) {
      await this.failed(row, error);
      return false;
    }
  }

  private async failed(row: Outbox, error: unknown): Promise<void> {
    const { db, clock, logger } = this.deps;
    const now = clock.now();
    if (error instanceof GrammyError && error.error_code === 429) {
      // Everyone waits; the pace slows and comes back with successes.
      const wait = (error.parameters.retry_after ?? 1) * 1000;
      this.pausedUntil = Math.max(this.pausedUntil, this.mono() + wait);
      this.rate = Math.max(1, this.rate * 0.8);
      await db.outbox.updateMany({ where: { id: row.id }, data: { status: "queued", nextAt: new Date(now.getTime() + wait) } });
      return;
    }
    const gone = error instanceof GrammyError && (error.error_code === 403 || (error.error_code === 400 && /chat not found|user is deactivated/i.test(error.description)));
    if (gone) {
      await db.outbox.updateMany({ where: { id: row.id }, data: { status: "failed", error: error.error_code === 403 ? "blocked" : "chat-not-found", attempts: row.attempts + 1 } });
      // Inactive until they write again (the same mark as blocking the bot).
      await db.user.updateMany({ where: { id: row.chatId, blockedAt: null }, data: { blockedAt: now } });
      return;
    }
    if (error instanceof GrammyError && error.error_code === 400) {
      logger.warn({ code: error.error_code, broadcastId: row.broadcastId }, "a broadcast message was refused");
      await db.outbox.updateMany({ where: { id: row.id }, data: { status: "failed", error: "bad-request", attempts: row.attempts + 1 } });
      return;
    }
    const attempts = row.attempts + 1;
    if (attempts >= this.options.maxAttempts) {
      await db.outbox.updateMany({ where: { id: row.id }, data: { status: "failed", error: "gave-up", attempts } });
      return;
    }
    // Network or server trouble: again later, waiting longer each time.
    await db.outbox.updateMany({ where: { id: row.id }, data: { status: "queued", attempts, nextAt: new Date(now.getTime() + Math.min(60, 2 ** attempts) * 1000) } });
  }

  /** Edits the author's progress message (at most every progressEveryMs), and reports once at the end. */
  private async progress(broadcastId: number, final: boolean, force = false): Promise<void> {
    const last = this.lastProgress.get(broadcastId) ?? -Infinity;
    if (!final && !force && this.mono() - last < this.options.progressEveryMs) return;
    this.lastProgress.set(broadcastId, this.mono());
    const { db, logger } = this.deps;
    const b = await db.broadcast.findUnique({ where: { id: broadcastId } });
    const stats = await broadcastStats(db, broadcastId);
    if (!b || !stats) return;
    const chatId = Number(b.progressChatId ?? b.authorId);
    const author = await db.user.findUnique({ where: { id: b.authorId }, select: { language: true } });
    const locale = author?.language === "ky" ? "ky" : "ru";
    const t = (key: string, args?: Record<string, string | number>) => getI18n().t(locale, key, args);
    const etaSeconds = Math.ceil(stats.left / Math.max(this.rate, 1));
    const text = final
      ? t("broadcast-done", { id: b.id, sent: stats.sent, failed: stats.failed, blocked: (stats.failures.blocked ?? 0) + (stats.failures["chat-not-found"] ?? 0), total: stats.total })
      : t("broadcast-progress", { id: b.id, sent: stats.sent, failed: stats.failed, left: stats.left, total: stats.total, minutes: Math.ceil(etaSeconds / 60) });
    const markup = final ? undefined : this.controls?.(b.id, chatId, b.status, locale);
    try {
      // At the end the progress message loses its buttons, and the report comes as a new message.
      if (final && b.progressMessageId) await this.api.editMessageReplyMarkup(chatId, b.progressMessageId, { reply_markup: undefined }).catch(() => undefined);
      if (!final && b.progressMessageId) {
        await this.api.editMessageText(chatId, b.progressMessageId, text, markup ? { reply_markup: markup } : {});
      } else {
        const m = await this.api.sendMessage(chatId, text, markup ? { reply_markup: markup } : {});
        if (!final) await db.broadcast.update({ where: { id: b.id }, data: { progressChatId: BigInt(chatId), progressMessageId: m.message_id } });
      }
    } catch (err) {
      if (!(err instanceof GrammyError && /not modified/i.test(err.description))) logger.warn({ err, broadcastId }, "the broadcast progress could not be shown");
    }
  }
}

/** Runs passes until stopped: right away when there is work, every `idleMs` otherwise. */
export function runBroadcastSender(sender: BroadcastSender, logger: Pick<BotDeps["logger"], "error">, idleMs = 1000): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    await sender.recover();
    while (!stopped) {
      // A failed pass (e.g. the database busy) is logged and tried again after a pause; a row it left "sending" goes back to the queue at the next start.
      const sent = await sender.pass().catch((err: unknown) => {
        logger.error({ err }, "a broadcast pass failed");
        return 0;
      });
      if (sent === 0 && !stopped) await new Promise<void>((resolve) => ((wake = resolve), (timer = setTimeout(resolve, idleMs))));
    }
  })();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
