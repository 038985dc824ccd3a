// Legal-aid jobs: reminders to citizens (24 h and 2 h before, with Cancel)
// and the clinics' morning digest. Both are driven by rows in the database,
// claimed before sending, so a restart neither loses nor repeats them.
import { InlineKeyboard, type Api } from "grammy";
import type { Db, FastReads } from "../db/client.ts";
import { isLocale, type Locale } from "../context.ts";
import type { Logger } from "../logger.ts";
import { bishkekDayOf, bishkekTime } from "../domain/legal-aid/slots.ts";
import { MY_PREFIX } from "../features/legal-aid.ts";
import { citizenBookingText, clinicListing, translator, whenText } from "../services/booking-text.ts";
import { ACTIVE_STATUSES, claimNextReminder, reminderDone } from "../services/bookings.ts";
import { sendToPerson } from "../services/delivery.ts";
import { clinicName } from "../services/orgs.ts";
import { clinicScope } from "../services/roles.ts";
import { notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import type { Clock } from "../time.ts";
import { claimRun, releaseRun } from "./job-run.ts";

export interface JobDeps {
  db: Db;
  reads: FastReads;
  logger: Logger;
  clock: Clock;
}

/** Sends the reminders that are due, one claimed at a time; returns how many went out. */
export async function sendReminders(deps: JobDeps, api: Api): Promise<number> {
  let sent = 0;
  for (;;) {
    const reminder = await claimNextReminder(deps.db, deps.clock.now());
    if (!reminder) return sent;
    const b = reminder.booking;
    const locale: Locale = userLanguage(deps.reads, b.userId) ?? (isLocale(b.language) ? b.language : "ru");
    const t = translator(locale);
    const text = `${t(`legal-reminder-${reminder.kind}`)}\n\n${citizenBookingText(locale, b)}`;
    const keyboard = new InlineKeyboard().text(t("legal-my-move"), `${MY_PREFIX}:r:${b.id}`).text(t("legal-my-cancel"), `${MY_PREFIX}:c:${b.id}`);
    if (await sendToPerson(api, deps.reads, deps.logger, b.userId, text, { reply_markup: keyboard })) sent++;
    await reminderDone(deps.db, reminder.id, deps.clock.now());
  }
}

/**
 * Each clinic with bookings today gets the day's list once (a JobRun row per
 * clinic and day is the claim).
 */
export async function sendDigests(deps: JobDeps, api: Api): Promise<number> {
  const now = deps.clock.now();
  const day = bishkekDayOf(now);
  const dayStart = bishkekTime(day, "00:00");
  const clinics = await deps.db.booking.groupBy({
    by: ["clinicId"],
    where: { status: { in: ACTIVE_STATUSES }, startsAt: { gte: dayStart, lt: new Date(dayStart.getTime() + 86_400_000) } },
  });
  let sent = 0;
  for (const { clinicId } of clinics) {
    if (!(await claimRun(deps.db, "digest", `${clinicId}:${day}`, now))) continue; // already sent today
    const listings = new Map<Locale, string>();
    for (const locale of ["ky", "ru"] as const) {
      const listing = await clinicListing(deps.db, clinicId, now, 1, locale);
      if (listing) listings.set(locale, `${translator(locale)("legal-digest-title")}\n\n${listing.text}`);
    }
    const delivered = listings.size === 0 ? 0 : await notifyStaff(deps, api, { role: "clinic_staff", scope: clinicScope(clinicId) }, (locale) => ({ text: listings.get(locale)! }));
    // Done only once it went out: otherwise the claim goes, and the next run tries again.
    if (delivered === 0) await releaseRun(deps.db, "digest", `${clinicId}:${day}`);
    sent += delivered;
  }
  return sent;
}

/** A booking still unconfirmed this long after it was made, or this close to the visit, is escalated to the admins. */
export const ESCALATE_AFTER_MS = 12 * 3_600_000;
export const ESCALATE_BEFORE_MS = 24 * 3_600_000;

/**
 * Tells the admins, once per booking, of each upcoming booking the clinic has
 * neither confirmed nor declined 12 hours after it was made, or 24 hours
 * before the visit: someone has to reach the clinic (or invite its staff).
 */
export async function escalateUnconfirmed(deps: JobDeps, api: Api): Promise<number> {
  const now = deps.clock.now();
  const late = await deps.db.booking.findMany({
    where: {
      status: "pending",
      startsAt: { gt: now },
      OR: [{ createdAt: { lte: new Date(now.getTime() - ESCALATE_AFTER_MS) } }, { startsAt: { lte: new Date(now.getTime() + ESCALATE_BEFORE_MS) } }],
    },
    include: { clinic: true },
    orderBy: { startsAt: "asc" },
  });
  let told = 0;
  for (const b of late) {
    if (!(await claimRun(deps.db, "escalate", String(b.id), now))) continue; // told already
    const sent = await notifyStaff(deps, api, { role: "admin", scope: "" }, (locale) => {
      const t = translator(locale);
      return { text: t("legal-admin-unconfirmed", { ref: b.ref, clinic: clinicName(b.clinic, locale), clinicId: String(b.clinicId), when: whenText(t, b.startsAt) }) };
    });
    if (sent === 0) await releaseRun(deps.db, "escalate", String(b.id));
    else told++;
  }
  return told;
}

