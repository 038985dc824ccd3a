// Notices that follow a change of state (the Notice table): queued in the
// transaction that makes the change, sent at once by whoever made it and, when
// that did not happen, by the notices job. Each is claimed before its send and
// marked after it, so a crash between the change and the message loses nothing,
// and at most the one in flight at the crash goes out twice.
import type { Db } from "../db/client.ts";

type Tx = Pick<Db, "notice">;

export const NOTICE_KINDS = ["booking"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A booking's notices: to the clinic's staff (new, moved, cancelled) and to the citizen (confirmed, declined). */
export type BookingNoticeEvent = "new" | "moved" | "cancelled" | "confirmed" | "declined";

/** Tries before a notice is given up, and the wait after each failed one (minutes). */
export const NOTICE_RETRY_MINUTES = [1, 5, 15, 60] as const;

export interface QueuedNotice {
  id: number;
  kind: NoticeKind;
  subjectId: number;
  event: string;
  attempts: number;
}

/** Queues a notice; call it inside the transaction that makes the change. */
export async function queueNotice(tx: Tx, kind: NoticeKind, subjectId: number, event: string, now: Date): Promise<void> {
  await tx.notice.create({ data: { kind, subjectId, event, createdAt: now, dueAt: now } });
}

/**
 * Takes the next due notice (of one subject, when given) and claims it;
 * null when none is due. A notice claimed by someone else is left to them.
 */
export async function claimNotice(db: Db, now: Date, subject?: { kind: NoticeKind; subjectId: number }): Promise<QueuedNotice | null> {
  for (;;) {
    const next = await db.notice.findFirst({
      where: { sentAt: null, claimedAt: null, dueAt: { lte: now }, ...(subject ?? {}) },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, subjectId: true, event: true, attempts: true },
    });
    if (!next) return null;
    const taken = await db.notice.updateMany({ where: { id: next.id, claimedAt: null, sentAt: null }, data: { claimedAt: now } });
    if (taken.count === 1) return { ...next, kind: next.kind as NoticeKind };
  }
}

export async function noticeSent(db: Db, id: number, now: Date): Promise<void> {
  await db.notice.updateMany({ where: { id }, data: { sentAt: now, error: null } });
}

/** A failed send: tried again later, or given up (with why: a short reason, never a message's text) after the last wait. */
export async function noticeFailed(db: Db, notice: QueuedNotice, now: Date, why: string): Promise<"retry" | "gave-up"> {
  const wait = NOTICE_RETRY_MINUTES[notice.attempts];
  if (wait === undefined) {
    await db.notice.updateMany({ where: { id: notice.id }, data: { attempts: notice.attempts + 1, sentAt: now, error: why.slice(0, 200) } });
    return "gave-up";
  }
  await db.notice.updateMany({
    where: { id: notice.id },
    data: { attempts: notice.attempts + 1, claimedAt: null, dueAt: new Date(now.getTime() + wait * 60_000), error: why.slice(0, 200) },
  });
  return "retry";
}

/** At start: notices claimed but not done were being sent when the process stopped; they go back to the queue. */
export async function releaseClaimedNotices(db: Db): Promise<number> {
  return (await db.notice.updateMany({ where: { claimedAt: { not: null }, sentAt: null }, data: { claimedAt: null } })).count;
}
