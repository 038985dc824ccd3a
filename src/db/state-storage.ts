// grammY storage adapters (sessions, conversations) backed by the StoredState table.
import type { StorageAdapter } from "grammy";
import type { Db } from "./client.ts";

/** A key/value store for one scope ("session", "conversation"); values are JSON. */
export function stateStorage<T>(db: Db, scope: string): StorageAdapter<T> {
  return {
    async read(key) {
      const row = await db.storedState.findUnique({ where: { scope_key: { scope, key } }, select: { value: true } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.storedState.upsert({
        where: { scope_key: { scope, key } },
        create: { scope, key, value: json },
        update: { value: json },
      });
    },
    async delete(key) {
      await db.storedState.deleteMany({ where: { scope, key } });
    },
  };
}
