// Prisma's WebAssembly schema engine, driven through the better-sqlite3 adapter.
// The native engine that `prisma migrate` downloads cannot be fetched on our
// machines; this engine creates and applies the same migrations and keeps
// Prisma's own `_prisma_migrations` table, so `prisma migrate deploy` stays
// compatible wherever the native engine is available.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { projectRoot } from "../paths.ts";

const require = createRequire(import.meta.url);

/** How long a query waits for another writer's lock before it fails (ms). */
export const BUSY_TIMEOUT_MS = 10_000;
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm");
type WasmExports = Record<string, unknown>;
/** The part of the WebAssembly global we use (lib "dom" is not in our tsconfig). */
const wasmApi = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }> };
}).WebAssembly;
let engineModule: Promise<EngineModule> | undefined;

/** Loads the wasm module once per process (it is a bundler build, so we wire it by hand). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

/** Turns `file:./data/komok.db` into a filesystem path and makes sure its folder exists. */
export function sqlitePath(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

/**
 * The engine replays whole migration files on the shadow database through
 * `executeRaw`, which better-sqlite3 runs with `prepare()`, one statement only.
 * A parameterless multi-statement script is run with `executeScript` instead.
 */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

/** Opens the database for the engine; `close` frees the engine and every connection it opened. */
export async function openSchemaEngine(databaseUrl: string): Promise<{ engine: SchemaEngine; close(): Promise<void> }> {
  const { SchemaEngine } = await loadEngineModule();
  const inner = new PrismaBetterSqlite3({ url: sqlitePath(databaseUrl), timeout: BUSY_TIMEOUT_MS });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => (opened.push(adapter), acceptScripts(adapter));
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/** Reads prisma/migrations the way the Prisma CLI hands it to the engine. */
export function readMigrations(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Whether some migration in `dir` is not yet applied (or one failed): read
 * from `_prisma_migrations` with a plain read-only connection.
 */
export function hasPendingMigrations(file: string, dir = migrationsDir): boolean {
  if (file === ":memory:" || !existsSync(file)) return true;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return true;
    const rows = db
      .prepare("SELECT migration_name AS name, finished_at IS NOT NULL AS done FROM _prisma_migrations WHERE rolled_back_at IS NULL")
      .all() as { name: string; done: number }[];
    if (rows.some((r) => !r.done)) return true; // a failed migration: the engine reports it
    const applied = new Set(rows.map((r) => r.name));
    return readMigrations(dir).migrationDirectories.some((m) => !applied.has(m.path));
  } finally {
    db.close();
  }
}

/**
 * Applies every pending migration; returns the names applied now. The engine
 * locks the database file exclusively while it works, so it is only started
 * when something is pending: a database already up to date can be opened
 * while the bot runs (the operator CLI does that).
 */
export async function applyMigrations(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  if (!hasPendingMigrations(sqlitePath(databaseUrl), dir)) return [];
  const { engine, close } = await openSchemaEngine(databaseUrl);
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(dir), filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The SQL that takes a database at the last migration to the current schema ("" when none). */
export async function diffMigrationsToSchema(dir = migrationsDir): Promise<string> {
  const { engine, close } = await openSchemaEngine("file::memory:");
  try {
    const schema = readFileSync(schemaPath, "utf8");
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrations(dir) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}
