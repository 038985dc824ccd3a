// grammY storage adapters (sessions, conversations) backed by the StoredState table.
import type { StorageAdapter } from "grammy";
import type { Db, FastReads } from "./client.ts";

/** A key/value store for one scope ("session", "conversation"); values are JSON. */
export function stateStorage<T>(db: Db, reads: FastReads, scope: string): StorageAdapter<T> {
  return {
    read(key) {
      const value = reads.state(scope, key);
      return value === undefined ? undefined : (JSON.parse(value) as T);
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
