// Vacancies: created by employers (a new employer's wait for an officer's
// approval) or by employment officers, imported from CSV row by row, open
// until they expire (30 days by default) or are closed.
import type { Db } from "../db/client.ts";
import { catalogue, matchOccupations, normalize } from "../domain/jobs/catalogue.ts";
import { districtsOf } from "../domain/jobs/places.ts";
import { rankVacancies, relatedOccupations, SCHEDULES, skillGaps, type Schedule, type Seeker } from "../domain/jobs/scoring.ts";
import { REGIONS, type Region } from "../domain/legal-aid/clinics.ts";
import { getI18n } from "../i18n.ts";
import { activeCourses } from "./courses.ts";
import { readCsv, type RowProblem } from "./csv.ts";
import { loadJobseeker } from "./jobseekers.ts";

export const VACANCY_DAYS = 30;
const LANGUAGES = ["ky", "ru", "en"] as const;

export interface VacancyInput {
  employerId: number;
  title: string;
  occupation: string;
  region: Region;
  district: string | null;
  wageMin: number | null;
  wageMax: number | null;
  schedule: Schedule;
  experienceYears: number;
  languages: string[];
  requirements: string;
  contact: string;
  /** Days until it expires (default 30). */
  days?: number;
}

/** Creates a vacancy: open at once from an officer or a trusted employer, else pending approval. */
export async function createVacancy(db: Db, input: VacancyInput, now: Date, by: { userId: bigint | null; officer: boolean }) {
  const employer = await db.employer.findUniqueOrThrow({ where: { id: input.employerId } });
  const { days = VACANCY_DAYS, languages, ...rest } = input;
  return db.vacancy.create({
    data: {
      ...rest,
      languages: JSON.stringify(languages),
      status: by.officer || employer.trusted ? "open" : "pending",
      createdBy: by.userId,
      approvedBy: by.officer ? by.userId : null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + days * 86_400_000),
    },
  });
}

export type { RowProblem } from "./csv.ts";

/** A region by key or by its name in either language ("Чуйская область", "Чүй облусу", "chui"). */
function findRegion(value: string): Region | undefined {
  const v = normalize(value);
  const i18n = getI18n();
  return REGIONS.find((r) => r === value.trim() || normalize(i18n.t("ru", `region-${r}`)) === v || normalize(i18n.t("ky", `region-${r}`)) === v);
}

/** An occupation by id, or by a name or synonym that names exactly one. */
function findOccupation(value: string): string | undefined {
  if (catalogue().byId.has(value.trim())) return value.trim();
  const sure = matchOccupations(value).filter((m) => m.how !== "similar");
  return sure.length === 1 ? sure[0]!.id : undefined;
}

const wholeNumber = (v: string | undefined, min: number, max: number): number | null | "bad" => {
  const s = (v ?? "").replace(/\s/g, "");
  if (s === "") return null;
  if (!/^\d+$/.test(s)) return "bad";
  const n = Number(s);
  return n >= min && n <= max ? n : "bad";
};

/**
 * Imports vacancies from CSV with a header row: employer, title, occupation,
 * region, district, wage_min, wage_max, schedule, experience_years, languages,
 * requirements, contact, days. A bad row is reported with its line and why;
 * the others are imported (as an officer's: open at once). Employers named
 * that do not exist yet are created.
 */
