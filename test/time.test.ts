import { afterEach, describe, expect, it } from "vitest";
import { bishkekDay, formatDate, formatTime } from "../src/time.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("service time is Asia/Bishkek whatever the machine's TZ", () => {
  it.each(["UTC", "America/New_York", "Asia/Tokyo"])("under TZ=%s", (tz) => {
    process.env.TZ = tz;
    // 20:30 UTC is 02:30 the next day in Bishkek (UTC+6, no daylight saving).
    const moment = new Date("2026-11-23T20:30:00Z");
    expect(formatDate(moment)).toBe("24.11.2026");
    expect(formatTime(moment)).toBe("02:30");
    expect(bishkekDay(moment)).toBe("2026-11-24");
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(tz === "UTC" ? 0 : tz === "Asia/Tokyo" ? -540 : 300);
  });
});
