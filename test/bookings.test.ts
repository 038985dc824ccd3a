// Bookings in the database: one seat cannot be sold twice, cancelling and
// moving take the reminders along, clinics come from a checked file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.ts";
import { projectRoot } from "../src/paths.ts";
import { cancelBooking, claimNextReminder, createBooking, releaseClaimedReminders, reminderDone, rescheduleBooking, setStatus, type NewBooking } from "../src/services/bookings.ts";
import { clinicSlots, closeClinicDay, importClinics, readClinicsFile } from "../src/services/clinics.ts";

let dir: string;
let database: Database;
let clinicId: number;
const now = new Date("2026-11-23T00:00:00Z"); // Monday 06:00 in Bishkek
const tuesdayTen = new Date("2026-11-24T04:00:00Z"); // Tuesday 10:00

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-bookings-"));
  database = await openDatabase(`file:${path.join(dir, "test.db")}`);
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics file is invalid");
  await importClinics(database.db, read.clinics);
  clinicId = (await database.db.clinic.findUniqueOrThrow({ where: { key: "sample-jalal-abad" } })).id; // one seat
});
afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const booking = (userId: number, startsAt = tuesdayTen): NewBooking => ({
  userId: BigInt(userId),
  clinicId,
  startsAt,
  topic: "labour",
  description: null,
  phone: "+996700123456",
  name: "Айгүл",
  sex: "female",
  contact: "call",
  language: "ky",
});

