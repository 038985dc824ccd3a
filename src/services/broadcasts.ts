// Verified broadcasts: a communications officer's message in both languages,
// approved by a different officer (four-eyes), then queued in the outbox, one
// row per recipient, for the sender (src/jobs/broadcast-sender.ts).
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";

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

/** A recipient's language as the outbox keeps it (no language chosen: Russian). */
const recipientLanguage = Prisma.sql`CASE WHEN u."language" = 'ky' THEN 'ky' ELSE 'ru' END`;

/**
 * Who receives a broadcast, as a condition on "User" u: subscribers of any of
 * its topics, in its languages and regions (a person's region is known from
 * their jobseeker profile), who have not blocked the bot. In SQL, so that
 * SQLite does the work: for 10 000 subscribers, building the outbox rows
 * through Prisma took more than the bot's whole 64 MB heap.
 */
function recipientsWhere(audience: Audience): Prisma.Sql {
  return Prisma.sql`u."blockedAt" IS NULL
    AND u."id" IN (SELECT "userId" FROM "Subscription" WHERE "topic" IN (${Prisma.join(audience.topics)}))
    ${audience.languages.length ? Prisma.sql`AND ${recipientLanguage} IN (${Prisma.join(audience.languages)})` : Prisma.empty}
    ${audience.regions.length ? Prisma.sql`AND u."id" IN (SELECT "userId" FROM "Jobseeker" WHERE "region" IN (${Prisma.join(audience.regions)}))` : Prisma.empty}`;
}

/** How many people a broadcast to `audience` would reach now. */
export async function countRecipients(db: Db, audience: Audience): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "User" u WHERE ${recipientsWhere(audience)}`;
  return Number(row?.n ?? 0);
}

/**
 * Starts an approved broadcast whose time has come: one outbox row per
 * recipient (one INSERT … SELECT), then "sending". Only Russian text: only
 * Russian speakers get it. Returns the number queued, or null when it is not
 * due or not approved.
 */
export async function startBroadcast(db: Db, id: number, now: Date): Promise<number | null> {
  const b = await db.broadcast.findUnique({ where: { id } });
  if (!b || b.status !== "approved" || (b.sendAt && b.sendAt > now)) return null;
  const audience = audienceSchema.parse(JSON.parse(b.audience));
  if (!b.textKy) audience.languages = ["ru"];
  return db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({ where: { id, status: "approved" }, data: { status: "sending", startedAt: now, updatedAt: now } });
    if (count === 0) return 0;
    // nextAt is the broadcast's startedAt, just written by Prisma: the same instant, stored the same way.
    return tx.$executeRaw`
      INSERT INTO "Outbox" ("broadcastId", "chatId", "language", "status", "nextAt")
      SELECT b."id", u."id", ${recipientLanguage}, 'queued', b."startedAt"
      FROM "Broadcast" b, "User" u
      WHERE b."id" = ${id} AND ${recipientsWhere(audience)}
      ORDER BY u."id"`;
  });
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
