// What node-cron runs, in service time (Asia/Bishkek). Started by src/main.ts only.
import cron, { type ScheduledTask } from "node-cron";
import { SERVICE_TIME_ZONE } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { Clock } from "../time.ts";
import type { Api } from "grammy";
import type { FastReads } from "../db/client.ts";
import { anonymizeOldBookings, deleteOldInvites, deleteOldNotices, deleteOldPicks, deleteStaleState } from "./cleanup.ts";
import { sendEmployerDigests, sendJobseekerDigests } from "./jobs-digest.ts";
import { escalateUnconfirmed, sendDigests, sendReminders } from "./legal-aid.ts";
import { deliverNotices, type NoticeHandlers } from "./notices.ts";
import { expireStaleRumours } from "../services/factchecks.ts";

export function scheduleJobs(deps: { db: Db; reads: FastReads; logger: Logger; clock: Clock; api: Api; notices: NoticeHandlers }): { stop(): void } {
  const run = (name: string, job: () => Promise<unknown>) => async () => {
    try {
      const done = await job();
      if (done) deps.logger.info({ job: name, done }, "job done");
    } catch (err) {
      deps.logger.error({ err, job: name }, "job failed");
    }
  };
  const every = (expression: string, name: string, job: () => Promise<unknown>) =>
    cron.schedule(expression, run(name, job), { timezone: SERVICE_TIME_ZONE, name, noOverlap: true });
  const reminders = () => sendReminders(deps, deps.api);
  const notices = () => deliverNotices(deps, deps.api, deps.notices);
  // Reminders and notices due while the bot was down go out at once, not at the next minute.
  void run("reminders", reminders)();
  void run("notices", notices)();
  const tasks: ScheduledTask[] = [
    // Legal-aid reminders: each claimed just before its send and marked after it, so a restart loses none.
    every("* * * * *", "reminders", reminders),
    // Notices that follow a change (a new booking to the clinic, a confirmation to the citizen) that did not go
    // out at once (a crash between the change and the send, Telegram down): queued with the change, claimed here.
    every("* * * * *", "notices", notices),
    // Bookings nobody at the clinic has confirmed: to the admins, once each (every 15 minutes).
    every("*/15 * * * *", "escalate", () => escalateUnconfirmed(deps, deps.api)),
    // The clinics' list of the day from 08:00 (once per clinic and day, even across restarts); tried every
    // 15 minutes until 10:45, so a list that could not be sent goes out later that morning.
    every("*/15 8-10 * * *", "digest", () => sendDigests(deps, deps.api)),
    // Jobs: new fitting vacancies to jobseekers and new applicants to employers, once a day at 10:00.
    every("0 10 * * *", "jobs-digest", async () => (await sendJobseekerDigests(deps, deps.api)) + (await sendEmployerDigests(deps, deps.api))),
    cron.schedule(
      "15 3 * * *", // 03:15 every night
      async () => {
        try {
          const deleted = await deleteStaleState(deps.db, deps.clock.now());
          const invites = await deleteOldInvites(deps.db, deps.clock.now());
          const bookings = await anonymizeOldBookings(deps.db, deps.clock.now());
          const picks = await deleteOldPicks(deps.db, deps.clock.now());
          const notices = await deleteOldNotices(deps.db, deps.clock.now());
          const rumours = await expireStaleRumours(deps.db, deps.clock.now());
          deps.logger.info({ job: "cleanup", deleted, invites, bookings, picks, notices, rumours }, "stale conversation state, old invites, undecided picks and old notices deleted, old bookings anonymised, untouched rumours closed");
        } catch (err) {
          deps.logger.error({ err, job: "cleanup" }, "job failed");
        }
      },
      { timezone: SERVICE_TIME_ZONE, name: "cleanup", noOverlap: true },
    ),
  ];
  return { stop: () => tasks.forEach((task) => void task.stop()) };
}
