// Legal-aid jobs: reminders to citizens (24 h and 2 h before, with Cancel)
// and the clinics' morning digest. Both are driven by rows in the database,
// claimed before sending, so a restart neither loses nor repeats them.
import { InlineKeyboard, type Api } from "grammy";
import type { Db, FastReads } from "../db/client.ts";
import { isLocale, type Locale } from "../context.ts";
import type { Logger } from "../logger.ts";
import { bishkekDayOf } from "../domain/legal-aid/slots.ts";
import { MY_PREFIX } from "../features/legal-aid.ts";
import { citizenBookingText, clinicListing, translator } from "../services/booking-text.ts";
import { ACTIVE_STATUSES, claimNextReminder, reminderDone } from "../services/bookings.ts";
import { sendToPerson } from "../services/delivery.ts";
import { clinicScope } from "../services/roles.ts";
import { notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import type { Clock } from "../time.ts";

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
  const dayStart = new Date(`${day}T00:00:00+06:00`);
  const clinics = await deps.db.booking.groupBy({
    by: ["clinicId"],
    where: { status: { in: ACTIVE_STATUSES }, startsAt: { gte: dayStart, lt: new Date(dayStart.getTime() + 86_400_000) } },
  });
  let sent = 0;
  for (const { clinicId } of clinics) {
    try {
      await deps.db.jobRun.create({ data: { name: "digest", key: `${clinicId}:${day}`, at: now } });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") continue; // already sent today
      throw error;
    }
    const listings = new Map<Locale, string>();
    for (const locale of ["ky", "ru"] as const) {
      const listing = await clinicListing(deps.db, clinicId, now, 1, locale);
      if (listing) listings.set(locale, `${translator(locale)("legal-digest-title")}\n\n${listing.text}`);
    }
    const delivered = listings.size === 0 ? 0 : await notifyStaff(deps, api, { role: "clinic_staff", scope: clinicScope(clinicId) }, (locale) => ({ text: listings.get(locale)! }));
    // Done only once it went out: otherwise the claim goes, and the next run tries again.
    if (delivered === 0) await deps.db.jobRun.deleteMany({ where: { name: "digest", key: `${clinicId}:${day}` } });
    sent += delivered;
  }
  return sent;
}
