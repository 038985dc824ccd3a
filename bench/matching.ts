// Jobs matching: ranking 1 000 vacancies for each of 3 000 jobseekers with the
// explained score (the target: under 1 s in total on this machine).
// Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { rankVacancies, SCHEDULES, skillGaps, type Seeker, type Vacancy } from "../src/domain/jobs/scoring.ts";
import { REGIONS } from "../src/domain/legal-aid/clinics.ts";
import { random } from "./random.ts";

const SEEKERS = 3000;
const VACANCIES = 1000;

const r = random(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const ids = catalogue().occupations.map((o) => o.id);
const districts = ["d1", "d2", "d3", "d4"];

const vacancies: Vacancy[] = Array.from({ length: VACANCIES }, () => {
  const wageMin = 12000 + Math.floor(r() * 30) * 1000;
  return {
    occupation: pick(ids),
    region: pick(REGIONS),
    district: r() < 0.7 ? pick(districts) : null,
    wageMin,
    wageMax: r() < 0.8 ? wageMin + 5000 : null,
    schedule: pick(SCHEDULES),
    experienceYears: Math.floor(r() * 5),
    languages: r() < 0.5 ? ["ru"] : ["ky"],
  };
});
const seekers: Seeker[] = Array.from({ length: SEEKERS }, () => ({
  occupations: [pick(ids), ...(r() < 0.3 ? [pick(ids)] : [])],
  skillsText: "",
  region: pick(REGIONS),
  district: pick(districts),
  experienceYears: Math.floor(r() * 10),
  minWage: r() < 0.8 ? 10000 + Math.floor(r() * 30) * 1000 : null,
  schedules: [pick(SCHEDULES)],
  languages: r() < 0.6 ? ["ky", "ru"] : ["ky"],
}));

const runs: number[] = [];
let matched = 0;
for (let run = 0; run < 3; run++) {
  matched = 0;
  const start = performance.now();
  for (const s of seekers) matched += rankVacancies(s, vacancies, 5, 70).length > 0 ? 1 : 0;
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const median = runs[1]!;
console.log(`\nJobs matching: ${VACANCIES} vacancies ranked for each of ${SEEKERS} jobseekers (median of 3 runs)`);
console.log(`total ${(median / 1000).toFixed(2)} s, ${((median * 1000) / SEEKERS).toFixed(0)} µs per jobseeker; ${matched} jobseekers have a match scoring 70 or more`);

// The skills gap for each of them (courses for 10 trades, as in courses.yaml).
const teachable = new Set(ids.slice(0, 10));
const gapStart = performance.now();
let withGap = 0;
for (const s of seekers) withGap += skillGaps(s, vacancies, teachable).length > 0 ? 1 : 0;
const gapMs = performance.now() - gapStart;
console.log(`skills gap: ${(gapMs / 1000).toFixed(2)} s for all, ${((gapMs * 1000) / SEEKERS).toFixed(0)} µs per jobseeker; ${withGap} jobseekers have a course that opens a vacancy`);
