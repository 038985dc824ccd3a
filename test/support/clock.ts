// A clock that stands still until a test moves it (invite expiry, rate-limit windows, stored times).
import type { Clock } from "../../src/time.ts";

export class ManualClock implements Clock {
  private ms: number;

  constructor(start: string | Date = "2026-03-05T08:30:00Z") {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  set(at: string | Date): void {
    this.ms = new Date(at).getTime();
  }
}
