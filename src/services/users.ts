// The people who write to the bot.
import { isLocale, type Locale, type UserRecord } from "../context.ts";
import type { Db, FastReads } from "../db/client.ts";
import type { Logger } from "../logger.ts";

/** lastSeenAt is refreshed at most this often, to spare a write on every message. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * The person behind an update. Someone already known is answered without
 * waiting (a read, and now and then a lastSeenAt write that is not waited
 * for); a newcomer's row is created first.
 */
export function identifyUser(
  db: Db,
  reads: FastReads,
  id: bigint,
  now: Date,
  log: () => Logger,
): UserRecord | Promise<UserRecord> {
  const row = reads.user(id);
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
    db.user
      .update({ where: { id }, data: { lastSeenAt: now, blockedAt: null } })
      .catch((err: unknown) => log().warn({ err }, "could not note lastSeenAt"));
  }
  return { id, language: isLocale(row.language) ? row.language : null };
}

export function userLanguage(reads: FastReads, id: bigint): Locale | null {
  const language = reads.user(id)?.language;
  return isLocale(language) ? language : null;
}