export async function importVacanciesCsv(db: Db, text: string, now: Date, officerId: bigint | null): Promise<{ imported: number; problems: RowProblem[] }> {
  const csv = readCsv(text);
  if ("problem" in csv) return { imported: 0, problems: [csv.problem] };
  const { rows } = csv;
  const problems: RowProblem[] = [];
  let imported = 0;
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const bad = (message: string) => problems.push({ line, message });
    const title = row.title ?? "";
    const employerName = row.employer ?? "";
    const occupation = findOccupation(row.occupation ?? "");
    const region = findRegion(row.region ?? "");
    const district = row.district ? districtsOf(region ?? "bishkek").find((d) => d.id === row.district || normalize(d.ru) === normalize(row.district!) || normalize(d.ky) === normalize(row.district!)) : undefined;
    const wageMin = wholeNumber(row.wage_min, 0, 10_000_000);
    const wageMax = wholeNumber(row.wage_max, 0, 10_000_000);
    const experience = wholeNumber(row.experience_years, 0, 60);
    const days = wholeNumber(row.days, 1, 365);
    const schedule = (row.schedule ?? "full").trim().toLowerCase() || "full";
    const languages = (row.languages ?? "").split(/[;,\s]+/).filter(Boolean).map((l) => l.toLowerCase());
    const errors: string[] = [];
    if (!employerName) errors.push("employer: missing");
    if (title.length < 2 || title.length > 200) errors.push("title: must be 2–200 characters");
    if (!occupation) errors.push(`occupation: "${row.occupation ?? ""}" is not one occupation of the catalogue (an id or a name)`);
    if (!region) errors.push(`region: "${row.region ?? ""}" is not a region (${REGIONS.join(", ")}, or its name)`);
    if (row.district && region && !district) errors.push(`district: "${row.district}" is not a district of ${region}`);
    if (wageMin === "bad") errors.push("wage_min: must be a whole number of som");
    if (wageMax === "bad") errors.push("wage_max: must be a whole number of som");
    if (typeof wageMin === "number" && typeof wageMax === "number" && wageMax < wageMin) errors.push("wage_max: is below wage_min");
    if (experience === "bad") errors.push("experience_years: must be 0–60");
    if (days === "bad") errors.push("days: must be 1–365");
    if (!(SCHEDULES as readonly string[]).includes(schedule)) errors.push(`schedule: must be one of ${SCHEDULES.join(", ")}`);
    const unknown = languages.filter((l) => !(LANGUAGES as readonly string[]).includes(l));
    if (unknown.length) errors.push(`languages: unknown ${unknown.join(", ")} (ky, ru, en)`);
    if (!(row.contact ?? "").trim()) errors.push("contact: missing");
    if (errors.length) {
      bad(errors.join("; "));
      continue;
    }
    const employer =
      (/^\d+$/.test(employerName) ? await db.employer.findUnique({ where: { id: Number(employerName) } }) : await db.employer.findFirst({ where: { name: employerName } })) ??
      (/^\d+$/.test(employerName) ? null : await db.employer.create({ data: { name: employerName, trusted: true } }));
    if (!employer) {
      bad(`employer: there is no employer ${employerName}`);
      continue;
    }
    await createVacancy(
      db,
      {
        employerId: employer.id,
        title,
        occupation: occupation!,
        region: region!,
        district: district?.id ?? null,
        wageMin: wageMin as number | null,
        wageMax: wageMax as number | null,
        schedule: schedule as Schedule,
        experienceYears: (experience as number | null) ?? 0,
        languages,
        requirements: row.requirements ?? "",
        contact: row.contact!.trim(),
        days: (days as number | null) ?? VACANCY_DAYS,
      },
      now,
      { userId: officerId, officer: true },
    );
    imported++;
  }
  return { imported, problems };
}

/** Vacancies someone manages, newest first: their employers' (employers) or the ones they posted and those awaiting approval (officers). Closed, rejected and expired ones are left out. */
export async function managedVacancies(db: Db, who: { userId: bigint; officer: boolean; employerIds: number[] }, now: Date, staffedEmployers: readonly number[] = [], limit = 15) {
  // An officer also looks after every vacancy whose employer has nobody in the bot (e.g. imported by CSV).
  const mine = who.officer
    ? [{ createdBy: who.userId }, { status: "pending" }, { employerId: { in: who.employerIds } }, { employerId: { notIn: [...staffedEmployers] } }]
    : [{ employerId: { in: who.employerIds } }];
  const list = await db.vacancy.findMany({
    where: { status: { in: ["open", "pending"] }, expiresAt: { gt: now }, OR: mine },
    orderBy: { id: "desc" },
    take: limit + 1,
    include: { employer: true, applications: { select: { status: true } } },
  });
  return { list: list.slice(0, limit), more: list.length > limit };
}

/**
 * Closes an open or pending vacancy before it expires. The applications still
 * waiting close with it; their jobseekers are returned, to be told. Null when
 * it was closed already (or never open).
 */
export async function closeVacancy(db: Db, id: number) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.vacancy.updateMany({ where: { id, status: { in: ["open", "pending"] } }, data: { status: "closed" } });
    if (count === 0) return null;
    const waiting = await tx.application.findMany({ where: { vacancyId: id, status: "applied" }, select: { userId: true } });
    await tx.application.updateMany({ where: { vacancyId: id, status: "applied" }, data: { status: "closed" } });
    const vacancy = await tx.vacancy.findUniqueOrThrow({ where: { id }, include: { employer: true } });
    return { vacancy, waiting: waiting.map((a) => a.userId) };
  });
}

/** Open vacancies that have not expired (of these occupations, when given). */
export const openVacancies = (db: Db, now: Date, occupations?: readonly string[]) =>
  db.vacancy.findMany({ where: { status: "open", expiresAt: { gt: now }, ...(occupations ? { occupation: { in: [...occupations] } } : {}) }, orderBy: { id: "asc" } });

