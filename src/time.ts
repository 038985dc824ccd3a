// Service time: Asia/Bishkek, whatever the machine's TZ says.
import { SERVICE_TIME_ZONE } from "./config.ts";

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// Made once: a new formatter per call was ~15% of the bot's CPU during a
// broadcast (each message's date goes through it).
const BISHKEK_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: SERVICE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Year, month, day, hour and minute as they are on a clock in Bishkek. */
export function bishkekParts(date: Date): { year: string; month: string; day: string; hour: string; minute: string } {
  const parts = BISHKEK_CLOCK.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** "23.11.2026": the date in Bishkek, written the way both languages write it here. */
export function formatDate(date: Date): string {
  const p = bishkekParts(date);
  return `${p.day}.${p.month}.${p.year}`;
}

/** "14:05" in Bishkek time. */
export function formatTime(date: Date): string {
  const p = bishkekParts(date);
  return `${p.hour}:${p.minute}`;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (not 2026-02-31). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** The calendar date in Bishkek as YYYY-MM-DD. */
export function bishkekDay(date: Date): string {
  const p = bishkekParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}
