// How a booking reads in the chat: the day and time in Bishkek, the clinic,
// what to bring — for the citizen and for the clinic's staff.
import type { Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import { bishkekDayOf, bishkekTime, daysFrom, weekdayOf } from "../domain/legal-aid/slots.ts";
import { formatPhone } from "../domain/legal-aid/contact.ts";
import { getI18n } from "../i18n.ts";
import { clinicName } from "./orgs.ts";
import { bishkekDay, formatDate, formatTime } from "../time.ts";

type T = (key: string, args?: Record<string, string | number>) => string;
export const translator = (locale: Locale): T => (key, args) => getI18n().t(locale, key, args);

/** "Вт, 24.11" for a day button. */
export function dayLabel(t: T, day: string): string {
  const [, month, date] = day.split("-");
  return `${t(`weekday-short-${weekdayOf(day)}`)}, ${date}.${month}`;
}

/** "вторник, 24.11.2026, 10:00" */
export function whenText(t: T, at: Date): string {
  return t("legal-when", { weekday: t(`weekday-${weekdayOf(bishkekDay(at))}`), date: formatDate(at), time: formatTime(at) });
}

export interface BookingView {
  ref: string;
  startsAt: Date;
  topic: string;
  description: string | null;
  name: string;
  phone: string;
  contact: string;
  status: string;
  clinic: { nameKy: string; nameRu: string; addressKy: string; addressRu: string; phone: string; sample: boolean };
}

const clinicLine = (t: T, locale: Locale, c: BookingView["clinic"]) =>
  `${locale === "ky" ? c.nameKy : c.nameRu}${c.sample ? ` ${t("legal-sample-mark")}` : ""}`;

/** The citizen's view: where and when, what to bring, the reference. */
export function citizenBookingText(locale: Locale, b: BookingView): string {
  const t = translator(locale);
  return t("legal-booking-card", {
    ref: b.ref,
    when: whenText(t, b.startsAt),
    clinic: clinicLine(t, locale, b.clinic),
    address: locale === "ky" ? b.clinic.addressKy : b.clinic.addressRu,
    phone: b.clinic.phone,
    topic: t(`legal-topic-${b.topic}`),
    status: t(`legal-status-${b.status}`),
  });
}

/** The clinic's view: what consent allows (name, phone unless calls are unsafe, topic, description). */
export function staffBookingText(locale: Locale, b: BookingView, event: string): string {
  const t = translator(locale);
  const lines = [
    t(`legal-staff-${event}`, { ref: b.ref }),
    `🕒 ${whenText(t, b.startsAt)}`,
    `📂 ${t(`legal-topic-${b.topic}`)}`,
    `👤 ${b.name}`,
    b.contact === "call" ? `📞 ${formatPhone(b.phone)}` : t("legal-staff-no-calls"),
  ];
  if (b.description) lines.push(`📝 ${b.description}`);
  lines.push(t("legal-staff-status", { status: t(`legal-status-${b.status}`) }));
  return lines.join("\n");
}

/**
 * A clinic's bookings from the start of today (Bishkek) for `days` days, as
 * staff read them: time, reference, name, topic, status. Undefined if the
 * clinic is gone.
 */
export async function clinicListing(db: Db, clinicId: number, now: Date, days: number, locale: Locale): Promise<{ text: string; count: number } | undefined> {
  const clinic = await db.clinic.findUnique({ where: { id: clinicId } });
  if (!clinic) return undefined;
  const t = translator(locale);
  const from = bishkekTime(daysFrom(now, 1)[0]!, "00:00");
  const to = new Date(from.getTime() + days * 86_400_000);
  const bookings = await db.booking.findMany({
    where: { clinicId, startsAt: { gte: from, lt: to }, status: { in: ["pending", "confirmed", "done", "no_show"] } },
    orderBy: { startsAt: "asc" },
  });
  const lines = [t(days === 1 ? "legal-today-title" : "legal-week-title", { clinic: clinicName(clinic, locale), count: bookings.length })];
  let day = "";
  for (const b of bookings) {
    const d = bishkekDayOf(b.startsAt);
    if (days > 1 && d !== day) lines.push(`\n${t(`weekday-${weekdayOf(d)}`)}, ${formatDate(b.startsAt)}`);
    day = d;
    lines.push(`${formatTime(b.startsAt)} · ${b.ref} · ${b.name} · ${t(`legal-topic-${b.topic}`)} · ${t(`legal-status-${b.status}`)}`);
  }
  if (bookings.length === 0) lines.push(t("legal-listing-empty"));
  return { text: lines.join("\n"), count: bookings.length };
}