/** Open vacancies as the scoring reads them (of these occupations, when given). */
export const scorableVacancies = async (db: Db, now: Date, occupations?: readonly string[]) =>
  (await openVacancies(db, now, occupations)).map((v) => ({ ...v, schedule: v.schedule as Schedule, languages: JSON.parse(v.languages) as string[] }));

/**
 * The open vacancies that can be a person's match: only those in their trade
 * or a related one come from the database (an unrelated trade is never a
 * match), so a press costs what the person's trades have, not every vacancy.
 */
const matchableFor = (db: Db, seeker: Seeker, now: Date) => scorableVacancies(db, now, relatedOccupations(seeker));

/** A jobseeker's best open vacancies, explained; null when the person has no profile. `anyTrade`: every trade (the operator's view). */
export async function matchesFor(db: Db, userId: bigint, now: Date, limit = 5, threshold = 50, anyTrade = false) {
  const p = await loadJobseeker(db, userId);
  if (!p) return null;
  return rankVacancies(p, anyTrade ? await scorableVacancies(db, now) : await matchableFor(db, p, now), limit, threshold, anyTrade);
}

/**
 * Courses that fill a jobseeker's skills gap: for trades they do not have,
 * with how many open vacancies near them each would open (most first, at most
 * `limit`, one course per trade). Only vacancies in a trade some course
 * teaches, near the person (their region, or remote work), are read.
 */
async function gapCourses(db: Db, seeker: Seeker, now: Date, limit: number) {
  const byOccupation = new Map<string, Awaited<ReturnType<typeof activeCourses>>[number]>();
  for (const c of await activeCourses(db)) if (!byOccupation.has(c.occupation)) byOccupation.set(c.occupation, c);
  const teachable = [...byOccupation.keys()].filter((o) => !seeker.occupations.includes(o));
  const near = await db.vacancy.findMany({
    where: {
      status: "open",
      expiresAt: { gt: now },
      occupation: { in: teachable },
      OR: [{ region: seeker.region }, ...(seeker.schedules.includes("remote") ? [{ schedule: "remote" }] : [])],
    },
    select: { occupation: true, region: true, district: true, wageMin: true, wageMax: true, schedule: true, experienceYears: true, languages: true },
  });
  const open = near.map((v) => ({ ...v, schedule: v.schedule as Schedule, languages: JSON.parse(v.languages) as string[] }));
  return skillGaps(seeker, open, new Set(byOccupation.keys()))
    .slice(0, limit)
    .map((g) => ({ course: byOccupation.get(g.occupation)!, vacancies: g.vacancies }));
}

/** The skills-gap courses of a jobseeker (empty without a profile). */
export async function gapCoursesFor(db: Db, userId: bigint, now: Date, limit = 3) {
  const p = await loadJobseeker(db, userId);
  return p ? gapCourses(db, p, now, limit) : [];
}

/** Matches and the skills-gap courses of a jobseeker; null without a profile. */
export async function matchesAndGaps(db: Db, userId: bigint, now: Date, options: { limit: number; threshold: number; gaps: number }) {
  const p = await loadJobseeker(db, userId);
  if (!p) return null;
  return { matches: rankVacancies(p, await matchableFor(db, p, now), options.limit, options.threshold), gaps: await gapCourses(db, p, now, options.gaps) };
}

/** The jobs figures the project reports: registered, active, lost work to COVID-19, matched, enrolled, completed; by sex and region. */
export async function jobsStats(db: Db) {
  const seekers = await db.jobseeker.findMany({ select: { userId: true, sex: true, region: true, active: true, lostWorkCovid: true } });
  const accepted = new Set((await db.application.findMany({ where: { status: "accepted" }, select: { userId: true } })).map((a) => a.userId));
  const enrolments = await db.enrolment.findMany({ select: { userId: true, status: true } });
  const enrolled = new Set(enrolments.map((e) => e.userId));
  const completed = new Set(enrolments.filter((e) => e.status === "completed").map((e) => e.userId));
  const figures = (list: typeof seekers) => {
    const matched = list.filter((s) => accepted.has(s.userId)).length;
    return {
      registered: list.length,
      active: list.filter((s) => s.active).length,
      lostWorkCovid: list.filter((s) => s.lostWorkCovid).length,
      matched,
      matchRate: list.length ? Math.round((matched / list.length) * 1000) / 10 : 0,
      enrolled: list.filter((s) => enrolled.has(s.userId)).length,
      completed: list.filter((s) => completed.has(s.userId)).length,
    };
  };
  const by = (key: "sex" | "region") => Object.fromEntries([...new Set(seekers.map((s) => s[key]))].sort().map((v) => [v, figures(seekers.filter((s) => s[key] === v))]));
  return { ...figures(seekers), bySex: by("sex"), byRegion: by("region") };
}
