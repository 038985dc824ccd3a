// Forgets abandoned conversation progress and per-chat state: what a person
// typed in a flow they never finished is not kept for ever.
import type { Db } from "../db/client.ts";

/** Days without any change after which saved progress is deleted (the privacy text says 7). */
export const STATE_RETENTION_DAYS = 7;

/** Deletes StoredState rows untouched for `days`; returns how many. */
export async function deleteStaleState(db: Db, now: Date, days = STATE_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.storedState.deleteMany({ where: { updatedAt: { lt: cutoff } } });
  return count;
}

/** Days an expired or used invite is kept (the audit trail keeps the facts). */
export const INVITE_RETENTION_DAYS = 30;

/** Deletes invites that expired, or were used, more than `days` ago; returns how many. */
export async function deleteOldInvites(db: Db, now: Date, days = INVITE_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.invite.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } });
  return count;
}

/** Days a "did you mean" pick waits for an officer before its text is let go (the privacy text says 30). */
export const PICK_RETENTION_DAYS = 30;

/** Deletes picks nobody decided within `days` (the person's text with them); returns how many. */
export async function deleteOldPicks(db: Db, now: Date, days = PICK_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.factCheckPick.deleteMany({ where: { status: "pending", createdAt: { lt: cutoff } } });
  return count;
}

/** Days a sent (or given-up) notice is kept, for looking into a complaint ("the clinic never told me"). */
export const NOTICE_RETENTION_DAYS = 30;

/** Deletes notices sent or given up more than `days` ago; unsent ones stay; returns how many. */
export async function deleteOldNotices(db: Db, now: Date, days = NOTICE_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.notice.deleteMany({ where: { sentAt: { lt: cutoff } } });
  return count;
}

/** Days after a legal-aid visit that the person's name, phone and description are kept (the privacy text says a year). */
export const BOOKING_RETENTION_DAYS = 365;

/**
 * Removes name, phone, description and the link to the person from bookings
 * whose time is more than `days` ago; what the project reports stays. Returns how many.
 */
export async function anonymizeOldBookings(db: Db, now: Date, days = BOOKING_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.booking.updateMany({
    where: { startsAt: { lt: cutoff }, NOT: { userId: 0n } },
    data: { userId: 0n, name: "", phone: "", description: null, updatedAt: now },
  });
  return count;
}
