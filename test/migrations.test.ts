// Migrations apply on an empty database and on one at each earlier migration,
// keep data, end at the same schema, and match prisma/schema.prisma.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.ts";
import { applyMigrations, diffMigrationsToSchema, migrationsDir } from "../src/db/schema-engine.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-migrations-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const names = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name")
    .all() as { sql: string | null }[];
  db.close();
  return rows.map((r) => JSON.stringify(r));
}

/** A copy of prisma/migrations holding only the first `count` migrations. */
function firstMigrations(count: number): string {
  const target = path.join(dir, `migrations-${count}`);
  mkdirSync(target);
  cpSync(path.join(migrationsDir, "migration_lock.toml"), path.join(target, "migration_lock.toml"));
  for (const name of names.slice(0, count)) cpSync(path.join(migrationsDir, name), path.join(target, name), { recursive: true });
  return target;
}

describe("migrations", () => {
  it("schema.prisma has no change that is missing a migration", async () => {
    expect((await diffMigrationsToSchema()).replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("apply to an empty database, once, and open it in WAL mode with a 2 MiB page cache", async () => {
    const url = `file:${dir}/fresh.db`;
    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);
    const database = await openDatabase(url);
    const { db } = database;
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
    // Both connections keep SQLite's 2 MiB page cache, not better-sqlite3's 16 MB (memory with many people).
    const [cache] = await db.$queryRawUnsafe<{ cache_size: number }[]>("PRAGMA cache_size");
    expect(Number(cache?.cache_size)).toBe(-2048);
    expect((database.reads as unknown as { db: Database.Database }).db.pragma("cache_size", { simple: true })).toBe(-2048);
    await db.user.create({ data: { id: 2n ** 40n, language: "ky" } });
    expect((await db.user.findFirst())?.id).toBe(2n ** 40n);
    await database.close();
  });

  it.each(names.map((_, i) => i))("bring a database at migration %i of the list to the same schema as a fresh one", async (count) => {
    const upgraded = path.join(dir, "upgraded.db");
    await applyMigrations(`file:${upgraded}`, firstMigrations(count));
    expect(await applyMigrations(`file:${upgraded}`)).toEqual(names.slice(count));
    const fresh = path.join(dir, "fresh.db");
    await applyMigrations(`file:${fresh}`);
    expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
  });

  it("apply a later migration to a database in use, keeping its rows", async () => {
    // The next real migration will do this; a fixture one checks the path now.
    const url = `file:${dir}/in-use.db`;
    await applyMigrations(url);
    const raw = new Database(`${dir}/in-use.db`);
    raw.prepare("INSERT INTO User (id, language, firstSeenAt, lastSeenAt) VALUES (?, 'ky', 0, 0)").run(777);
    raw.prepare("INSERT INTO StoredState (scope, key, value, updatedAt) VALUES ('conversation', '777', '{}', 0)").run();
    raw.close();

    const later = firstMigrations(names.length);
    const fixture = "99990101000000_fixture_add_note";
    mkdirSync(path.join(later, fixture));
    writeFileSync(path.join(later, fixture, "migration.sql"), 'ALTER TABLE "User" ADD COLUMN "note" TEXT;\n');
    expect(await applyMigrations(url, later)).toEqual([fixture]);

    const after = new Database(`${dir}/in-use.db`, { readonly: true });
    expect(after.prepare("SELECT id, language, note FROM User").all()).toEqual([{ id: 777, language: "ky", note: null }]);
    expect(after.prepare("SELECT COUNT(*) AS n FROM StoredState").get()).toEqual({ n: 1 });
    expect(after.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name").all()).toEqual(
      [...names, fixture].map((migration_name) => ({ migration_name })),
    );
    after.close();
  });
});

describe("dates as stored", () => {
  it("read Prisma's ISO text and SQLite's CURRENT_TIMESTAMP as the same UTC moment", async () => {
    const { parseStoredDate } = await import("../src/db/fast-reads.ts");
    const moment = Date.UTC(2026, 10, 23, 19, 37, 12);
    expect(parseStoredDate("2026-11-23T19:37:12.000+00:00").getTime()).toBe(moment);
    expect(parseStoredDate("2026-11-23 19:37:12").getTime()).toBe(moment);
    expect(parseStoredDate("2026-11-23T19:37:12Z").getTime()).toBe(moment);
    expect(parseStoredDate(moment).getTime()).toBe(moment);
  });
});
