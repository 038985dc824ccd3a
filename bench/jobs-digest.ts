// The daily jobs digest for 3 000 jobseekers and 1 000 open vacancies, from
// the database, with the sending replaced by a no-op: the time to work out and
// claim every digest. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Api } from "grammy";
import { openDatabase } from "../src/db/client.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { districts } from "../src/domain/jobs/places.ts";
import { SCHEDULES } from "../src/domain/jobs/scoring.ts";
import { REGIONS } from "../src/domain/legal-aid/clinics.ts";
import { sendJobseekerDigests } from "../src/jobs/jobs-digest.ts";
import { createLogger } from "../src/logger.ts";
import { random } from "./random.ts";

const SEEKERS = 3000;
const VACANCIES = 1000;
const r = random(11);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const ids = catalogue().occupations.map((o) => o.id);
const start = new Date("2026-11-23T00:00:00Z");

const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-digest-"));
const database = await openDatabase(`file:${path.join(dir, "bench.db")}`);
const { db, reads } = database;
try {
  const employer = await db.employer.create({ data: { name: "Bench", trusted: true } });
  await db.jobseeker.createMany({
    data: Array.from({ length: SEEKERS }, (_, i) => {
      const region = pick(REGIONS);
      return {
        userId: BigInt(100_000 + i),
        name: "X",
        phone: "+996700000000",
        sex: pick(["female", "male", "unspecified"]),
        region,
        district: pick(districts()[region]).id,
        occupations: JSON.stringify([pick(ids)]),
        skillsText: "",
        experienceYears: Math.floor(r() * 10),
        education: "school",
        schedules: JSON.stringify([pick(SCHEDULES)]),
        minWage: r() < 0.7 ? 10000 + Math.floor(r() * 20) * 1000 : null,
        lostWorkCovid: r() < 0.4,
        languages: JSON.stringify(["ky", "ru"]),
        disability: false,
        wantsTraining: false,
        createdAt: start,
        updatedAt: start,
      };
    }),
  });
  await db.vacancy.createMany({
    data: Array.from({ length: VACANCIES }, () => {
      const region = pick(REGIONS);
      const wageMin = 12000 + Math.floor(r() * 25) * 1000;
      return {
        employerId: employer.id,
        title: "Vacancy",
        occupation: pick(ids),
        region,
        district: r() < 0.7 ? pick(districts()[region]).id : null,
        wageMin,
        wageMax: wageMin + 5000,
        schedule: pick(SCHEDULES),
        experienceYears: Math.floor(r() * 4),
        languages: JSON.stringify(["ru"]),
        contact: "-",
        status: "open",
        createdAt: new Date(start.getTime() + 3_600_000),
        expiresAt: new Date(start.getTime() + 30 * 86_400_000),
      };
    }),
  });
  let sentCalls = 0;
  const api = { sendMessage: async () => void sentCalls++ } as unknown as Api;
  const now = new Date("2026-11-24T04:00:00Z");
  const began = performance.now();
  const sent = await sendJobseekerDigests({ db, reads, logger: createLogger("silent"), clock: { now: () => now } }, api);
  const ms = performance.now() - began;
  console.log(`\nJobs digest: ${SEEKERS} jobseekers, ${VACANCIES} open vacancies (from the database, sending stubbed)`);
  console.log(`${(ms / 1000).toFixed(2)} s in total, ${((ms * 1000) / SEEKERS).toFixed(0)} µs per jobseeker; ${sent} digests (${sentCalls} messages)`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
