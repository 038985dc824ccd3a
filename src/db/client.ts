// The Prisma client over better-sqlite3. One connection per process: SQLite
// serialises writers anyway, and the adapter queues queries on it.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { FastReads } from "./fast-reads.ts";
import { applyMigrations, BUSY_TIMEOUT_MS, sqlitePath } from "./schema-engine.ts";

export type Db = PrismaClient;

/**
 * SQLite's page cache per connection, in KiB. better-sqlite3 is built with
 * 16 MB, and two connections filled it: 17 MB of the bot's memory with 10 000
 * people mid-conversation. SQLite's own default of 2 MiB keeps the hot pages;
 * the rest come from the OS's file cache.
 */
export const PAGE_CACHE_KIB = 2048;
export { FastReads };

export interface Database {
  db: Db;
  /** Prepared reads for the per-update hot path. */
  reads: FastReads;
  appliedMigrations: string[];
  close(): Promise<void>;
}


/**
 * Opens the database: applies pending migrations, switches SQLite to WAL with
 * a busy timeout, and returns a connected client.
 */
export async function openDatabase(databaseUrl: string): Promise<Database> {
  const appliedMigrations = await applyMigrations(databaseUrl);
  const file = sqlitePath(databaseUrl);
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  // WAL lets readers go on while one writer commits; NORMAL sync in WAL mode
  // survives a crash of the process (only a power cut may lose the last commits).
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  // Deleted rows are overwritten with zeros, so an erased person's words are not left in free pages.
  await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
  await db.$queryRawUnsafe(`PRAGMA cache_size = -${PAGE_CACHE_KIB}`);
  const reads = new FastReads(file, PAGE_CACHE_KIB);
  return {
    db,
    reads,
    appliedMigrations,
    async close() {
      reads.close();
      await db.$disconnect();
    },
  };
}

/** A write refused by a unique index (Prisma's P2002): someone else took it first. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";
