// Legal-aid bookings: take a seat of a free slot (the database's unique
// (clinic, start, seat) makes overselling impossible), cancel, reschedule,
// the clinic's answers, and the reminder rows that go with a booking.
import { randomInt } from "node:crypto";
import { isUniqueViolation, type Db } from "../db/client.ts";
import type { Topic } from "../domain/legal-aid/clinics.ts";
import { clinicSlots } from "./clinics.ts";
import { queueNotice, type BookingNoticeEvent } from "./notices.ts";

export const BOOKING_STATUSES = ["pending", "confirmed", "declined", "cancelled", "done", "no_show"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Bookings that hold a seat. */
export const ACTIVE_STATUSES: BookingStatus[] = ["pending", "confirmed"];
export const OUTCOMES = ["advice", "referred", "represented"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const SEXES = ["female", "male", "unspecified"] as const;
export type Sex = (typeof SEXES)[number];
export const CONTACT_WAYS = ["call", "telegram"] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

/** Reminders before the visit: kind → hours before. */
export const REMINDERS = { "24h": 24, "2h": 2 } as const;

export interface NewBooking {
  userId: bigint;
  clinicId: number;
  startsAt: Date;
  topic: Topic;
  description: string | null;
  phone: string;
  name: string;
  sex: Sex;
  contact: ContactWay;
  language: string;
  /** The request (one per booking conversation): the same request again gets the booking it made. */
  requestId?: string;
}

/** Upcoming bookings one person may hold at once (so nobody can take a clinic's every slot). */
export const MAX_UPCOMING = 2;

export type BookingResult = { ok: true; id: number; ref: string } | { ok: false; reason: "full" | "not-a-slot" | "already-booked" | "too-many" };

const REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read over the phone
/** "K7M-2QX": short, easy to say. */
export function newRef(): string {
  const c = () => REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return `${c()}${c()}${c()}-${c()}${c()}${c()}`;
}

function reminderRows(startsAt: Date, now: Date) {
  return Object.entries(REMINDERS)
    .map(([kind, hours]) => ({ kind, dueAt: new Date(startsAt.getTime() - hours * 3_600_000) }))
    .filter((r) => r.dueAt.getTime() > now.getTime());
}

/** Is `startsAt` a slot of the clinic that is not in the past and not closed? Returns its free seats. */
async function slotSeats(db: Db, clinicId: number, startsAt: Date, now: Date): Promise<{ seats: number; free: number } | undefined> {
  const clinic = await db.clinic.findUnique({ where: { id: clinicId } });
  if (!clinic || !clinic.active) return undefined;
  const slot = (await clinicSlots(db, clinic, now, { includeFull: true })).find((s) => s.startsAt.getTime() === startsAt.getTime());
  return slot ? { seats: clinic.seats, free: slot.free } : undefined;
}

/**
 * Books a seat: tries each seat of the slot; the unique index refuses a taken
 * one, so two people at the same moment cannot both get the last seat.
 */
export async function createBooking(db: Db, input: NewBooking, now: Date): Promise<BookingResult> {
  // The same request again ("Book" pressed again after the bot stopped before answering): the booking it made.
  if (input.requestId) {
    const made = await db.booking.findUnique({ where: { requestId: input.requestId }, select: { id: true, ref: true, userId: true } });
    if (made && made.userId === input.userId) return { ok: true, id: made.id, ref: made.ref };
  }
  const slot = await slotSeats(db, input.clinicId, input.startsAt, now);
  if (!slot) return { ok: false, reason: "not-a-slot" };
  const mine = await db.booking.count({ where: { userId: input.userId, startsAt: input.startsAt, seat: { not: null } } });
  if (mine > 0) return { ok: false, reason: "already-booked" };
  const upcoming = await db.booking.count({ where: { userId: input.userId, seat: { not: null }, startsAt: { gt: now } } });
  if (upcoming >= MAX_UPCOMING) return { ok: false, reason: "too-many" };
  if (slot.free <= 0) return { ok: false, reason: "full" };
  for (let seat = 1; seat <= slot.seats; seat++) {
    try {
      const booking = await db.$transaction(async (tx) => {
        const created = await tx.booking.create({
          data: {
            ...input,
            ref: newRef(),
            seat,
            status: "pending",
            createdAt: now,
            updatedAt: now,
            reminders: { create: reminderRows(input.startsAt, now) },
          },
          select: { id: true, ref: true },
        });
        // The clinic's "new booking" goes with the booking, or neither does.
        await queueNotice(tx, "booking", created.id, "new", now);
        return created;
      });
      return { ok: true, id: booking.id, ref: booking.ref };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "full" };
}

/**
 * Cancels an active booking (by the citizen, or on /deleteme): its seat and
 * reminders go. With `notify`, the clinic's notice is queued with it.
 */
export async function cancelBooking(db: Db, id: number, now: Date, options: { notify?: boolean } = {}): Promise<boolean> {
  return setStatus(db, id, ACTIVE_STATUSES, "cancelled", now, {}, options.notify ? "cancelled" : undefined);
}

/**
 * Moves an active booking to another slot (back to pending: the clinic confirms
 * again); its reminders move with it. False when the booking is not active.
 */
export async function rescheduleBooking(db: Db, id: number, startsAt: Date, now: Date): Promise<{ ok: true } | { ok: false; reason: "full" | "not-a-slot" | "not-active" }> {
  const booking = await db.booking.findUnique({ where: { id } });
  if (!booking || !ACTIVE_STATUSES.includes(booking.status as BookingStatus)) return { ok: false, reason: "not-active" };
  const slot = await slotSeats(db, booking.clinicId, startsAt, now);
  if (!slot) return { ok: false, reason: "not-a-slot" };
  if (slot.free <= 0) return { ok: false, reason: "full" };
  for (let seat = 1; seat <= slot.seats; seat++) {
    try {
      const moved = await db.$transaction(async (tx) => {
        const updated = await tx.booking.updateMany({
          where: { id, status: { in: ACTIVE_STATUSES } },
          data: { startsAt, seat, status: "pending", updatedAt: now },
        });
        if (updated.count === 0) return false;
        // Reminders start over for the new time (one sent for the old time is no use).
        await tx.reminder.deleteMany({ where: { bookingId: id } });
        await tx.reminder.createMany({ data: reminderRows(startsAt, now).map((r) => ({ ...r, bookingId: id })) });
        await queueNotice(tx, "booking", id, "moved", now);
        return true;
      });
      return moved ? { ok: true } : { ok: false, reason: "not-active" };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "full" };
}

/**
 * Changes the status when it is one of `from` (so a stale button cannot undo a
 * later decision). Leaving the active statuses frees the seat and drops the
 * unsent reminders.
 */
export async function setStatus(
  db: Db,
  id: number,
  from: readonly BookingStatus[],
  to: BookingStatus,
  now: Date,
  extra: { declineReason?: string; outcome?: Outcome } = {},
  /** The notice that follows the change, queued in the same transaction. */
  notice?: BookingNoticeEvent,
): Promise<boolean> {
  const freesSeat = !ACTIVE_STATUSES.includes(to);
  return db.$transaction(async (tx) => {
    const updated = await tx.booking.updateMany({
      where: { id, status: { in: [...from] } },
      data: { status: to, updatedAt: now, ...(freesSeat ? { seat: null } : {}), ...extra },
    });
    if (updated.count === 0) return false;
    if (freesSeat) await tx.reminder.deleteMany({ where: { bookingId: id, sentAt: null } });
    if (notice) await queueNotice(tx, "booking", id, notice, now);
    return true;
  });
}

/** The person's bookings that are still ahead (pending or confirmed), soonest first. */
export const upcomingBookings = (db: Db, userId: bigint, now: Date) =>
  db.booking.findMany({
    where: { userId, status: { in: ACTIVE_STATUSES }, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    include: { clinic: true },
  });

/**
 * Takes the next reminder that is due and claims it (claimedAt) just before it
 * is sent, so a second worker never takes it too; `reminderDone` marks it sent.
 * Reminders whose visit has already begun, or a "tomorrow" one within 12 hours
 * of the visit (after downtime), are dropped unsent. Null: nothing is due.
 */
export async function claimNextReminder(db: Db, now: Date) {
  for (;;) {
    const reminder = await db.reminder.findFirst({
      where: { sentAt: null, claimedAt: null, dueAt: { lte: now }, booking: { status: { in: ACTIVE_STATUSES } } },
      include: { booking: { include: { clinic: true } } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    if (!reminder) return null;
    const left = reminder.booking.startsAt.getTime() - now.getTime();
    const late = left <= 0 || (reminder.kind === "24h" && left < 12 * 3_600_000);
    const taken = await db.reminder.updateMany({ where: { id: reminder.id, claimedAt: null, sentAt: null }, data: late ? { claimedAt: now, sentAt: now } : { claimedAt: now } });
    if (taken.count === 1 && !late) return reminder;
  }
}

export async function reminderDone(db: Db, id: number, now: Date): Promise<void> {
  await db.reminder.updateMany({ where: { id }, data: { sentAt: now } });
}

/**
 * At start: reminders claimed but not done were being sent when the process
 * stopped. They go back to the queue, so none is lost; the one whose send had
 * already reached Telegram arrives twice (at most one per stop).
 */
export async function releaseClaimedReminders(db: Db): Promise<number> {
  return (await db.reminder.updateMany({ where: { claimedAt: { not: null }, sentAt: null }, data: { claimedAt: null } })).count;
}
