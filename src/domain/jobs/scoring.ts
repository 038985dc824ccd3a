// How well a vacancy fits a jobseeker: a score out of 100 made of visible
// parts (occupation, place, wage, schedule, experience, languages), each with
// its points and a reason key, so the person sees why ("same occupation, your
// district, wage within your range"). Pure: no database, no Telegram.
import { catalogue } from "./catalogue.ts";

export const SCHEDULES = ["full", "part", "seasonal", "remote"] as const;
export type Schedule = (typeof SCHEDULES)[number];

export interface Seeker {
  occupations: string[];
  /** What the person typed about skills, for synonyms the catalogue knows. */
  skillsText: string;
  region: string;
  district: string;
  experienceYears: number;
  minWage: number | null;
  schedules: Schedule[];
  languages: string[];
}

export interface Vacancy {
  occupation: string;
  region: string;
  district: string | null;
  wageMin: number | null;
  wageMax: number | null;
  schedule: Schedule;
  experienceYears: number;
  languages: string[];
}

export interface ScorePart {
  part: "occupation" | "place" | "wage" | "schedule" | "experience" | "languages";
  points: number;
  max: number;
  /** A Fluent key: match-<part>-<how>. */
  reason: string;
}

export interface Score {
  total: number;
  parts: ScorePart[];
}

export const WEIGHTS = { occupation: 40, place: 20, wage: 15, schedule: 10, experience: 10, languages: 5 } as const;

/** A jobseeker with what every comparison needs worked out once. */
interface Prepared {
  s: Seeker;
  occupations: Set<string>;
  groups: Set<string | undefined>;
  /** " typed words " in lower case, ё as е, to find synonyms as whole phrases. */
  skills: string;
}
const preparedSeekers = new WeakMap<Seeker, Prepared>();
function prepare(s: Seeker): Prepared {
  let p = preparedSeekers.get(s);
  if (!p) {
    p = {
      s,
      occupations: new Set(s.occupations),
      groups: new Set(s.occupations.map((id) => catalogue().byId.get(id)?.group)),
      skills: ` ${s.skillsText.toLowerCase().replace(/ё/g, "е")} `,
    };
    preparedSeekers.set(s, p);
  }
  return p;
}
const synonymCache = new Map<string, string[]>();
const synonymsOf = (occupation: string) => {
  let list = synonymCache.get(occupation);
  if (!list) {
    list = (catalogue().byId.get(occupation)?.synonyms ?? []).map((w) => ` ${w.toLowerCase().replace(/ё/g, "е")} `);
    synonymCache.set(occupation, list);
  }
  return list;
};

// Each part is a level (0 = best) into its table of points and reasons: the
// ranking adds numbers without building objects; the breakdown is built only
// for the matches shown.
const PART_TABLES = {
  occupation: { points: [40, 30, 20, 0], reasons: ["exact", "synonym", "group", "other"] },
  place: { points: [20, 20, 12, 0], reasons: ["remote", "district", "region", "far"] },
  wage: { points: [15, 15, 7, 5, 0], reasons: ["any", "fits", "unknown", "close", "low"] },
  schedule: { points: [10, 0], reasons: ["fits", "other"] },
  experience: { points: [10, 0], reasons: ["enough", "less"] }, // "less": in proportion (experiencePoints)
  languages: { points: [5, 0], reasons: ["fit", "missing"] },
} as const;

function occupationLevel(p: Prepared, v: Vacancy): number {
  if (p.occupations.has(v.occupation)) return 0;
  if (p.s.skillsText && synonymsOf(v.occupation).some((w) => p.skills.includes(w))) return 1;
  const group = catalogue().byId.get(v.occupation)?.group;
  return group !== undefined && p.groups.has(group) ? 2 : 3;
}

function placeLevel(p: Prepared, v: Vacancy): number {
  if (v.schedule === "remote" && p.s.schedules.includes("remote")) return 0;
  if (v.region !== p.s.region) return 3;
  return v.district !== null && v.district === p.s.district ? 1 : 2;
}

function wageLevel(p: Prepared, v: Vacancy): number {
  const wanted = p.s.minWage;
  if (wanted === null) return 0;
  const top = v.wageMax ?? v.wageMin;
  if (top === null) return 2;
  if (top >= wanted) return 1;
  // A little under what is wanted (within 15%) still counts for something.
  return top >= wanted * 0.85 ? 3 : 4;
}

const scheduleLevel = (p: Prepared, v: Vacancy) => (p.s.schedules.length === 0 || p.s.schedules.includes(v.schedule) ? 0 : 1);
const experienceLevel = (p: Prepared, v: Vacancy) => (p.s.experienceYears >= v.experienceYears ? 0 : 1);
/** Experience short of what is asked counts in proportion. */
const experiencePoints = (p: Prepared, v: Vacancy) =>
  experienceLevel(p, v) === 0 ? WEIGHTS.experience : Math.round((WEIGHTS.experience * p.s.experienceYears) / Math.max(v.experienceYears, 1));
