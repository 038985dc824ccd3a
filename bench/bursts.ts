// npm run bench — bursts, with the bot as `npm start` runs it (the tsc build,
// package.json's start command with its heap flags) polling a fake Bot API.
// Each burst must finish without a crash, an apology or an update left
// unanswered; printed: time, p95 per person, apologies, the bot's peak RSS.
//  1. 200 forwarded messages at once over 5 000 fact-checks with 1 200-character explanations;
//  2. 100 unmatched rumours sent to the team at once over 5 000 open rumours;
//  3. 100 presses of 🔎 Matching vacancies at once over 10 000 open vacancies;
//  4. 1 000 people starting the bot at once;
//  5. a broadcast to 50 000 subscribers (the bot's BROADCAST_RATE=1000) while
//     1 000 other people keep using /menu (each waits for the answer and sends
//     it again 1–5 s later until the broadcast is out): its time, how many got
//     it, twice or not at all; /menu answered vs sent with p50/p95 meanwhile.
// BENCH_BURSTS=5 (or 1,3 …) runs only those bursts, with only their data.
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
import { approveBroadcast, broadcastStats, createBroadcast } from "../src/services/broadcasts.ts";
import { backfillRumourKeys, importFactChecks, SEED_FILE, type FactCheckLine } from "../src/services/factchecks.ts";
import build from "../test/support/build.ts";
import { FakeTelegram, type BotMessage, type FakeUser } from "../test/support/fake-telegram.ts";
import { startCommand } from "../test/support/process.ts";
import { cpuOf, rssOf } from "./proc.ts";
import { random } from "./random.ts";

