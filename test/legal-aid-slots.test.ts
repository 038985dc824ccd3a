// Free slots from a clinic's schedule, in Bishkek time: hours, lunch, length,
// seats, closures, bookings, never in the past, within the horizon.
import { describe, expect, it } from "vitest";
import { computeSlots, distanceKm, weekdayOf, type Schedule } from "../src/domain/legal-aid/slots.ts";

const weekdays = { mon: ["09:00", "18:00"], tue: ["09:00", "18:00"], wed: ["09:00", "18:00"], thu: ["09:00", "18:00"], fri: ["09:00", "17:00"] } as Schedule["hours"];
const clinic: Schedule = { hours: weekdays, lunch: ["13:00", "14:00"], slotMinutes: 60, seats: 2 };
/** Bishkek local "HH:MM" times of the slots on one day. */
const times = (slots: { startsAt: Date }[], day: string) =>
  slots
    .filter((s) => new Date(s.startsAt.getTime() + 6 * 3_600_000).toISOString().startsWith(day))
    .map((s) => new Date(s.startsAt.getTime() + 6 * 3_600_000).toISOString().slice(11, 16));
const none = { closures: [], taken: new Map<number, number>() };

describe("computeSlots", () => {
  it("starts an hour from now (12:00 in Bishkek → 14:00, lunch skipped) and gives whole days after", () => {
    const now = new Date("2026-11-23T06:00:00Z"); // Monday 12:00 in Bishkek
    const slots = computeSlots(clinic, { now, horizonDays: 14, ...none });
    expect(times(slots, "2026-11-23")).toEqual(["14:00", "15:00", "16:00", "17:00"]);
    expect(times(slots, "2026-11-24")).toEqual(["09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00"]);
    expect(times(slots, "2026-11-27")).toEqual(["09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00"]); // Friday to 17:00
    expect(times(slots, "2026-11-28")).toEqual([]); // Saturday: closed
    // 14 days from today: the last is Sunday 6 December; Monday 7 December is beyond the horizon.
    expect(times(slots, "2026-12-04")).not.toEqual([]);
    expect(times(slots, "2026-12-07")).toEqual([]);
    expect(slots.every((s) => s.free === 2)).toBe(true);
  });

  it("goes on after lunch with consultations that do not fit before it", () => {
    const short: Schedule = { hours: { tue: ["09:00", "17:00"] }, lunch: ["12:30", "13:30"], slotMinutes: 45, seats: 1 };
    const slots = computeSlots(short, { now: new Date("2026-11-23T00:00:00Z"), horizonDays: 2, ...none });
    expect(times(slots, "2026-11-24")).toEqual(["09:00", "09:45", "10:30", "11:15", "13:30", "14:15", "15:00", "15:45"]);
  });

  it("takes off booked seats and closures, and shows full slots only when asked", () => {
    const now = new Date("2026-11-23T00:00:00Z"); // Monday 06:00
    const ten = new Date("2026-11-23T04:00:00Z"); // 10:00 in Bishkek
    const eleven = new Date("2026-11-23T05:00:00Z");
    const taken = new Map([
      [ten.getTime(), 1],
      [eleven.getTime(), 2],
    ]);
    const closures = [{ startsAt: new Date("2026-11-23T09:00:00Z"), endsAt: new Date("2026-11-23T11:30:00Z") }]; // 15:00–17:30
    const slots = computeSlots(clinic, { now, horizonDays: 1, closures, taken });
    expect(times(slots, "2026-11-23")).toEqual(["09:00", "10:00", "12:00", "14:00"]);
    expect(slots.find((s) => s.startsAt.getTime() === ten.getTime())!.free).toBe(1);
    const all = computeSlots(clinic, { now, horizonDays: 1, closures, taken, includeFull: true });
    expect(all.find((s) => s.startsAt.getTime() === eleven.getTime())!.free).toBe(0);
  });

  it("knows the weekday of a date and the distance between two towns", () => {
    expect(weekdayOf("2026-11-23")).toBe("mon");
    expect(weekdayOf("2026-11-29")).toBe("sun");
    // Bishkek → Osh: about 300 km as the crow flies.
    expect(Math.round(distanceKm({ lat: 42.8746, lon: 74.5698 }, { lat: 40.514, lon: 72.8161 }))).toBeGreaterThan(290);
    expect(Math.round(distanceKm({ lat: 42.8746, lon: 74.5698 }, { lat: 40.514, lon: 72.8161 }))).toBeLessThan(310);
  });
});
