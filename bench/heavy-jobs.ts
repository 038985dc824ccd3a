// npm run bench — the bot's heavy work under npm start's memory settings: a
// database at the project's targets (10 000 people, 3 000 jobseekers who each
// applied once, 1 000 of them in training, 1 000 open vacancies, 3 000 legal-aid
// visits, 1 000 rumours), then, in a process run exactly as `npm start` runs
// the bot (the build in dist/, its heap flags and MALLOC_ARENA_MAX): the KPI
// report, its chart, the daily digests for jobseekers, employers and clinics.
// Prints each one's time and the process's RSS after it and at its peak; the
// bot's target is under 150 MB. Asserts nothing.
// Then (issue 21) the daily jobseekers' digest alone, the same way, at
// 20 000 jobseekers (each applied once) × 3 000 open vacancies, all new since
// their last digest: its time, digests sent and the process's peak RSS.
// BENCH_DIGEST_SEEKERS and BENCH_DIGEST_VACANCIES change those; BENCH_DIGEST_ONLY=1
// runs only that part.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../src/db/client.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { districts } from "../src/domain/jobs/places.ts";
import { REGIONS } from "../src/domain/legal-aid/clinics.ts";
import { projectRoot } from "../src/paths.ts";
import { importClinics, readClinicsFile } from "../src/services/clinics.ts";
import build from "../test/support/build.ts";
import { startCommand } from "../test/support/process.ts";
import { random } from "./random.ts";

// BENCH_SCALE=30: thirty times the targets (300 000 people, 90 000 jobseekers and visits, 30 000 rumours).
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DIGEST_SEEKERS = Number(process.env.BENCH_DIGEST_SEEKERS ?? 20_000);
const DIGEST_VACANCIES = Number(process.env.BENCH_DIGEST_VACANCIES ?? 3_000);
const DIGEST_ONLY = process.env.BENCH_DIGEST_ONLY === "1";
const r = random(5);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const occupations = catalogue().occupations.map((o) => o.id);
const now = new Date("2026-11-20T06:00:00Z");
const daysAgo = (max: number) => new Date(now.getTime() - Math.floor(r() * max) * 86_400_000);
const person = (i: number) => BigInt(100_000 + i);

const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
};

/** heavy-jobs-run.mjs on the database, in a process run as npm start runs the bot (only `steps`, when given): its output, and its last words if it failed. */
function asNpmStart(databaseUrl: string, steps?: string): string {
  const start = startCommand();
  const run = spawnSync(process.execPath, [...start.args.slice(0, -1), path.join(projectRoot, "bench", "heavy-jobs-run.mjs"), databaseUrl, now.toISOString(), ...(steps ? [steps] : [])], {
    cwd: projectRoot,
    env: { ...process.env, ...start.env },
    encoding: "utf8",
  });
  const failed = run.status === 0 ? "" : `  the process FAILED (exit ${String(run.status ?? run.signal)})\n`;
  return `${run.stdout}${failed}${run.stderr.split("\n").filter((l) => !/^\s+\d+: 0x/.test(l)).slice(0, 12).join("\n")}`;
}

/** `people` users; the first `seekers` of them jobseekers (registered in the last 80 days); `vacancies` open vacancies, all new. */
async function seedJobs(db: Db, people: number, seekers: number, vacancies: number): Promise<void> {
  await inBatches(Array.from({ length: people }, (_, i) => ({ id: person(i), language: i % 2 ? "ru" : "ky" })), (data) => db.user.createMany({ data }));
  await inBatches(
    Array.from({ length: seekers }, (_, i) => {
      const region = pick(REGIONS);
      return {
        userId: person(i), name: "X", phone: "+996700000000", sex: pick(["female", "male"]), region, district: pick(districts()[region]).id,
        occupations: JSON.stringify([pick(occupations)]), skillsText: "", experienceYears: 2, education: "school", schedules: JSON.stringify(["full"]),
        minWage: null, lostWorkCovid: r() < 0.4, languages: JSON.stringify(["ky", "ru"]), disability: false, wantsTraining: true, createdAt: daysAgo(80), updatedAt: now,
      };
    }),
    (data) => db.jobseeker.createMany({ data }),
  );
  const employer = await db.employer.create({ data: { name: "ОсОО «Бенч»", trusted: true } });
  await inBatches(
    Array.from({ length: vacancies }, (_, i) => ({
      employerId: employer.id, title: `Вакансия ${i}`, occupation: pick(occupations), region: pick(REGIONS), district: null, wageMin: 15_000, wageMax: 20_000, schedule: "full",
      experienceYears: 1, languages: JSON.stringify(["ru"]), contact: "-", status: "open", createdAt: new Date(now.getTime() + 3_600_000), expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    })),
    (data) => db.vacancy.createMany({ data }),
  );
}

