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

function occupationPart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.occupation;
  if (s.occupations.includes(v.occupation)) return { part: "occupation", points: max, max, reason: "match-occupation-exact" };
  const o = catalogue().byId.get(v.occupation);
  const typed = ` ${s.skillsText.toLowerCase().replace(/ё/g, "е")} `;
  if (o && o.synonyms.some((w) => typed.includes(` ${w.toLowerCase().replace(/ё/g, "е")} `))) {
    return { part: "occupation", points: 30, max, reason: "match-occupation-synonym" };
  }
  const groups = new Set(s.occupations.map((id) => catalogue().byId.get(id)?.group));
  if (o && groups.has(o.group)) return { part: "occupation", points: 20, max, reason: "match-occupation-group" };
  return { part: "occupation", points: 0, max, reason: "match-occupation-other" };
}

function placePart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.place;
  if (v.schedule === "remote" && s.schedules.includes("remote")) return { part: "place", points: max, max, reason: "match-place-remote" };
  if (v.region === s.region && v.district !== null && v.district === s.district) return { part: "place", points: max, max, reason: "match-place-district" };
  if (v.region === s.region) return { part: "place", points: 12, max, reason: "match-place-region" };
  return { part: "place", points: 0, max, reason: "match-place-far" };
}

function wagePart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.wage;
  if (s.minWage === null) return { part: "wage", points: max, max, reason: "match-wage-any" };
  const top = v.wageMax ?? v.wageMin;
  if (top === null) return { part: "wage", points: 7, max, reason: "match-wage-unknown" };
  if (top >= s.minWage) return { part: "wage", points: max, max, reason: "match-wage-fits" };
  // A little under what is wanted (within 15%) still counts for something.
  if (top >= s.minWage * 0.85) return { part: "wage", points: 5, max, reason: "match-wage-close" };
  return { part: "wage", points: 0, max, reason: "match-wage-low" };
}

function schedulePart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.schedule;
  return s.schedules.length === 0 || s.schedules.includes(v.schedule)
    ? { part: "schedule", points: max, max, reason: "match-schedule-fits" }
    : { part: "schedule", points: 0, max, reason: "match-schedule-other" };
}

function experiencePart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.experience;
  if (s.experienceYears >= v.experienceYears) return { part: "experience", points: max, max, reason: "match-experience-enough" };
  return { part: "experience", points: Math.round((max * s.experienceYears) / Math.max(v.experienceYears, 1)), max, reason: "match-experience-less" };
}

function languagesPart(s: Seeker, v: Vacancy): ScorePart {
  const max = WEIGHTS.languages;
  const missing = v.languages.filter((l) => !s.languages.includes(l));
  return missing.length === 0
    ? { part: "languages", points: max, max, reason: "match-languages-fit" }
    : { part: "languages", points: 0, max, reason: "match-languages-missing" };
}

/** The score of one vacancy for one jobseeker, with its parts. */
export function scoreMatch(s: Seeker, v: Vacancy): Score {
  const parts = [occupationPart(s, v), placePart(s, v), wagePart(s, v), schedulePart(s, v), experiencePart(s, v), languagesPart(s, v)];
  return { total: parts.reduce((sum, p) => sum + p.points, 0), parts };
}

/** The best `limit` vacancies for a jobseeker at or above `threshold`, best first (ties: the order given). */
export function rankVacancies<V extends Vacancy>(s: Seeker, vacancies: readonly V[], limit = 5, threshold = 50): { vacancy: V; score: Score }[] {
  const scored: { vacancy: V; score: Score; i: number }[] = [];
  for (let i = 0; i < vacancies.length; i++) {
    const score = scoreMatch(s, vacancies[i]!);
    if (score.total >= threshold) scored.push({ vacancy: vacancies[i]!, score, i });
  }
  scored.sort((a, b) => b.score.total - a.score.total || a.i - b.i);
  return scored.slice(0, limit).map(({ vacancy, score }) => ({ vacancy, score }));
}
