// grammY storage adapters (sessions, conversations) backed by the StoredState table.
import type { StorageAdapter } from "grammy";
import type { Db, FastReads } from "./client.ts";

/**
 * Values read ahead for the update being handled (the conversation state comes
 * with the person, in one read: FastReads.visit). The first read of a key takes
 * its value; a write or delete drops it; the update drops what is left at its
 * end. Updates of one chat run one at a time, so the value is never another
 * update's.
 */
export class ReadAhead {
  private readonly values = new Map<string, string | undefined>();

  put(key: string, value: string | undefined): void {
    this.values.set(key, value);
  }

  take(key: string): { value: string | undefined } | undefined {
    if (!this.values.has(key)) return undefined;
    const value = this.values.get(key);
    this.values.delete(key);
    return { value };
  }

  drop(key: string): void {
    this.values.delete(key);
  }
}

/** A key/value store for one scope ("session", "conversation"); values are JSON. */
export function stateStorage<T>(db: Db, reads: FastReads, scope: string, readAhead?: ReadAhead): StorageAdapter<T> {
  return {
    read(key) {
      const value = (readAhead?.take(key) ?? { value: reads.state(scope, key) }).value;
      return value === undefined ? undefined : (JSON.parse(value) as T);
    },
    async write(key, value) {
      readAhead?.drop(key);
      const json = JSON.stringify(value);
      await db.storedState.upsert({
        where: { scope_key: { scope, key } },
        create: { scope, key, value: json },
        update: { value: json },
      });
    },
    async delete(key) {
      readAhead?.drop(key);
      await db.storedState.deleteMany({ where: { scope, key } });
    },
  };
}
