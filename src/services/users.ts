// The people who write to the bot.
import { isLocale, type Locale, type UserRecord } from "../context.ts";
import type { Db, FastReads } from "../db/client.ts";
import type { KnownUser } from "../db/fast-reads.ts";
import type { Logger } from "../logger.ts";

/**
 * lastSeenAt is refreshed at most this often, to spare a write on every message:
 * it feeds the 7- and 30-day activity counts and "last seen" in /mydata, which
 * need no finer time. (A write costs ~110 µs of CPU even as raw SQL, more than
 * the rest of a /menu update.)
 */
const LAST_SEEN_RESOLUTION_MS = 15 * 60_000;

/**
 * The person behind an update, from their row as read for it (FastReads.visit).
 * Someone already known is answered without waiting (now and then a lastSeenAt
 * write that is not waited for); a newcomer's row is created first.
 */
export function identifyUser(
  db: Db,
  row: KnownUser | undefined,
  id: bigint,
  now: Date,
  log: () => Logger,
): UserRecord | Promise<UserRecord> {
  if (!row) {
    return db.user
      .upsert({
        where: { id },
        create: { id, firstSeenAt: now, lastSeenAt: now },
        update: { lastSeenAt: now },
        select: { language: true },
      })
      .then((created) => ({ id, language: isLocale(created.language) ? created.language : null }));
  }
  // Writing again after blocking the bot means it may message them again.
  if (row.blocked || now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    // Raw SQL: half the CPU of the query builder's update (bench/, issue 21).
    db.$executeRaw`UPDATE "User" SET "lastSeenAt" = ${now}, "blockedAt" = NULL WHERE "id" = ${id}`
      .catch((err: unknown) => log().warn({ err }, "could not note lastSeenAt"));
  }
  return { id, language: isLocale(row.language) ? row.language : null, roles: row.roles };
}

export function userLanguage(reads: FastReads, id: bigint): Locale | null {
  const language = reads.user(id)?.language;
  return isLocale(language) ? language : null;
}
