// Free consultation slots: derived from a clinic's hours, lunch break,
// consultation length, seats, closures and the bookings already made, in
// Bishkek time (UTC+6 all year: no daylight saving since 2005), never in the
// past and within the booking horizon. Pure: no database, no clock.
import { WEEKDAYS, type Weekday } from "./clinics.ts";

export const BISHKEK_OFFSET = "+06:00";
const DAY_MS = 86_400_000;
const OFFSET_MS = 6 * 3_600_000;

export interface Schedule {
  hours: Partial<Record<Weekday, [string, string] | null>>;
  lunch: [string, string] | null;
  slotMinutes: number;
  seats: number;
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface Slot {
  startsAt: Date;
  /** Seats still free. */
  free: number;
}

export interface SlotQuery {
  now: Date;
  /** Days from today (in Bishkek), today included. */
  horizonDays: number;
  /** The earliest a slot may start: this many minutes from now. */
  leadMinutes?: number;
  closures: readonly Interval[];
  /** Seats taken per slot start (ms since epoch). */
  taken: ReadonlyMap<number, number>;
  /** Include full slots too (free 0), e.g. for staff listings. */
  includeFull?: boolean;
}

/** "2026-11-24" + "09:30" in Bishkek → the instant. */
export const bishkekTime = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00${BISHKEK_OFFSET}`);

/** The Bishkek calendar day (YYYY-MM-DD) of an instant. */
export const bishkekDayOf = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** mon..sun of a YYYY-MM-DD day. */
export function weekdayOf(day: string): Weekday {
  const sundayFirst = new Date(`${day}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** The next `n` calendar days from the Bishkek day of `now`. */
export function daysFrom(now: Date, n: number): string[] {
  const first = Date.parse(`${bishkekDayOf(now)}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(first + i * DAY_MS).toISOString().slice(0, 10));
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** Slots of one clinic, earliest first. */
export function computeSlots(schedule: Schedule, query: SlotQuery): Slot[] {
  const earliest = query.now.getTime() + (query.leadMinutes ?? 60) * 60_000;
  const length = schedule.slotMinutes * 60_000;
  const closures = query.closures.map((c) => [c.startsAt.getTime(), c.endsAt.getTime()] as const);
  const slots: Slot[] = [];
  for (const day of daysFrom(query.now, query.horizonDays)) {
    const hours = schedule.hours[weekdayOf(day)];
    if (!hours) continue;
    const close = bishkekTime(day, hours[1]).getTime();
    const lunch = schedule.lunch ? [bishkekTime(day, schedule.lunch[0]).getTime(), bishkekTime(day, schedule.lunch[1]).getTime()] : null;
    for (let start = bishkekTime(day, hours[0]).getTime(); start + length <= close; start += length) {
      const end = start + length;
      if (lunch && overlaps(start, end, lunch[0]!, lunch[1]!)) {
        // Consultations go on after lunch: the next one starts when it ends.
        start = lunch[1]! - length;
        continue;
      }
      if (start < earliest) continue;
      if (closures.some(([c0, c1]) => overlaps(start, end, c0, c1))) continue;
      const free = schedule.seats - (query.taken.get(start) ?? 0);
      if (free > 0 || query.includeFull) slots.push({ startsAt: new Date(start), free: Math.max(free, 0) });
    }
  }
  return slots;
}

/** Great-circle distance in km (for "nearest first" when the person shares a location). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
