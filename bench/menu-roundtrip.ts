// npm run bench — /menu round trips through the whole stack (runner polling,
// middleware, SQLite, i18n, HTTP to a fake Bot API) beside a bare grammY echo
// bot on the same fake API. Prints updates/s, p50/p95 latency and the ratio.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";
import { busyAnswer, createBot } from "../src/bot.ts";
import { openDatabase } from "../src/db/client.ts";
import { createLogger } from "../src/logger.ts";
import { startPolling } from "../src/server.ts";
import { systemClock } from "../src/time.ts";
import { FakeTelegram, type FakeUser } from "../test/support/fake-telegram.ts";
import { roundTrips } from "./round-trips.ts";

const USERS = Number(process.env.BENCH_USERS ?? 100); // enough to keep the CPU busy: throughput, not idle latency
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40); // per user and run
const WARMUP_ROUNDS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Result {
  name: string;
  updates: number;
  seconds: number;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Each user sends `text`, waits for the bot's answer, and repeats `rounds` times. */
const drive = (fake: FakeTelegram, users: FakeUser[], text: string, rounds: number) => roundTrips(fake, users, text, (round) => round < rounds);

async function measure(name: string, fake: FakeTelegram, users: FakeUser[], text: string, rounds: number): Promise<Result> {
  await drive(fake, users, text, WARMUP_ROUNDS);
  const started = performance.now();
  const latencies = await drive(fake, users, text, rounds);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, updates: latencies.length, seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function benchKomok(users = USERS, rounds = ROUNDS): Promise<Result> {
  const fake = await FakeTelegram.start({ retainHistory: false });
  const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-"));
  const database = await openDatabase(`file:${dir}/bench.db`);
  const { db, reads } = database;
  const people = Array.from({ length: users }, (_, i) => fake.user({ id: 700_000 + i, language_code: "ru" }));
  await db.user.createMany({ data: people.map((u) => ({ id: BigInt(u.id), language: i18nOf(u.id) })) });
  const bot = createBot(
    { config: { adminIds: [] }, db, reads, logger: createLogger("warn"), clock: systemClock },
    // The flood limit stays on (its counting is part of the cost) but high
    // enough that the benchmark's own flood is not dropped.
    { token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo, rateLimit: { limit: 1_000_000, windowMs: 10_000 } },
  );
  const running = await startPolling(bot, busyAnswer(reads, bot.api), createLogger("warn"));
  const result = await measure("Көмөк /menu (full stack)", fake, people, "/menu", rounds);
  await running.stop();
  await database.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Half the users speak Kyrgyz, half Russian. */
const i18nOf = (id: number) => (id % 2 === 0 ? "ky" : "ru");

/** The baseline the issue names: a bare grammY bot that echoes the text back. */
async function benchEcho(users = USERS, rounds = ROUNDS): Promise<Result> {
  return benchBare("bare grammY echo bot", users, rounds, (bot) => bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text)));
}

/**
 * A second baseline: a bare grammY bot doing what /menu must do in any bot of
 * ours — per-chat sequentialize (required in polling mode) and a reply with the
 * same three-button keyboard — so the ratio to it is the cost of our stack.
 */
async function benchBareMenu(users = USERS, rounds = ROUNDS): Promise<Result> {
  const keyboard = {
    inline_keyboard: [
      [{ text: "🌐 Тил · Язык", callback_data: "menu:language" }],
      [{ text: "🔒 Конфиденциальность", callback_data: "menu:privacy" }],
      [{ text: "❓ Помощь", callback_data: "menu:help" }],
    ],
  };
  return benchBare("bare grammY /menu bot", users, rounds, (bot) => {
    bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
    bot.command("menu", (ctx) => ctx.reply("Главное меню. Какой раздел вам нужен?", { reply_markup: keyboard }));
  });
}

async function benchBare(name: string, users: number, rounds: number, setup: (bot: Bot) => void): Promise<Result> {
  const fake = await FakeTelegram.start({ retainHistory: false });
  const people = Array.from({ length: users }, (_, i) => fake.user({ id: 800_000 + i }));
  const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
  setup(bot);
  const handle = run(bot);
  const result = await measure(name, fake, people, "/menu", rounds);
  await handle.stop();
  await fake.close();
  return result;
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
const rate = (r: Result) => r.updates / r.seconds;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log("/menu round trips: closed loop, runner polling, fake Bot API on 127.0.0.1, all in one process");
const only = process.env.BENCH_ONLY;
if (only) {
  // For profiling one side: BENCH_ONLY=komok|echo
  const r = only === "echo" ? await benchEcho() : only === "bare" ? await benchBareMenu() : await benchKomok();
  console.log(`${r.name}: ${rate(r).toFixed(0)} updates/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
  process.exit(0);
}
// One unmeasured pass of each warms the JIT; then alternate and take medians.
await benchEcho();
await benchBareMenu();
await benchKomok();

function report(title: string, rows: Result[][]): number[] {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(28)}${"updates/s".padStart(10)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}   (median of ${RUNS} runs)`);
  for (const runs of rows) {
    const name = runs[0]!.name;
    console.log(`${name.padEnd(28)}${fmt(median(runs.map(rate)), 0).padStart(10)}${fmt(median(runs.map((r) => r.p50)), 2)} ${fmt(median(runs.map((r) => r.p95)), 2)}`);
  }
  const [echo, bareMenu, komok] = rows.map((runs) => median(runs.map(rate)));
  const ratios = [komok! / echo!, komok! / bareMenu!];
  console.log(`ratio to the echo bot:       ${ratios[0]!.toFixed(2)}   (target ≥ 0.80: ${ratios[0]! >= 0.8 ? "met" : "not met"})`);
  console.log(`ratio to the bare /menu bot: ${ratios[1]!.toFixed(2)}   (the same work without our middleware, database and i18n)`);
  return ratios;
}

async function scenario(users: number, rounds: number): Promise<Result[][]> {
  const rows: Result[][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    rows[0]!.push(await benchEcho(users, rounds));
    rows[1]!.push(await benchBareMenu(users, rounds));
    rows[2]!.push(await benchKomok(users, rounds));
  }
  return rows;
}

report(`Under load: ${USERS} users at once, ${ROUNDS} rounds each (the CPU is busy: cost per update)`, await scenario(USERS, ROUNDS));
report("One user at a time, 400 rounds (an idle bot: latency of one round trip)", await scenario(1, 400));
console.log(`\nRSS after run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (fake API, three bots and the load in one process)`);
