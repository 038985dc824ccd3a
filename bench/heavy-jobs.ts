// npm run bench — the bot's heavy work under npm start's memory settings: a
// database at the project's targets (10 000 people, 3 000 jobseekers who each
// applied once, 1 000 of them in training, 1 000 open vacancies, 3 000 legal-aid
// visits, 1 000 rumours), then, in a process run exactly as `npm start` runs
// the bot (the build in dist/, its heap flags and MALLOC_ARENA_MAX): the KPI
// report, its chart, the daily digests for jobseekers, employers and clinics.
// Prints each one's time and the process's RSS after it and at its peak; the
// bot's target is under 150 MB. Asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
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
const r = random(5);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const occupations = catalogue().occupations.map((o) => o.id);
const now = new Date("2026-11-20T06:00:00Z");
const daysAgo = (max: number) => new Date(now.getTime() - Math.floor(r() * max) * 86_400_000);
const person = (i: number) => BigInt(100_000 + i);

const dir = mkdtempSync(path.join(tmpdir(), "komok-heavy-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
try {
  const { db, close } = await openDatabase(databaseUrl);
  const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
  };
  await inBatches(Array.from({ length: 10_000 * SCALE }, (_, i) => ({ id: person(i), language: i % 2 ? "ru" : "ky" })), (data) => db.user.createMany({ data }));
  await inBatches(
    Array.from({ length: 3000 * SCALE }, (_, i) => {
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
    Array.from({ length: 1000 * SCALE }, () => ({
      employerId: employer.id, title: "Вакансия", occupation: pick(occupations), region: pick(REGIONS), district: null, wageMin: 15_000, wageMax: 20_000, schedule: "full",
      experienceYears: 1, languages: JSON.stringify(["ru"]), contact: "-", status: "open", createdAt: new Date(now.getTime() + 3_600_000), expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    })),
    (data) => db.vacancy.createMany({ data }),
  );
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

  build();
  const start = startCommand();
  const run = spawnSync(process.execPath, [...start.args.slice(0, -1), path.join(projectRoot, "bench", "heavy-jobs-run.mjs"), databaseUrl, now.toISOString()], {
    cwd: projectRoot,
    env: { ...process.env, ...start.env },
    encoding: "utf8",
  });
  process.stdout.write(`\nHeavy jobs on a database at ${SCALE === 1 ? "the project's targets" : `${SCALE}× the project's targets`}, run as npm start runs the bot\n${run.stdout}${run.stderr.split("\n").filter((l) => !/^\s+\d+: 0x/.test(l)).slice(0, 12).join("\n")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
