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
import { releaseClaimedReminders } from "../services/bookings.ts";
import { releaseClaimedNotices } from "../services/notices.ts";
import { expireStaleRumours } from "../services/factchecks.ts";

/**
 * At start: reminders and notices claimed but not marked sent were being sent
 * when the process stopped; they go back to the queue (each may arrive twice,
 * none is lost). Returns how many of each.
 */
export async function releaseInterruptedSends(db: Db): Promise<{ reminders: number; notices: number }> {
  return { reminders: await releaseClaimedReminders(db), notices: await releaseClaimedNotices(db) };
}

export interface ScheduleDeps {
  db: Db;
  reads: FastReads;
  logger: Logger;
  clock: Clock;
  api: Api;
  notices: NoticeHandlers;
}

/** A job that sends something, when cron runs it (Bishkek time); it returns how many it sent. */
export interface SendingJob {
  name: string;
  cron: string;
  run(deps: ScheduleDeps): Promise<number>;
}

/** The jobs that send messages, in the order they run; the chat simulator runs the same list (:time, :jobs). */
export const SENDING_JOBS = [
  // Notices that follow a change (a new booking to the clinic, a confirmation to the citizen) that did not go
  // out at once (a crash between the change and the send, Telegram down): queued with the change, claimed here.
  { name: "notices", cron: "* * * * *", run: (d) => deliverNotices(d, d.api, d.notices) },
  // Legal-aid reminders: each claimed just before its send and marked after it, so a restart loses none.
  { name: "reminders", cron: "* * * * *", run: (d) => sendReminders(d, d.api) },
  // Bookings nobody at the clinic has confirmed: to the admins, once each (every 15 minutes).
  { name: "escalate", cron: "*/15 * * * *", run: (d) => escalateUnconfirmed(d, d.api) },
  // The clinics' list of the day from 08:00 (once per clinic and day, even across restarts); tried every
  // 15 minutes until 10:45, so a list that could not be sent goes out later that morning.
  { name: "digest", cron: "*/15 8-10 * * *", run: (d) => sendDigests(d, d.api) },
  // Jobs: new fitting vacancies to jobseekers and new applicants to employers, once a day at 10:00.
  { name: "jobs-digest", cron: "0 10 * * *", run: async (d) => (await sendJobseekerDigests(d, d.api)) + (await sendEmployerDigests(d, d.api)) },
] as const satisfies readonly SendingJob[];

export function scheduleJobs(deps: ScheduleDeps): { stop(): void } {
  const run = (name: string, job: () => Promise<unknown>) => async () => {
    try {
      const done = await job();
      if (done) deps.logger.info({ job: name, done }, "job done");
    } catch (err) {
      deps.logger.error({ err, job: name }, "job failed");
    }
  };
  // Those due every minute (notices, reminders) that came due while the bot was down go out at once.
  for (const job of SENDING_JOBS) if (job.cron === "* * * * *") void run(job.name, () => job.run(deps))();
  const tasks: ScheduledTask[] = [
    ...SENDING_JOBS.map((job) => cron.schedule(job.cron, run(job.name, () => job.run(deps)), { timezone: SERVICE_TIME_ZONE, name: job.name, noOverlap: true })),
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
