// Verified broadcasts: a communications officer's message in both languages,
// approved by a different officer (four-eyes), then queued in the outbox, one
// row per recipient, for the sender (src/jobs/broadcast-sender.ts).
import { z } from "zod";
import type { Db } from "../db/client.ts";

export const AUDIENCE_TOPICS = ["covid", "benefits", "jobs", "legal-aid"] as const;

export const audienceSchema = z.object({
  topics: z.array(z.enum(AUDIENCE_TOPICS)).min(1),
  /** Empty: every language. */
  languages: z.array(z.enum(["ky", "ru"])).default([]),
  /** Empty: every region (a person's region is known from their jobseeker profile). */
  regions: z.array(z.string()).default([]),
});
export type Audience = z.infer<typeof audienceSchema>;

export interface BroadcastDraft {
  textKy: string | null;
  textRu: string;
  photoFileId?: string | null;
  audience: Audience;
  sendAt?: Date | null;
}

export async function createBroadcast(db: Db, draft: BroadcastDraft, authorId: bigint, now: Date) {
  return db.broadcast.create({
    data: {
      textKy: draft.textKy,
      textRu: draft.textRu,
      photoFileId: draft.photoFileId ?? null,
      audience: JSON.stringify(audienceSchema.parse(draft.audience)),
      status: "pending",
      sendAt: draft.sendAt ?? null,
      authorId,
      createdAt: now,
      updatedAt: now,
    },
  });
}

export type ApproveResult = { ok: true } | { ok: false; reason: "own" | "not-pending" };

/** A different officer approves a pending broadcast (never its author). */
export async function approveBroadcast(db: Db, id: number, by: bigint, now: Date): Promise<ApproveResult> {
  const b = await db.broadcast.findUnique({ where: { id } });
  if (!b || b.status !== "pending") return { ok: false, reason: "not-pending" };
  if (b.authorId === by) return { ok: false, reason: "own" };
  const { count } = await db.broadcast.updateMany({ where: { id, status: "pending" }, data: { status: "approved", approvedBy: by, approvedAt: now, updatedAt: now } });
  return count === 1 ? { ok: true } : { ok: false, reason: "not-pending" };
}

/** Any officer rejects a pending broadcast, with a reason. */
export async function rejectBroadcast(db: Db, id: number, by: bigint, reason: string, now: Date): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({ where: { id, status: "pending" }, data: { status: "rejected", rejectedBy: by, rejectReason: reason, updatedAt: now } });
  return count === 1;
}

/** Who receives it: subscribers of any of its topics, in its languages and regions, who have not blocked the bot. */
export async function recipientsOf(db: Db, audience: Audience): Promise<{ chatId: bigint; language: "ky" | "ru" }[]> {
  const subs = await db.subscription.findMany({ where: { topic: { in: audience.topics } }, select: { userId: true }, distinct: ["userId"] });
  const ids = subs.map((s) => s.userId);
  const users = await db.user.findMany({ where: { id: { in: ids }, blockedAt: null }, select: { id: true, language: true } });
  let list = users.map((u) => ({ chatId: u.id, language: (u.language === "ky" ? "ky" : "ru") as "ky" | "ru" }));
  if (audience.languages.length) list = list.filter((u) => audience.languages.includes(u.language));
  if (audience.regions.length) {
    const inRegions = new Set((await db.jobseeker.findMany({ where: { userId: { in: list.map((u) => u.chatId) }, region: { in: audience.regions } }, select: { userId: true } })).map((j) => j.userId));
    list = list.filter((u) => inRegions.has(u.chatId));
  }
  return list;
}

/**
 * Starts an approved broadcast whose time has come: one outbox row per
 * recipient, then "sending". Only Russian text: only Russian speakers get it.
 * Returns the number queued, or null when it is not due or not approved.
 */
export async function startBroadcast(db: Db, id: number, now: Date): Promise<number | null> {
  const b = await db.broadcast.findUnique({ where: { id } });
  if (!b || b.status !== "approved" || (b.sendAt && b.sendAt > now)) return null;
  const audience = audienceSchema.parse(JSON.parse(b.audience));
  if (!b.textKy) audience.languages = ["ru"];
  const recipients = await recipientsOf(db, audience);
  await db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({ where: { id, status: "approved" }, data: { status: "sending", startedAt: now, updatedAt: now } });
    if (count === 0) return;
    for (let i = 0; i < recipients.length; i += 500) {
      await tx.outbox.createMany({ data: recipients.slice(i, i + 500).map((r) => ({ broadcastId: id, chatId: r.chatId, language: r.language, status: "queued", nextAt: now })) });
    }
  });
  return recipients.length;
}

/** Pauses, resumes or cancels a broadcast being sent; false when it is not in a state for that. */
export async function controlBroadcast(db: Db, id: number, action: "pause" | "resume" | "cancel", now: Date): Promise<boolean> {
  const from = action === "pause" ? ["sending"] : action === "resume" ? ["paused"] : ["sending", "paused", "approved", "pending"];
  const to = action === "pause" ? "paused" : action === "resume" ? "sending" : "cancelled";
  return db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({ where: { id, status: { in: from } }, data: { status: to, updatedAt: now, ...(to === "cancelled" ? { finishedAt: now } : {}) } });
    if (count && to === "cancelled") await tx.outbox.updateMany({ where: { broadcastId: id, status: "queued" }, data: { status: "cancelled" } });
    return count === 1;
  });
}

/** Where a broadcast stands: per outbox status, and failures by reason. */
export async function broadcastStats(db: Db, id: number) {
  const b = await db.broadcast.findUnique({ where: { id } });
  if (!b) return null;
  const byStatus = await db.outbox.groupBy({ by: ["status"], where: { broadcastId: id }, _count: { _all: true } });
  const byError = await db.outbox.groupBy({ by: ["error"], where: { broadcastId: id, status: "failed" }, _count: { _all: true } });
  const count = (s: string) => byStatus.find((x) => x.status === s)?._count._all ?? 0;
  const total = byStatus.reduce((sum, x) => sum + x._count._all, 0);
  return {
    id: b.id,
    status: b.status,
    authorId: String(b.authorId),
    approvedBy: b.approvedBy === null ? null : String(b.approvedBy),
    audience: JSON.parse(b.audience) as Audience,
    sendAt: b.sendAt?.toISOString() ?? null,
    startedAt: b.startedAt?.toISOString() ?? null,
    finishedAt: b.finishedAt?.toISOString() ?? null,
    total,
    sent: count("sent"),
    failed: count("failed"),
    left: count("queued") + count("sending"),
    cancelled: count("cancelled"),
    failures: Object.fromEntries(byError.map((x) => [x.error ?? "unknown", x._count._all])),
  };
}
