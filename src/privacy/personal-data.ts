// What the bot holds about a person, feature by feature: shown by /mydata,
// exported by /mydata json and `npm run cli -- user export`, and deleted by
// /deleteme and `user delete`. A feature that stores personal data adds a
// section to PERSONAL_DATA (src/privacy/sections.ts).
import type { Api } from "grammy";
import type { Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import type { FastReads } from "../db/fast-reads.ts";
import type { Logger } from "../logger.ts";

export type Translate = (key: string, variables?: Record<string, string | number>) => string;

export interface EraseContext {
  db: Db;
  reads: FastReads;
  logger: Logger;
  now: Date;
  /** Who asked: the person themselves (/deleteme) or the operator (CLI, actor null). */
  actorId: bigint | null;
  via: "self-delete" | "cli";
  /** For notices the erasure causes (e.g. a cancelled booking to its clinic); absent in the CLI without a token. */
  api?: Api;
}

export interface PersonalDataSection<T = unknown> {
  id: string;
  /** Fluent key of the heading in /mydata. */
  titleKey: string;
  /** What is held, as JSON-ready values; null when nothing. */
  collect(db: Db, userId: bigint): Promise<T | null>;
  /** The same, as readable lines in the person's language. */
  describe(data: T, how: { t: Translate; locale: Locale; db: Db; userId: bigint }): Promise<string[]> | string[];
  /**
   * Deletes it, or anonymises what reports need counted (no link to the
   * person left). Sections are erased in reverse order, the profile last.
   */
  erase(userId: bigint, context: EraseContext): Promise<void>;
}

/** JSON with BigInt ids as strings and dates as ISO text. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2);
}

export async function collectAll(
  sections: readonly PersonalDataSection[],
  db: Db,
  userId: bigint,
): Promise<{ section: PersonalDataSection; data: unknown }[]> {
  const out: { section: PersonalDataSection; data: unknown }[] = [];
  for (const section of sections) {
    const data = await section.collect(db, userId);
    if (data !== null) out.push({ section, data });
  }
  return out;
}

/** Everything, keyed by section id (what /mydata json and the CLI export). */
export async function exportAll(sections: readonly PersonalDataSection[], db: Db, userId: bigint, now: Date) {
  const held = await collectAll(sections, db, userId);
  return {
    telegramId: userId,
    exportedAt: now,
    ...Object.fromEntries(held.map(({ section, data }) => [section.id, data])),
  };
}

/** Deletes everything personal, feature by feature (newest features first, the profile last). */
export async function eraseAll(sections: readonly PersonalDataSection[], userId: bigint, context: EraseContext): Promise<void> {
  for (const section of [...sections].reverse()) await section.erase(userId, context);
  // The old versions of the erased pages live on in the write-ahead log until a checkpoint:
  // copy them into the (zeroed) database and empty the log.
  const [result] = await context.db.$queryRawUnsafe<{ busy: number | bigint }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
  // Another reader (a backup, the CLI) held the log: the old pages stay in it until the next checkpoint.
  if (result && Number(result.busy) !== 0) context.logger.warn("the write-ahead log could not be emptied after an erase; SQLite will checkpoint it later");
}

/** Adds one to an anonymous per-day count kept for reports. */
export async function tally(db: Pick<Db, "tally">, metric: string, day: string): Promise<void> {
  await db.tally.upsert({
    where: { metric_day: { metric, day } },
    create: { metric, day, count: 1 },
    update: { count: { increment: 1 } },
  });
}