const languagesLevel = (p: Prepared, v: Vacancy) => (v.languages.every((l) => p.s.languages.includes(l)) ? 0 : 1);

function total(p: Prepared, v: Vacancy): number {
  return (
    PART_TABLES.occupation.points[occupationLevel(p, v)]! +
    PART_TABLES.place.points[placeLevel(p, v)]! +
    PART_TABLES.wage.points[wageLevel(p, v)]! +
    PART_TABLES.schedule.points[scheduleLevel(p, v)]! +
    experiencePoints(p, v) +
    PART_TABLES.languages.points[languagesLevel(p, v)]!
  );
}

/** The score of one vacancy for one jobseeker, with its parts. */
export function scoreMatch(s: Seeker, v: Vacancy): Score {
  const p = prepare(s);
  const part = (name: ScorePart["part"], level: number, points?: number): ScorePart => ({
    part: name,
    points: points ?? PART_TABLES[name].points[level]!,
    max: WEIGHTS[name],
    reason: `match-${name}-${PART_TABLES[name].reasons[level]}`,
  });
  const parts = [
    part("occupation", occupationLevel(p, v)),
    part("place", placeLevel(p, v)),
    part("wage", wageLevel(p, v)),
    part("schedule", scheduleLevel(p, v)),
    part("experience", experienceLevel(p, v), experiencePoints(p, v)),
    part("languages", languagesLevel(p, v)),
  ];
  return { total: parts.reduce((sum, x) => sum + x.points, 0), parts };
}

/**
 * Every occupation a vacancy may have to be a match for this person (the
 * occupation part above "other"): theirs, those whose synonyms they typed,
 * and those of the same groups. Lets the database hand over only those.
 */
export function relatedOccupations(s: Seeker): string[] {
  const p = prepare(s);
  return catalogue()
    .occupations.filter((o) => occupationLevel(p, { occupation: o.id } as Vacancy) < 3)
    .map((o) => o.id)
    .concat(s.occupations.filter((id) => !catalogue().byId.has(id)));
}

/** Whether a vacancy fits: at or above `threshold`, and (unless `anyTrade`) in the person's trade or a related one. */
const fits = (p: Prepared, v: Vacancy, threshold: number, anyTrade = false) => (anyTrade || occupationLevel(p, v) < 3) && total(p, v) >= threshold;

/**
 * The best `limit` vacancies for a jobseeker at or above `threshold`, best
 * first (ties: the order given). A vacancy in an unrelated trade is not a
 * match however well the rest fits, unless `anyTrade` (the operator's view).
 */
export function rankVacancies<V extends Vacancy>(s: Seeker, vacancies: readonly V[], limit = 5, threshold = 50, anyTrade = false): { vacancy: V; score: Score }[] {
  const p = prepare(s);
  // Only the best `limit` are kept while scanning (a small sorted list), then explained.
  const best: { i: number; total: number }[] = [];
  for (let i = 0; i < vacancies.length; i++) {
    const v = vacancies[i]!;
    if (!anyTrade && occupationLevel(p, v) === 3) continue;
    const t = total(p, v);
    if (t < threshold || (best.length === limit && t <= best[best.length - 1]!.total)) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.total < t) at--;
    best.splice(at, 0, { i, total: t });
    if (best.length > limit) best.pop();
  }
  return best.map(({ i }) => ({ vacancy: vacancies[i]!, score: scoreMatch(s, vacancies[i]!) }));
}

/**
 * The skills gap: occupations the person does not have that a course teaches
 * (`teachable`), each with how many of the vacancies near them (their region,
 * or remote) would fit them once they had it, when they do not fit now. Most vacancies
 * first; only occupations that open at least one.
 */
export function skillGaps(s: Seeker, vacancies: readonly Vacancy[], teachable: ReadonlySet<string>, threshold = 50): { occupation: string; vacancies: number }[] {
  const counts = new Map<string, number>();
  const p = prepare(s);
  const trained = new Map<string, Prepared>();
  for (const v of vacancies) {
    // Near the person only (their region, or remote work they want): a course is a step for where they live.
    if (!teachable.has(v.occupation) || p.occupations.has(v.occupation) || placeLevel(p, v) === 3 || fits(p, v, threshold)) continue;
    let q = trained.get(v.occupation);
    if (!q) {
      const t: Seeker = { ...s, occupations: [...s.occupations, v.occupation] };
      q = prepare(t);
      trained.set(v.occupation, q);
    }
    if (fits(q, v, threshold)) counts.set(v.occupation, (counts.get(v.occupation) ?? 0) + 1);
  }
  return [...counts].map(([occupation, n]) => ({ occupation, vacancies: n })).sort((a, b) => b.vacancies - a.vacancies || a.occupation.localeCompare(b.occupation));
}
