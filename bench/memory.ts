// npm run bench — memory: the bot as `npm start` runs it (the tsc build in
// dist/, plain node with package.json's heap flags and MALLOC_ARENA_MAX),
// polling a fake Bot API, with 10 000 people left in the middle of a
// conversation: a third in benefits (two answers given), a third registering
// as jobseekers (consent and name given), a third booking legal aid (topic and
// description given). Prints the bot process's resident memory (RSS) at start,
// with everyone mid-conversation, and its peak; the targets are under 120 MB at
// start (1 s after, and after 30 s idle) and under 200 MB with everyone
// mid-conversation.
// Then a broadcast to all of them (each is subscribed) at 1 000 messages a
// second: its time and the bot's peak RSS while it goes out; then an admin's
// /report with its chart.
// BENCH_PEOPLE changes the number of people.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { getI18n } from "../src/i18n.ts";
import { approveBroadcast, createBroadcast } from "../src/services/broadcasts.ts";
import { projectRoot } from "../src/paths.ts";
import build from "../test/support/build.ts";
import { FakeTelegram, type BotMessage, type FakeUser } from "../test/support/fake-telegram.ts";
import { startCommand } from "../test/support/process.ts";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const AT_ONCE = 100; // people typing at the same moment
const TARGET_MB = 200; // issue 21: with 10 000 people mid-conversation
const IDLE_TARGET_MB = 120; // and at idle after start

const mb = (kb: number) => Math.round(kb / 102.4) / 10;
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rss: mb(kb("VmRSS")), peak: mb(kb("VmHWM")) };
}

