// npm run bench — bursts, with the bot as `npm start` runs it (the tsc build,
// package.json's start command with its heap flags) polling a fake Bot API.
// Each burst must finish without a crash, an apology or an update left
// unanswered; printed: time, p95 per person, apologies, the bot's peak RSS.
//  1. 200 forwarded messages at once over 5 000 fact-checks with 1 200-character explanations;
//  2. 100 unmatched rumours sent to the team at once over 5 000 open rumours;
//  3. 100 presses of 🔎 Matching vacancies at once over 10 000 open vacancies;
//  4. 1 000 people starting the bot at once.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { SCHEDULES } from "../src/domain/jobs/scoring.ts";
import { REGIONS } from "../src/domain/legal-aid/clinics.ts";
import { getI18n } from "../src/i18n.ts";
import { projectRoot } from "../src/paths.ts";
import { backfillRumourKeys, importFactChecks, SEED_FILE, type FactCheckLine } from "../src/services/factchecks.ts";
import build from "../test/support/build.ts";
import { FakeTelegram, type BotMessage, type FakeUser } from "../test/support/fake-telegram.ts";
import { startCommand } from "../test/support/process.ts";
import { random } from "./random.ts";

const FACT_CHECKS = 5_000;
const OPEN_RUMOURS = 5_000;
const VACANCIES = 10_000;
const r = random(23);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
const mb = (kb: number) => Math.round(kb / 102.4) / 10;
/** The process's resident memory (0 once it is gone). */
const rssOf = (pid: number) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return mb(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0));
  } catch {
    return 0;
  }
};

// ---- the data ----------------------------------------------------------------
const starter = readFileSync(SEED_FILE, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as FactCheckLine);
const words = (lang: "ky" | "ru") => starter.flatMap((f) => `${f.claim[lang]} ${f.explanation[lang]}`.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length > 2);
const ru = words("ru");
const ky = words("ky");
const sentence = (pool: string[], n: number) => Array.from({ length: n }, () => pick(pool)).join(" ");
const long = (pool: string[], chars: number) => {
  let out = "";
  while (out.length < chars - 20) out += `${sentence(pool, 8)}. `;
  return out.slice(0, chars);
};