/** The project's targets (×SCALE): every heavy job. */
async function targets(databaseUrl: string): Promise<void> {
  const { db, close } = await openDatabase(databaseUrl);
  await seedJobs(db, 10_000 * SCALE, 3000 * SCALE, 1000 * SCALE);
  const vacancies = await db.vacancy.findMany({ select: { id: true } });
  await inBatches(Array.from({ length: 3000 * SCALE }, (_, i) => ({ vacancyId: pick(vacancies).id, userId: person(i), status: pick(["accepted", "new", "rejected"]), createdAt: now })), (data) => db.application.createMany({ data }));
  const course = await db.course.create({ data: { key: "bench", titleKy: "Курс", titleRu: "Курс", occupation: occupations[0]!, mode: "online", hours: 40 } });
  await inBatches(Array.from({ length: 1000 * SCALE }, (_, i) => ({ courseId: course.id, userId: person(i * 3), status: pick(["enrolled", "completed"]), enrolledAt: now })), (data) => db.enrolment.createMany({ data }));
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("the sample clinics are invalid");
  await importClinics(db, read.clinics);
  const clinics = await db.clinic.findMany({ select: { id: true } });
  await inBatches(
    Array.from({ length: 3000 * SCALE }, (_, i) => ({
      ref: `B${i}`, userId: person(i), clinicId: pick(clinics).id, startsAt: daysAgo(80), status: "done", topic: "labour", phone: "+996700000000", name: "X",
      sex: pick(["female", "male"]), contact: "telegram", language: "ru", createdAt: now, updatedAt: now,
    })),
    (data) => db.booking.createMany({ data }),
  );
  await inBatches(Array.from({ length: 1000 * SCALE }, (_, i) => ({ text: `Слух ${i} про вакцину`, status: pick(["open", "answered"]), createdAt: daysAgo(80), lastAskedAt: now })), (data) => db.rumour.createMany({ data }));
  await close();
  process.stdout.write(`\nHeavy jobs on a database at ${SCALE === 1 ? "the project's targets" : `${SCALE}× the project's targets`}, run as npm start runs the bot\n${asNpmStart(databaseUrl)}`);
}

/** Issue 21: the jobseekers' digest alone at DIGEST_SEEKERS × DIGEST_VACANCIES, every vacancy new to everyone. */
async function bigDigest(databaseUrl: string): Promise<void> {
  const { db, close } = await openDatabase(databaseUrl);
  await seedJobs(db, DIGEST_SEEKERS, DIGEST_SEEKERS, DIGEST_VACANCIES);
  const vacancies = await db.vacancy.findMany({ select: { id: true } });
  await inBatches(Array.from({ length: DIGEST_SEEKERS }, (_, i) => ({ vacancyId: pick(vacancies).id, userId: person(i), status: "new", createdAt: now })), (data) => db.application.createMany({ data }));
  await close();
  process.stdout.write(`\nThe daily jobseekers' digest at ${DIGEST_SEEKERS} jobseekers × ${DIGEST_VACANCIES} open vacancies, run as npm start runs the bot\n${asNpmStart(databaseUrl, "jobseekers")}`);
}

const dir = mkdtempSync(path.join(tmpdir(), "komok-heavy-"));
try {
  build();
  if (!DIGEST_ONLY) await targets(`file:${path.join(dir, "targets.db")}`);
  await bigDigest(`file:${path.join(dir, "digest.db")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