describe("bookings", () => {
  it("50 people at once on a one-seat slot: exactly one gets it", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => createBooking(database.db, booking(1000 + i), now)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "full")).toHaveLength(49);
    expect(await database.db.booking.count({ where: { clinicId, startsAt: tuesdayTen, seat: { not: null } } })).toBe(1);
    expect(await database.db.booking.count()).toBe(1);
    // The 49 refused left no notice: it is written with the booking or not at all.
    expect(await database.db.notice.count()).toBe(1);
  });

  it("two seats give two bookings; the slot then disappears from the free ones", async () => {
    const bishkek = (await database.db.clinic.findUniqueOrThrow({ where: { key: "sample-bishkek" } }));
    const input = { ...booking(1), clinicId: bishkek.id };
    const results = await Promise.all([1, 2, 3, 4].map((u) => createBooking(database.db, { ...input, userId: BigInt(u) }, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const free = await clinicSlots(database.db, bishkek, now);
    expect(free.some((s) => s.startsAt.getTime() === tuesdayTen.getTime())).toBe(false);
    expect(free.some((s) => s.startsAt.getTime() === tuesdayTen.getTime() + 3_600_000)).toBe(true);
  });

  it("refuses a time that is not a slot, one in the past, a closed day, and a second booking of the same person then", async () => {
    expect(await createBooking(database.db, booking(1, new Date("2026-11-24T04:30:00Z")), now)).toEqual({ ok: false, reason: "not-a-slot" });
    expect(await createBooking(database.db, booking(1, new Date("2026-11-22T04:00:00Z")), now)).toEqual({ ok: false, reason: "not-a-slot" });
    const first = await createBooking(database.db, { ...booking(1), requestId: "req-1" }, now);
    expect(first.ok).toBe(true);
    // The same request again (e.g. "Book" pressed again after a crash before the answer): the same booking, once,
    // even once its time is no longer bookable.
    expect(await createBooking(database.db, { ...booking(1), requestId: "req-1" }, now)).toEqual(first);
    expect(await createBooking(database.db, { ...booking(1), requestId: "req-1" }, new Date("2026-11-24T03:30:00Z"))).toEqual(first);
    expect(await database.db.booking.count()).toBe(1);
    expect(await database.db.notice.count()).toBe(1);
    // Another request for the same time, here or at another clinic: refused (not silently the old booking).
    expect(await createBooking(database.db, { ...booking(1), requestId: "req-2" }, now)).toEqual({ ok: false, reason: "already-booked" });
    const bishkek = await database.db.clinic.findUniqueOrThrow({ where: { key: "sample-bishkek" } });
    expect(await createBooking(database.db, { ...booking(1), clinicId: bishkek.id }, now)).toEqual({ ok: false, reason: "already-booked" });
    // Someone else's request with the same id gets nothing of theirs.
    expect(await createBooking(database.db, { ...booking(9, new Date("2026-11-26T05:00:00Z")), requestId: "req-1" }, now)).not.toEqual(first);
    await closeClinicDay(database.db, clinicId, "2026-11-25");
    expect(await createBooking(database.db, booking(2, new Date("2026-11-25T04:00:00Z")), now)).toEqual({ ok: false, reason: "not-a-slot" });
  });

  it("queues each notice in the same transaction as its change: new, moved, confirmed, cancelled (none when the change did not happen)", async () => {
    const made = await createBooking(database.db, booking(1), now);
    if (!made.ok) throw new Error("not booked");
    const notices = async () => (await database.db.notice.findMany({ orderBy: { id: "asc" } })).map((n) => [n.kind, n.subjectId, n.event, n.sentAt]);
    expect(await notices()).toEqual([["booking", made.id, "new", null]]);
    expect(await rescheduleBooking(database.db, made.id, new Date("2026-11-26T05:00:00Z"), now)).toEqual({ ok: true });
    expect(await setStatus(database.db, made.id, ["pending"], "confirmed", now, {}, "confirmed")).toBe(true);
    // A stale button: no change, no notice.
    expect(await setStatus(database.db, made.id, ["pending"], "confirmed", now, {}, "confirmed")).toBe(false);
    expect(await cancelBooking(database.db, made.id, now, { notify: true })).toBe(true);
    expect(await cancelBooking(database.db, made.id, now, { notify: true })).toBe(false);
    expect(await notices()).toEqual([
      ["booking", made.id, "new", null],
      ["booking", made.id, "moved", null],
      ["booking", made.id, "confirmed", null],
      ["booking", made.id, "cancelled", null],
    ]);
    // A booking refused (the seat taken) leaves no notice behind.
    expect((await createBooking(database.db, booking(2, new Date("2026-11-26T05:00:00Z")), now)).ok).toBe(true);
    expect((await createBooking(database.db, booking(3, new Date("2026-11-26T05:00:00Z")), now)).ok).toBe(false);
    expect(await database.db.notice.count()).toBe(5);
  });

  it("makes the 24 h and 2 h reminders; cancelling frees the seat and drops them; moving moves them", async () => {
    const made = await createBooking(database.db, booking(1), now);
    if (!made.ok) throw new Error("not booked");
    expect(made.ref).toMatch(/^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$/);
    const reminders = await database.db.reminder.findMany({ where: { bookingId: made.id }, orderBy: { dueAt: "asc" } });
    expect(reminders.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["24h", "2026-11-23T04:00:00.000Z"],
      ["2h", "2026-11-24T02:00:00.000Z"],
    ]);
    const later = new Date("2026-11-26T05:00:00Z"); // Thursday 11:00
    expect(await rescheduleBooking(database.db, made.id, later, now)).toEqual({ ok: true });
    expect((await database.db.reminder.findMany({ where: { bookingId: made.id }, orderBy: { dueAt: "asc" } })).map((r) => r.dueAt.toISOString())).toEqual([
      "2026-11-25T05:00:00.000Z",
      "2026-11-26T03:00:00.000Z",
    ]);
    // The old slot is free again for someone else.
    expect((await createBooking(database.db, booking(2), now)).ok).toBe(true);
    expect(await cancelBooking(database.db, made.id, now)).toBe(true);
    expect(await database.db.reminder.count({ where: { bookingId: made.id } })).toBe(0);
    expect(await database.db.booking.findUnique({ where: { id: made.id } })).toMatchObject({ status: "cancelled", seat: null });
    // A second cancel, or a confirm after the cancel, changes nothing.
    expect(await cancelBooking(database.db, made.id, now)).toBe(false);
    expect(await setStatus(database.db, made.id, ["pending"], "confirmed", now)).toBe(false);
  });

  it("a reminder is claimed once, however many workers ask; one left claimed by a crash goes back to the queue; one for a visit already begun is dropped", async () => {
    const made = await createBooking(database.db, booking(1), now);
    if (!made.ok) throw new Error("not booked");
    const at = new Date("2026-11-23T04:00:00Z");
    const claims = await Promise.all([claimNextReminder(database.db, at), claimNextReminder(database.db, at)]);
    expect(claims.filter((r) => r !== null).map((r) => r!.kind)).toEqual(["24h"]);
    expect(await claimNextReminder(database.db, at)).toBeNull();
    // The process dies before the send is marked done: at the next start it is due again.
    expect(await releaseClaimedReminders(database.db)).toBe(1);
    const again = await claimNextReminder(database.db, at);
    expect(again?.kind).toBe("24h");
    await reminderDone(database.db, again!.id, at);
    expect(await releaseClaimedReminders(database.db)).toBe(0);
    expect(await claimNextReminder(database.db, at)).toBeNull();
    const afterStart = new Date("2026-11-24T04:30:00Z");
    expect(await claimNextReminder(database.db, afterStart)).toBeNull();
    expect(await database.db.reminder.count({ where: { sentAt: null } })).toBe(0);
  });
});

describe("clinics file", () => {
  it("names the clinic and the field of each problem", () => {
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, '- key: x1\n  name: { ky: "А", ru: "" }\n  region: mars\n  address: { ky: "a", ru: "b" }\n  phone: "123"\n  hours: { mon: "18:00-09:00" }\n  seats: 0\n');
    const read = readClinicsFile(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["[0].name.ru", "[0].region", "[0].phone", "[0].hours.mon", "[0].seats"]));
    expect(read.problems.find((p) => p.field === "[0].hours.mon")!.message).toBe("must end after it starts");
  });
});
