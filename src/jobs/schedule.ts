// What node-cron runs, in service time (Asia/Bishkek). Started by src/main.ts only.
import cron, { type ScheduledTask } from "node-cron";
import { SERVICE_TIME_ZONE } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { Clock } from "../time.ts";
import { deleteOldInvites, deleteStaleState } from "./cleanup.ts";

export function scheduleJobs(deps: { db: Db; logger: Logger; clock: Clock }): { stop(): void } {
  const tasks: ScheduledTask[] = [
    cron.schedule(
      "15 3 * * *", // 03:15 every night
      async () => {
        try {
          const deleted = await deleteStaleState(deps.db, deps.clock.now());
          const invites = await deleteOldInvites(deps.db, deps.clock.now());
          deps.logger.info({ job: "cleanup", deleted, invites }, "stale conversation state and old invites deleted");
        } catch (err) {
          deps.logger.error({ err, job: "cleanup" }, "job failed");
        }
      },
      { timezone: SERVICE_TIME_ZONE, name: "cleanup", noOverlap: true },
    ),
  ];
  return { stop: () => tasks.forEach((task) => void task.stop()) };
}