const fake = await FakeTelegram.start({ retainHistory: false });
const dir = mkdtempSync(path.join(tmpdir(), "komok-bursts-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
const database = await openDatabase(databaseUrl);
const { db } = database;
const now = new Date();
const claims: string[] = [];
for (let i = 0; i < FACT_CHECKS; i += 500) {
  const lines = Array.from({ length: Math.min(500, FACT_CHECKS - i) }, (_, j) => {
    const base = starter[(i + j) % starter.length]!;
    const claim = { ky: sentence(ky, 5 + Math.floor(r() * 4)), ru: sentence(ru, 5 + Math.floor(r() * 4)) };
    claims.push(claim.ru);
    return JSON.stringify({ ...base, id: `gen-${i + j}`, claim, explanation: { ky: long(ky, 1200), ru: long(ru, 1200) }, phrasings: [sentence(ru, 6), sentence(ky, 6)] });
  });
  await importFactChecks(db, lines.join("\n"), now);
}
// Open rumours, each with one asker and its grouping keys, as if queued one by one.
const nonsense = (n: number) => Array.from({ length: n }, () => `зы${Math.floor(r() * 1e9).toString(36)}`).join(" ");
for (let i = 0; i < OPEN_RUMOURS; i += 200) {
  const count = Math.min(200, OPEN_RUMOURS - i);
  const texts = Array.from({ length: count }, () => `${nonsense(6)} ${long(ru, 500)}`);
  await db.rumour.createMany({ data: texts.map((text) => ({ text, status: "open", createdAt: now, lastAskedAt: now })) });
  const ids = (await db.rumour.findMany({ orderBy: { id: "desc" }, take: count, select: { id: true } })).map((x) => x.id).reverse();
  await db.rumourAsker.createMany({ data: ids.map((rumourId, k) => ({ rumourId, userId: BigInt(500_000 + i + k), text: texts[k]!, createdAt: now })) });
}
while ((await backfillRumourKeys(db)) > 0);
const employer = await db.employer.create({ data: { name: "Bench", trusted: true } });
const ids = catalogue().occupations.map((o) => o.id);
for (let i = 0; i < VACANCIES; i += 200) {
  await db.vacancy.createMany({
    data: Array.from({ length: Math.min(200, VACANCIES - i) }, (_, j) => ({
      employerId: employer.id, title: `Вакансия ${i + j}`, occupation: pick(ids), region: pick(REGIONS), district: null, wageMin: 15_000, wageMax: 25_000,
      schedule: pick(SCHEDULES), experienceYears: Math.floor(r() * 5), languages: JSON.stringify(["ru"]), requirements: "Опыт работы. ".repeat(10),
      contact: "+996700000000", status: "open", createdAt: now, expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    })),
  });
}
const person = (id: number, language: "ky" | "ru") => fake.user({ id, language_code: language });
const forwarders = Array.from({ length: 200 }, (_, i) => person(610_000 + i, i % 2 ? "ru" : "ky"));
const rumourers = Array.from({ length: 100 }, (_, i) => person(620_000 + i, "ru"));
const seekers = Array.from({ length: 100 }, (_, i) => person(630_000 + i, "ru"));
const starters = Array.from({ length: 1000 }, (_, i) => person(640_000 + i, i % 2 ? "ru" : "ky"));
await db.user.createMany({ data: [...forwarders, ...rumourers, ...seekers].map((u) => ({ id: BigInt(u.id), language: u.from.language_code === "ky" ? "ky" : "ru" })) });
await db.jobseeker.createMany({
  data: seekers.map((u) => ({
    userId: BigInt(u.id), name: "Айбек", phone: "+996700000000", sex: "male", region: pick(REGIONS), district: "d1", occupations: JSON.stringify([pick(ids)]), skillsText: "",
    experienceYears: 3, education: "school", schedules: JSON.stringify(["full"]), minWage: 15_000, lostWorkCovid: false, languages: JSON.stringify(["ky", "ru"]),
    disability: false, wantsTraining: true, createdAt: now, updatedAt: now,
  })),
});
await db.consent.createMany({ data: seekers.map((u) => ({ userId: BigInt(u.id), purpose: "jobs", grantedAt: now })) });
await database.close();

// ---- the bot, as npm start runs it ----------------------------------------------
build();
const start = startCommand();
const child = spawn(process.execPath, start.args, {
  cwd: projectRoot,
  env: { ...process.env, ...start.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ADMIN_IDS: "" },
  stdio: ["ignore", "ignore", "pipe"],
});
// The bot's last words if it dies (e.g. out of memory), without its warnings otherwise.
let stderr = "";
child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
let died: number | null | undefined;
const exited = new Promise<void>((resolve) => child.on("exit", (code) => ((died = code), resolve())));
const apologies = new Set([getI18n().t("ru", "error-apology"), getI18n().t("ky", "error-apology")]);
let apologised = 0;
const answered = new Map<number, number>();
fake.on("message", (m: BotMessage) => {
  answered.set(m.chatId, (answered.get(m.chatId) ?? 0) + 1);
  if (apologies.has(m.text)) apologised++;
});

/** Everyone does `act` at once; waits until `done` holds for each (or 120 s). Prints the figures. */
async function burst(name: string, people: FakeUser[], act: (u: FakeUser) => Promise<unknown>, done: (u: FakeUser) => boolean): Promise<void> {
  const before = apologised;
  let peak = rssOf(child.pid!);
  const sampler = setInterval(() => {
    if (died === undefined) peak = Math.max(peak, rssOf(child.pid!));
  }, 100);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    people.map(async (u) => {
      const t0 = performance.now();
      await act(u);
      await fake.waitFor(() => died !== undefined || done(u), 120_000).catch(() => undefined);
      if (done(u)) latencies.push(performance.now() - t0);
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))]! : NaN;
  const state = died !== undefined ? `the bot DIED (exit ${String(died)}): ${stderr.split("\n").filter((l) => /FATAL|Error|heap/i.test(l)).slice(0, 2).join(" / ")}` : "the bot alive";
  console.log(
    `  ${name}: ${latencies.length}/${people.length} answered in ${seconds.toFixed(1)} s, p95 ${(p95 / 1000).toFixed(2)} s, ${apologised - before} apologies, peak RSS ${peak} MB, ${state}`,
  );
}

try {
  await fake.waitFor(() => fake.commands.size > 0, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log(`\nBursts, the bot as npm start runs it (${FACT_CHECKS} fact-checks, ${OPEN_RUMOURS} open rumours, ${VACANCIES} vacancies); RSS at start ${rssOf(child.pid!)} MB`);
  const seen = (u: FakeUser, n: number) => (answered.get(u.id) ?? 0) >= n;
  await burst(
    "200 forwarded messages at once over 5 000 fact-checks (1 200-character explanations)",
    forwarders,
    (u) => u.sendForward(`${long(ru, 300)} ${pick(claims)} ${long(ru, 200)}`),
    (u) => seen(u, 1),
  );
  const sent = getI18n().t("ru", "rumour-send");
  await burst(
    "100 unmatched rumours sent to the team at once over 5 000 open ones",
    rumourers,
    async (u) => {
      await u.sendForward(`${nonsense(8)} ${nonsense(8)}`);
      await fake.waitFor(() => u.messages().some((m) => m.buttons.flat().includes(sent)), 120_000);
      await u.click(sent);
    },
    (u) => u.messages().some((m) => m.text.startsWith("📨")),
  );
  await burst("100 presses of 🔎 Matching vacancies at once over 10 000 vacancies", seekers, (u) => u.clickData("menu:jobs.matches"), (u) => seen(u, 1));
  await burst("1 000 people starting the bot at once", starters, (u) => u.send("/start"), (u) => seen(u, 1));
} finally {
  if (died === undefined) child.kill("SIGTERM");
  await exited;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
