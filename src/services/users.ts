// The people who write to the bot.
import { isLocale, type Locale, type UserRecord } from "../context.ts";
import type { Db } from "../db/client.ts";

/** lastSeenAt is refreshed at most this often, to spare a write on every message. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Finds or creates the person and notes that they were here. */
export async function touchUser(db: Db, id: bigint, now: Date): Promise<UserRecord> {
  const row = await db.user.findUnique({ where: { id }, select: { language: true, lastSeenAt: true } });
  if (!row) {
    const created = await db.user.upsert({
      where: { id },
      create: { id, firstSeenAt: now, lastSeenAt: now },
      update: { lastSeenAt: now },
      select: { language: true },
    });
    return { id, language: isLocale(created.language) ? created.language : null };
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.user.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return { id, language: isLocale(row.language) ? row.language : null };
}

export async function userLanguage(db: Db, id: bigint): Promise<Locale | null> {
  const row = await db.user.findUnique({ where: { id }, select: { language: true } });
  return isLocale(row?.language) ? row.language : null;
}
