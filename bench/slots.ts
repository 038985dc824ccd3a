// Free legal-aid slots for 5 clinics × 14 days with 1 000 bookings already
// made: the time to compute every clinic's free slots, from the database (two
// queries per clinic, as the booking conversation does) and from memory (the
// pure function alone). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../src/db/client.ts";
import { clinicsFile } from "../src/domain/legal-aid/clinics.ts";
import { computeSlots } from "../src/domain/legal-aid/slots.ts";
import { clinicSchedule, clinicSlots, importClinics } from "../src/services/clinics.ts";

const BOOKINGS = 1000;
const RUNS = 200;
const now = new Date("2026-11-23T00:00:00Z"); // a Monday, 06:00 in Bishkek

const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-slots-"));
const database = await openDatabase(`file:${path.join(dir, "bench.db")}`);
const { db } = database;
try {
  const weekdays = "09:00-18:00";
  await importClinics(
    db,
    clinicsFile.parse(Array.from({ length: 5 }, (_, i) => ({
      key: `bench-${i}`,
      sample: true,
      name: { ky: `Клиника ${i}`, ru: `Клиника ${i}` },
      region: "bishkek",
      address: { ky: "-", ru: "-" },
      phone: "+996 000 000 000",
      hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: "10:00-14:00", sun: null },
      lunch: "13:00-14:00",
      slotMinutes: 30,
      seats: 4,
      topics: "all",
      closed: ["2026-12-01"],
    }))),
  );
  const clinics = await db.clinic.findMany({ orderBy: { id: "asc" } });
  // 1 000 bookings spread over the clinics' free seats.
  const free = (await Promise.all(clinics.map((c) => clinicSlots(db, c, now)))).flatMap((slots, i) => slots.map((s) => ({ clinicId: clinics[i]!.id, startsAt: s.startsAt, seats: s.free })));
  const rows = [];
  for (let n = 0; rows.length < BOOKINGS; n++) {
    const slot = free[(n * 7) % free.length]!;
    const seat = Math.floor(n / free.length) + 1;
    if (seat > slot.seats) throw new Error("not enough seats for the bookings");
    rows.push({ ref: `B${n}`, userId: BigInt(n + 1), clinicId: slot.clinicId, startsAt: slot.startsAt, seat, status: "pending", topic: "other", phone: "+996700000000", name: "X", sex: "female", contact: "call", language: "ru", createdAt: now, updatedAt: now });
  }
  await db.booking.createMany({ data: rows });

  const fromDb = async () => (await Promise.all(clinics.map((c) => clinicSlots(db, c, now)))).reduce((n, s) => n + s.length, 0);
  const total = await fromDb();
  for (let i = 0; i < 20; i++) await fromDb(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fromDb();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);

  // The pure function on the same data, without the database.
  const closures = await db.clinicClosure.findMany();
  const booked = await db.booking.groupBy({ by: ["clinicId", "startsAt"], _count: { _all: true } });
  const inputs = clinics.map((c) => ({
    schedule: clinicSchedule(c),
    closures: closures.filter((x) => x.clinicId === c.id),
    taken: new Map(booked.filter((b) => b.clinicId === c.id).map((b) => [b.startsAt.getTime(), b._count._all])),
  }));
  const pure: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (const x of inputs) computeSlots(x.schedule, { now, horizonDays: 14, closures: x.closures, taken: x.taken });
    pure.push(performance.now() - start);
  }
  pure.sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
  const p95 = (xs: number[]) => xs[Math.floor(xs.length * 0.95)]!;

  console.log(`\nLegal-aid slots: 5 clinics × 14 days, ${BOOKINGS} bookings, ${total} free slots left (median of ${RUNS} runs)`);
  console.log("                                        median ms    p95 ms");
  console.log(`all 5 clinics, from the database        ${median(times).toFixed(2).padStart(9)}  ${p95(times).toFixed(2).padStart(8)}`);
  console.log(`all 5 clinics, pure computation         ${median(pure).toFixed(3).padStart(9)}  ${p95(pure).toFixed(3).padStart(8)}`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