const FACT_CHECKS = 5_000;
const OPEN_RUMOURS = 5_000;
const VACANCIES = 10_000;
const SUBSCRIBERS = 50_000;
const MEANWHILE = 1_000; // people using /menu while the broadcast goes out
const BROADCAST_RATE = 1_000; // messages a second: 50 000 in about a minute
const ONLY = process.env.BENCH_BURSTS?.split(",").map(Number);
const runs = (n: number) => !ONLY || ONLY.includes(n);
const r = random(23);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;

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
for (let i = 0; runs(1) && i < FACT_CHECKS; i += 500) {
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
for (let i = 0; runs(2) && i < OPEN_RUMOURS; i += 200) {
  const count = Math.min(200, OPEN_RUMOURS - i);
  const texts = Array.from({ length: count }, () => `${nonsense(6)} ${long(ru, 500)}`);
  await db.rumour.createMany({ data: texts.map((text) => ({ text, status: "open", createdAt: now, lastAskedAt: now })) });
  const ids = (await db.rumour.findMany({ orderBy: { id: "desc" }, take: count, select: { id: true } })).map((x) => x.id).reverse();
  await db.rumourAsker.createMany({ data: ids.map((rumourId, k) => ({ rumourId, userId: BigInt(500_000 + i + k), text: texts[k]!, createdAt: now })) });
}
while ((await backfillRumourKeys(db)) > 0);
const employer = await db.employer.create({ data: { name: "Bench", trusted: true } });
const ids = catalogue().occupations.map((o) => o.id);
for (let i = 0; runs(3) && i < VACANCIES; i += 200) {
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
// Burst 5: the subscribers (each a chat the fake knows), the people using /menu meanwhile (language chosen), the broadcast's two officers.
const SUBSCRIBER_BASE = 700_000;
const subscribers = runs(5) ? SUBSCRIBERS : 0;
for (let i = 0; i < subscribers; i += 1000) {
  const ids = Array.from({ length: Math.min(1000, subscribers - i) }, (_, j) => SUBSCRIBER_BASE + i + j);
  for (const id of ids) fake.user({ id });
  await db.user.createMany({ data: ids.map((id) => ({ id: BigInt(id), language: id % 2 ? "ru" : "ky" })) });
  await db.subscription.createMany({ data: ids.map((id) => ({ userId: BigInt(id), topic: "covid", createdAt: now })) });
}
const users = Array.from({ length: MEANWHILE }, (_, i) => person(660_000 + i, i % 2 ? "ru" : "ky"));
const [author, approver] = [person(4242, "ru"), person(4243, "ru")];
await db.user.createMany({ data: [...users, author, approver].map((u) => ({ id: BigInt(u.id), language: u.from.language_code === "ky" ? "ky" : "ru" })) });
await database.close();

// ---- the bot, as npm start runs it ----------------------------------------------
build();
const start = startCommand();
const child = spawn(process.execPath, start.args, {
  cwd: projectRoot,
  env: { ...process.env, ...start.env, BROADCAST_RATE: String(BROADCAST_RATE), BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ADMIN_IDS: "" },
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const p = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]! : NaN);

/**
 * Burst 5: a verified broadcast to every subscriber, approved just now, sent by
 * the bot at BROADCAST_RATE, while `people` keep using /menu: each sends it,
 * waits for the answer (60 s at most: then it is unanswered), pauses 1–5 s and
 * sends it again, until the broadcast is out. Prints the figures.
 */
async function broadcastBurst(name: string, people: FakeUser[]): Promise<void> {
  const before = apologised;
  let peak = rssOf(child.pid!);
  const sampler = setInterval(() => {
    if (died === undefined) peak = Math.max(peak, rssOf(child.pid!));
  }, 100);
  const MARK = "Проверенное сообщение для всех";
  const received = new Uint16Array(SUBSCRIBERS);
  let delivered = 0;
  let strays = 0; // the broadcast to someone not subscribed
  const waiting = new Map<number, (m: BotMessage) => void>();
  const onMessage = (m: BotMessage) => {
    if (!m.text.includes(MARK)) return waiting.get(m.chatId)?.(m);
    const i = m.chatId - SUBSCRIBER_BASE;
    if (i < 0 || i >= SUBSCRIBERS) return void strays++;
    received[i] = received[i]! + 1;
    delivered++;
  };
  fake.on("message", onMessage);
  const officers = await openDatabase(databaseUrl);
  const draft = await createBroadcast(officers.db, { textKy: `${MARK} (ky)`, textRu: MARK, audience: { topics: ["covid"], languages: [], regions: [] } }, BigInt(author.id), new Date());
  await approveBroadcast(officers.db, draft.id, BigInt(approver.id), new Date());

  const i18n = getI18n();
  const menuTitle = { ky: i18n.t("ky", "menu-title"), ru: i18n.t("ru", "menu-title") };
  const busyText = new Set([i18n.t("ky", "busy-try-later"), i18n.t("ru", "busy-try-later")]);
  let sending = true;
  let asked = 0;
  let unanswered = 0;
  let busy = 0;
  let other = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const [botCpu, benchCpu] = [cpuOf(child.pid!), process.cpuUsage()];
  const using = Promise.all(
    people.map(async (u) => {
      const title = menuTitle[u.from.language_code === "ky" ? "ky" : "ru"];
      await sleep(r() * 3000); // not all in the same instant (burst 4 is that)
      while (sending && died === undefined) {
        let timer: NodeJS.Timeout | undefined;
        const reply = new Promise<BotMessage | undefined>((resolve) => {
          waiting.set(u.id, resolve);
          timer = setTimeout(() => resolve(undefined), 60_000);
        });
        const t0 = performance.now();
        asked++;
        await u.send("/menu");
        const m = await reply;
        clearTimeout(timer);
        waiting.delete(u.id);
        if (!m) unanswered++;
        else if (m.text.startsWith(title)) latencies.push(performance.now() - t0);
        else if (busyText.has(m.text)) busy++;
        else other++; // an apology (counted below) or anything else
        await sleep(1000 + r() * 4000);
      }
    }),
  );
  await fake.waitFor(() => died !== undefined || delivered >= SUBSCRIBERS, 170_000).catch(() => undefined);
  const seconds = (performance.now() - started) / 1000;
  const [botUsed, benchUsed] = [cpuOf(child.pid!) - botCpu, process.cpuUsage(benchCpu)];
  sending = false;
  await using;
  await sleep(2000); // anything sent twice, late
  fake.off("message", onMessage);
  clearInterval(sampler);
  const stats = await broadcastStats(officers.db, draft.id);
  await officers.close();

  let twice = 0;
  let lost = 0;
  for (const n of received) {
    if (n === 0) lost++;
    if (n > 1) twice++;
  }
  latencies.sort((a, b) => a - b);
  const state = died !== undefined ? `the bot DIED (exit ${String(died)}): ${stderr.split("\n").filter((l) => /FATAL|Error|heap/i.test(l)).slice(0, 2).join(" / ")}` : "the bot alive";
  console.log(
    `  ${name}: ${delivered}/${SUBSCRIBERS} delivered in ${seconds.toFixed(1)} s (${Math.round(delivered / seconds)}/s), ${twice} sent twice, ${lost} lost, ${strays} to others ` +
      `(outbox: ${stats?.status}, ${stats?.sent} sent, ${stats?.failed} failed, ${stats?.left} left); ` +
      `/menu meanwhile: ${latencies.length}/${asked} answered, p50 ${(p(latencies, 0.5) / 1000).toFixed(2)} s, p95 ${(p(latencies, 0.95) / 1000).toFixed(2)} s, ${unanswered} unanswered, ${busy} busy, ${other} other; ` +
      `${apologised - before} apologies, peak RSS ${peak} MB, CPU: bot ${Math.round((botUsed / seconds) * 100)}%, bench ${Math.round(((benchUsed.user + benchUsed.system) / 1e6 / seconds) * 100)}% of a core, ${state}`,
  );
}

try {
  await fake.waitFor(() => fake.commands.size > 0, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log(
    `\nBursts, the bot as npm start runs it (${runs(1) ? FACT_CHECKS : 0} fact-checks, ${runs(2) ? OPEN_RUMOURS : 0} open rumours, ${runs(3) ? VACANCIES : 0} vacancies, ${subscribers} subscribers); RSS at start ${rssOf(child.pid!)} MB`,
  );
  const seen = (u: FakeUser, n: number) => (answered.get(u.id) ?? 0) >= n;
  if (runs(1)) await burst(
    "200 forwarded messages at once over 5 000 fact-checks (1 200-character explanations)",
    forwarders,
    (u) => u.sendForward(`${long(ru, 300)} ${pick(claims)} ${long(ru, 200)}`),
    (u) => seen(u, 1),
  );
  const sent = getI18n().t("ru", "rumour-send");
  if (runs(2)) await burst(
    "100 unmatched rumours sent to the team at once over 5 000 open ones",
    rumourers,
    async (u) => {
      await u.sendForward(`${nonsense(8)} ${nonsense(8)}`);
      await fake.waitFor(() => u.messages().some((m) => m.buttons.flat().includes(sent)), 120_000);
      await u.click(sent);
    },
    (u) => u.messages().some((m) => m.text.startsWith("📨")),
  );
  if (runs(3)) await burst("100 presses of 🔎 Matching vacancies at once over 10 000 vacancies", seekers, (u) => u.clickData("menu:jobs.matches"), (u) => seen(u, 1));
  if (runs(4)) await burst("1 000 people starting the bot at once", starters, (u) => u.send("/start"), (u) => seen(u, 1));
  if (runs(5)) await broadcastBurst(`a broadcast to 50 000 subscribers at ${BROADCAST_RATE}/s while 1 000 people use /menu`, users);
} finally {
  if (died === undefined) child.kill("SIGTERM");
  await exited;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