const fake = await FakeTelegram.start({ retainHistory: false });
const dir = mkdtempSync(path.join(tmpdir(), "komok-memory-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
const database = await openDatabase(databaseUrl);
const people = Array.from({ length: PEOPLE }, (_, i) => fake.user({ id: 800_000 + i, language_code: i % 2 ? "ru" : "ky" }));
const language = (u: FakeUser) => (u.id % 2 ? "ru" : "ky");
for (let i = 0; i < PEOPLE; i += 1000) {
  const some = people.slice(i, i + 1000);
  await database.db.user.createMany({ data: some.map((u) => ({ id: BigInt(u.id), language: language(u) })) });
  await database.db.subscription.createMany({ data: some.map((u) => ({ userId: BigInt(u.id), topic: "covid", createdAt: new Date() })) });
}
const ADMIN = 4242;
await database.db.user.create({ data: { id: BigInt(ADMIN), language: "ky" } });
await database.close();

// As `npm start` runs it: built, then package.json's start command (its node
// flags and environment), so that /proc shows the bot's own memory.
build();
const start = startCommand();
const child = spawn(process.execPath, start.args, {
  cwd: projectRoot,
  env: { ...process.env, ...start.env, BROADCAST_RATE: "1000", BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ADMIN_IDS: String(ADMIN) },
  stdio: ["ignore", "ignore", "inherit"],
});
const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
const bot = child.pid!;
try {
  // Started: the commands are set once polling begins.
  await fake.waitFor(() => fake.commands.size > 0, 60_000);
  await new Promise((r) => setTimeout(r, 1000));
  const idle = memoryOf(bot);
  // V8 gives back the start's garbage once the process has been idle a while
  // (its memory reducer starts after 8 s): both figures are printed.
  await new Promise((r) => setTimeout(r, 29_000));
  const settled = memoryOf(bot);

  const waiting = new Map<number, () => void>();
  const onMessage = (m: BotMessage) => waiting.get(m.chatId)?.();
  fake.on("message", onMessage);
  /** Does one thing as the person and waits for the bot's next message. */
  const step = async (user: FakeUser, act: () => Promise<unknown>) => {
    const replied = new Promise<void>((resolve) => waiting.set(user.id, resolve));
    await act();
    await Promise.race([replied, new Promise((_, reject) => setTimeout(() => reject(new Error(`no reply to ${user.id}`)), 30_000))]);
  };
  const t = (u: FakeUser, key: string) => getI18n().t(language(u), key);
  /** Presses a button once the bot has shown it (a question may come after an intro). */
  const press = async (u: FakeUser, key: string) => {
    const label = t(u, key);
    await fake.waitFor(() => u.messages().some((m) => m.buttons.flat().includes(label)), 30_000);
    await step(u, () => u.click(label));
  };
  const paths: ((u: FakeUser) => Promise<void>)[] = [
    async (u) => {
      await press(u, "menu-benefits");
      await step(u, () => u.send("4"));
      await step(u, () => u.send("3 000 сом"));
    },
    async (u) => {
      await press(u, "menu-jobs");
      await press(u, "consent-yes");
      await step(u, () => u.send("Айгүль Садыкова"));
    },
    async (u) => {
      await press(u, "menu-legal-aid");
      await press(u, "legal-topic-labour");
      await step(u, () => u.send("Три месяца не платят зарплату"));
    },
  ];
  const started = performance.now();
  let next = 0;
  let peakDuring = idle.peak;
  const sampler = setInterval(() => (peakDuring = Math.max(peakDuring, memoryOf(bot).rss)), 250);
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < PEOPLE) {
        const u = people[next]!;
        const path = paths[next++ % paths.length]!;
        await step(u, () => u.send("/menu"));
        await path(u);
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  fake.off("message", onMessage);
  await new Promise((r) => setTimeout(r, 2000));
  const mid = memoryOf(bot);
  const check = await openDatabase(databaseUrl);
  const inFlows = await check.db.storedState.count({ where: { scope: "conversation" } });
  await check.close();
  const peak = Math.max(mid.peak, peakDuring);
  console.log(
    `memory: ${PEOPLE} people, ${inFlows} of them mid-conversation (state in the database), ${Math.round((PEOPLE * 4) / seconds)} updates/s while they answered\n` +
      `  bot RSS: ${idle.rss} MB 1 s after start, ${settled.rss} MB after 30 s idle (target < ${IDLE_TARGET_MB} MB: ${idle.rss < IDLE_TARGET_MB ? "ok" : "OVER"} / ${settled.rss < IDLE_TARGET_MB ? "ok" : "OVER"}), ${mid.rss} MB with everyone mid-conversation, peak ${peak} MB (target < ${TARGET_MB} MB): ${peak < TARGET_MB ? "ok" : "OVER"}`,
  );

  // Then a verified message to all of them (all subscribed), at 1 000 a second,
  // while they are still mid-conversation: the outbox is filled and sent.
  const MARK = "Проверенное сообщение для всех";
  let delivered = 0;
  const onBroadcast = (m: BotMessage) => void (m.text.includes(MARK) && delivered++);
  fake.on("message", onBroadcast);
  const officers = await openDatabase(databaseUrl);
  const draft = await createBroadcast(officers.db, { textKy: `${MARK} (ky)`, textRu: MARK, audience: { topics: ["covid"], languages: [], regions: [] } }, 1n, new Date());
  await approveBroadcast(officers.db, draft.id, 2n, new Date());
  await officers.close();
  const sendStarted = performance.now();
  let peakSending = 0;
  const sendSampler = setInterval(() => (peakSending = Math.max(peakSending, memoryOf(bot).rss)), 250);
  await fake.waitFor(() => delivered >= PEOPLE, 300_000);
  clearInterval(sendSampler);
  fake.off("message", onBroadcast);
  const sent = memoryOf(bot);
  console.log(
    `  then a broadcast to all ${PEOPLE}: ${delivered} delivered in ${((performance.now() - sendStarted) / 1000).toFixed(1)} s; ` +
      `bot RSS ${sent.rss} MB after it, peak ${Math.max(sent.peak, peakSending)} MB`,
  );

  // Then an admin asks for /report: the figures and the chart, drawn in the bot's process.
  const admin = fake.user({ id: ADMIN, language_code: "ky" });
  let photos = 0;
  const onPhoto = (m: BotMessage) => void (m.chatId === ADMIN && m.method === "sendPhoto" && photos++);
  fake.on("message", onPhoto);
  const reportStarted = performance.now();
  await admin.send("/report");
  await fake.waitFor(() => photos > 0, 60_000);
  fake.off("message", onPhoto);
  const reported = memoryOf(bot);
  console.log(`  then /report with its chart: ${((performance.now() - reportStarted) / 1000).toFixed(1)} s; bot RSS ${reported.rss} MB after it, peak ${reported.peak} MB`);
} finally {
  child.kill("SIGTERM");
  await exited;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
