// Legal-aid clinics: import from a file, list, close a day, and each clinic's
// free slots (from its schedule, closures and the seats already booked).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import { clinicsFile, sheltersFile, TOPICS, type ClinicInput, type Shelter, type Topic, type Weekday } from "../domain/legal-aid/clinics.ts";
import { getI18n } from "../i18n.ts";
import { projectRoot } from "../paths.ts";
import path from "node:path";
import { bishkekTime, computeSlots, daysFrom, type Schedule, type Slot } from "../domain/legal-aid/slots.ts";
import type { Clinic } from "../generated/prisma/client.ts";

/** How far ahead people can book (days, today included). */
export const BOOKING_HORIZON_DAYS = 14;

export interface ImportProblem {
  field: string;
  message: string;
}

/** Reads and checks a clinics file (YAML or JSON, a list of clinics). */
export function readClinicsFile(file: string): { ok: true; clinics: ClinicInput[] } | { ok: false; problems: ImportProblem[] } {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, problems: [{ field: "(file)", message: `is not valid YAML or JSON: ${(error as Error).message.split("\n")[0]}` }] };
  }
  const checked = clinicsFile.safeParse(data);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({
        field: issue.path.reduce<string>((out, k) => (typeof k === "number" ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), "") || "(file)",
        message: issue.code === "unrecognized_keys" ? `has unknown field(s): ${issue.keys.join(", ")}` : issue.message,
      })),
    };
  }
  const keys = new Set<string>();
  const problems: ImportProblem[] = [];
  checked.data.forEach((c, i) => {
    if (keys.has(c.key)) problems.push({ field: `[${i}].key`, message: `"${c.key}" is listed twice` });
    keys.add(c.key);
  });
  return problems.length ? { ok: false, problems } : { ok: true, clinics: checked.data };
}

/** A whole Bishkek day as a closure interval. */
const wholeDay = (day: string) => {
  const startsAt = bishkekTime(day, "00:00");
  return { startsAt, endsAt: new Date(startsAt.getTime() + 86_400_000) };
};

/** Creates or updates clinics by key; adds their closed days. Returns how many were created and updated. */
export async function importClinics(db: Db, clinics: readonly ClinicInput[]): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  await db.$transaction(async (tx) => {
    for (const c of clinics) {
      const data = {
        nameKy: c.name.ky,
        nameRu: c.name.ru,
        region: c.region,
        addressKy: c.address.ky,
        addressRu: c.address.ru,
        phone: c.phone,
        hours: JSON.stringify(c.hours),
        lunchFrom: c.lunch?.[0] ?? null,
        lunchTo: c.lunch?.[1] ?? null,
        slotMinutes: c.slotMinutes,
        seats: c.seats,
        topics: JSON.stringify(c.topics === "all" ? TOPICS : c.topics),
        languages: JSON.stringify(c.languages),
        latitude: c.location?.lat ?? null,
        longitude: c.location?.lon ?? null,
        sample: c.sample,
        active: true,
      };
      const existing = await tx.clinic.findUnique({ where: { key: c.key } });
      const clinic = existing ? await tx.clinic.update({ where: { id: existing.id }, data }) : await tx.clinic.create({ data: { key: c.key, ...data } });
      if (existing) updated++;
      else created++;
      for (const day of c.closed) {
        const { startsAt, endsAt } = wholeDay(day);
        const already = await tx.clinicClosure.findFirst({ where: { clinicId: clinic.id, startsAt, endsAt } });
        if (!already) await tx.clinicClosure.create({ data: { clinicId: clinic.id, startsAt, endsAt, reason: "closed" } });
      }
    }
  });
  return { created, updated };
}

/** Closes a clinic for a whole day (no new bookings; existing ones are the caller's to handle). */
export async function closeClinicDay(db: Db, clinicId: number, day: string, createdBy: bigint | null = null, reason = "closed") {
  const { startsAt, endsAt } = wholeDay(day);
  return blockTime(db, clinicId, startsAt, endsAt, createdBy, reason);
}

/** Blocks a time range at a clinic (a closure); returns the closure. */
export async function blockTime(db: Db, clinicId: number, startsAt: Date, endsAt: Date, createdBy: bigint | null, reason = "") {
  return db.clinicClosure.create({ data: { clinicId, startsAt, endsAt, reason, createdBy } });
}

export const clinicSchedule = (clinic: Clinic): Schedule => ({
  hours: JSON.parse(clinic.hours) as Partial<Record<Weekday, [string, string] | null>>,
  lunch: clinic.lunchFrom && clinic.lunchTo ? [clinic.lunchFrom, clinic.lunchTo] : null,
  slotMinutes: clinic.slotMinutes,
  seats: clinic.seats,
});

export const clinicTopics = (clinic: Clinic) => JSON.parse(clinic.topics) as Topic[];
export const clinicAddress = (clinic: Clinic, locale: Locale) => (locale === "ky" ? clinic.addressKy : clinic.addressRu);

/** Active clinics that take this topic, for the booking flow. */
export async function clinicsFor(db: Db, topic: Topic) {
  const clinics = await db.clinic.findMany({ where: { active: true, seats: { gt: 0 } }, orderBy: { id: "asc" } });
  return clinics.filter((c) => c.hours !== "{}" && clinicTopics(c).includes(topic));
}

/** The clinic's slots from now to the horizon; free ones only unless `includeFull`. */
export async function clinicSlots(db: Db, clinic: Clinic, now: Date, options: { horizonDays?: number; includeFull?: boolean; leadMinutes?: number } = {}): Promise<Slot[]> {
  const horizonDays = options.horizonDays ?? BOOKING_HORIZON_DAYS;
  const days = daysFrom(now, horizonDays + 1);
  const from = bishkekTime(days[0]!, "00:00");
  const to = bishkekTime(days.at(-1)!, "00:00");
  const [closures, booked] = await Promise.all([
    db.clinicClosure.findMany({ where: { clinicId: clinic.id, startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true } }),
    db.booking.groupBy({ by: ["startsAt"], where: { clinicId: clinic.id, seat: { not: null }, startsAt: { gte: from, lt: to } }, _count: { _all: true } }),
  ]);
  const taken = new Map(booked.map((b) => [b.startsAt.getTime(), b._count._all]));
  return computeSlots(clinicSchedule(clinic), { now, horizonDays, closures, taken, includeFull: options.includeFull, leadMinutes: options.leadMinutes });
}

let shelters: Shelter[] | undefined;
/** The checked shelters (src/domain/legal-aid/shelters.yaml), read once. */
export function listShelters(): Shelter[] {
  shelters ??= sheltersFile.parse(parse(readFileSync(path.join(projectRoot, "src", "domain", "legal-aid", "shelters.yaml"), "utf8")) ?? []);
  return shelters;
}
/** For tests: a different list (undefined: read the file again). */
export function setShelters(list: Shelter[] | undefined): void {
  shelters = list;
}

/** The shelters' lines for the emergency message, or the sentence saying there is no checked list. */
export function sheltersText(locale: Locale): string {
  const t = (key: string, args?: Record<string, string>) => getI18n().t(locale, key, args);
  const list = listShelters();
  if (list.length === 0) return t("legal-shelters-none");
  const lines = list.map((s) => `• ${s.name[locale]} (${t(`region-${s.region}`)}) — ${s.phone}`);
  return `${t("legal-shelters-title")}\n${lines.join("\n")}`;
}
