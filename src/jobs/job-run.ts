// A JobRun row is a claim: a job done once per key (a clinic and a day, a
// booking), even with a restart or a second worker in between.
import { isUniqueViolation, type Db } from "../db/client.ts";

/** Claims `name`/`key`; false when it was claimed already. */
export async function claimRun(db: Db, name: string, key: string, at: Date): Promise<boolean> {
  try {
    await db.jobRun.create({ data: { name, key, at } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives a claim back when the work did not go out, so the next run tries again. */
export async function releaseRun(db: Db, name: string, key: string): Promise<void> {
  await db.jobRun.deleteMany({ where: { name, key } });
}
