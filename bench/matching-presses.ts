// "🔎 Matching vacancies" pressed 100 times (by 100 different jobseekers) over
// 10 000 open vacancies in the database: the matches and the skills-gap course
// as the jobs conversation reads them. In-process, run under npm start's heap
// flags (package.json's bench script); prints time per press and the heap.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { SCHEDULES } from "../src/domain/jobs/scoring.ts";
import { REGIONS } from "../src/domain/legal-aid/clinics.ts";
import { matchesAndGaps, matchesFor } from "../src/services/vacancies.ts";
import { random } from "./random.ts";

const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 10_000);
const PRESSES = 100;
const r = random(11);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const ids = catalogue().occupations.map((o) => o.id);

const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-matching-"));
const database = await openDatabase(`file:${dir}/bench.db`);
const { db } = database;
const now = new Date();
const employer = await db.employer.create({ data: { name: "Bench", trusted: true } });
for (let i = 0; i < VACANCIES; i += 200) {
  await db.vacancy.createMany({
    data: Array.from({ length: Math.min(200, VACANCIES - i) }, (_, j) => {
      const wageMin = 12_000 + Math.floor(r() * 30) * 1000;
      return {
        employerId: employer.id, title: `Вакансия ${i + j}`, occupation: pick(ids), region: pick(REGIONS), district: null, wageMin, wageMax: wageMin + 5000,
        schedule: pick(SCHEDULES), experienceYears: Math.floor(r() * 5), languages: JSON.stringify([pick(["ky", "ru"])]), requirements: "Опыт работы, ответственность, пунктуальность. ".repeat(3),
        contact: "+996700000000", status: "open", createdAt: now, expiresAt: new Date(now.getTime() + 30 * 86_400_000),
      };
    }),
  });
}
await db.jobseeker.createMany({
  data: Array.from({ length: PRESSES }, (_, k) => ({
    userId: BigInt(800_000 + k), name: "Айбек", phone: "+996700000000", sex: "male", region: pick(REGIONS), district: "d1",
    occupations: JSON.stringify([pick(ids)]), skillsText: "", experienceYears: 3, education: "school", schedules: JSON.stringify([pick(SCHEDULES)]),
    minWage: 15_000, lostWorkCovid: false, languages: JSON.stringify(["ky", "ru"]), disability: false, wantsTraining: true, createdAt: now, updatedAt: now,
  })),
});

async function presses(label: string, press: (userId: bigint) => Promise<unknown>): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().heapUsed;
  let peakHeap = base;
  let peakRss = 0;
  const times: number[] = [];
  const started = performance.now();
  for (let k = 0; k < PRESSES; k++) {
    const t0 = performance.now();
    await press(BigInt(800_000 + k));
    times.push(performance.now() - t0);
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(0);
  console.log(
    `${label}: ${PRESSES} presses over ${VACANCIES} open vacancies: ${total.toFixed(1)} s, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms; heap ${(base / 1048576).toFixed(0)} MB before, peak ${(peakHeap / 1048576).toFixed(0)} MB; peak RSS ${(peakRss / 1048576).toFixed(0)} MB`,
  );
}

console.log("\nJobs: 🔎 Matching vacancies, as the conversation reads it (in-process, npm start's heap flags)");
await presses("matches and skills gap (related trades only)", (id) => matchesAndGaps(db, id, now, { limit: 5, threshold: 50, gaps: 1 }));
await presses("for comparison, every open vacancy read (the operator's view)", (id) => matchesFor(db, id, now, 5, 50, true));
await database.close();
rmSync(dir, { recursive: true, force: true });
