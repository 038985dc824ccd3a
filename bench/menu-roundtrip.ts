// npm run bench — /menu round trips through the whole stack (runner polling,
// middleware, SQLite, i18n, HTTP to a fake Bot API) beside a bare grammY echo
// bot on the same fake API. Prints updates/s, p50/p95 latency and the ratio.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";
import { createBot } from "../src/bot.ts";
import { openDatabase } from "../src/db/client.ts";
import { createLogger } from "../src/logger.ts";
import { startPolling } from "../src/server.ts";
import { systemClock } from "../src/time.ts";
import { FakeTelegram, type BotMessage, type FakeUser } from "../test/support/fake-telegram.ts";

const USERS = Number(process.env.BENCH_USERS ?? 100); // enough to keep the CPU busy: throughput, not idle latency
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40); // per user and run
const WARMUP_ROUNDS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Result {
  name: string;
  updates: number;
  seconds: number;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Each user sends `text`, waits for the bot's answer, and repeats. */
async function drive(fake: FakeTelegram, users: FakeUser[], text: string, rounds: number): Promise<number[]> {
  const waiting = new Map<number, () => void>();
  const onMessage = (m: BotMessage) => waiting.get(m.chatId)?.();
  fake.on("message", onMessage);
  const latencies: number[] = [];
  await Promise.all(
    users.map(async (user) => {
      for (let i = 0; i < rounds; i++) {
        const replied = new Promise<void>((resolve) => waiting.set(user.id, resolve));
        const started = performance.now();
        await user.send(text);
        await replied;
        latencies.push(performance.now() - started);
      }
    }),
  );
  fake.off("message", onMessage);
  return latencies;
}

async function measure(name: string, fake: FakeTelegram, users: FakeUser[], text: string): Promise<Result> {
  await drive(fake, users, text, WARMUP_ROUNDS);
  const started = performance.now();
  const latencies = await drive(fake, users, text, ROUNDS);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, updates: latencies.length, seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function benchKomok(): Promise<Result> {
  const fake = await FakeTelegram.start({ retainHistory: false });
  const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-"));
  const database = await openDatabase(`file:${dir}/bench.db`);
  const { db, reads } = database;
  const users = Array.from({ length: USERS }, (_, i) => fake.user({ id: 700_000 + i, language_code: "ru" }));
  await db.user.createMany({ data: users.map((u) => ({ id: BigInt(u.id), language: i18nOf(u.id) })) });
  const bot = createBot(
    { config: { adminIds: [] }, db, reads, logger: createLogger("warn"), clock: systemClock },
    { token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo },
  );
  const running = await startPolling(bot);
  const result = await measure("Көмөк /menu (full stack)", fake, users, "/menu");
  await running.stop();
  await database.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Half the users speak Kyrgyz, half Russian. */
const i18nOf = (id: number) => (id % 2 === 0 ? "ky" : "ru");

/** The baseline the issue names: a bare grammY bot that echoes the text back. */
async function benchEcho(): Promise<Result> {
  return benchBare("bare grammY echo bot", (bot) => bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text)));
}

/**
 * A second baseline: a bare grammY bot doing what /menu must do in any bot of
 * ours — per-chat sequentialize (required in polling mode) and a reply with the
 * same three-button keyboard — so the ratio to it is the cost of our stack.
 */
async function benchBareMenu(): Promise<Result> {
  const keyboard = {
    inline_keyboard: [
      [{ text: "🌐 Тил · Язык", callback_data: "menu:language" }],
      [{ text: "🔒 Конфиденциальность", callback_data: "menu:privacy" }],
      [{ text: "❓ Помощь", callback_data: "menu:help" }],
    ],
  };
  return benchBare("bare grammY /menu bot", (bot) => {
    bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
    bot.command("menu", (ctx) => ctx.reply("Главное меню. Какой раздел вам нужен?", { reply_markup: keyboard }));
  });
}

async function benchBare(name: string, setup: (bot: Bot) => void): Promise<Result> {
  const fake = await FakeTelegram.start({ retainHistory: false });
  const users = Array.from({ length: USERS }, (_, i) => fake.user({ id: 800_000 + i }));
  const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
  setup(bot);
  const handle = run(bot);
  const result = await measure(name, fake, users, "/menu");
  await handle.stop();
  await fake.close();
  return result;
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
const rate = (r: Result) => r.updates / r.seconds;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`/menu round trip: ${USERS} users × ${ROUNDS} rounds, closed loop, runner polling, fake Bot API on 127.0.0.1`);
const only = process.env.BENCH_ONLY;
if (only) {
  // For profiling one side: BENCH_ONLY=komok|echo
  const r = only === "echo" ? await benchEcho() : await benchKomok();
  console.log(`${r.name}: ${rate(r).toFixed(0)} updates/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
  process.exit(0);
}
// One unmeasured pass of each warms the JIT; then alternate and take medians.
await benchEcho();
await benchBareMenu();
await benchKomok();
const echo: Result[] = [];
const bareMenu: Result[] = [];
const komok: Result[] = [];
for (let i = 0; i < RUNS; i++) {
  echo.push(await benchEcho());
  bareMenu.push(await benchBareMenu());
  komok.push(await benchKomok());
}
console.log(`${"".padEnd(28)}${"updates/s".padStart(10)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}   (median of ${RUNS} runs)`);
for (const runs of [echo, bareMenu, komok]) {
  const name = runs[0]!.name;
  console.log(`${name.padEnd(28)}${fmt(median(runs.map(rate)), 0).padStart(10)}${fmt(median(runs.map((r) => r.p50)), 2)} ${fmt(median(runs.map((r) => r.p95)), 2)}`);
}
const komokRate = median(komok.map(rate));
const ratio = komokRate / median(echo.map(rate));
const stackRatio = komokRate / median(bareMenu.map(rate));
console.log(`ratio to the echo bot:       ${ratio.toFixed(2)}   (target ≥ 0.80: ${ratio >= 0.8 ? "met" : "not met"})`);
console.log(`ratio to the bare /menu bot: ${stackRatio.toFixed(2)}   (same work without our middleware, database and i18n)`);
console.log(`RSS after run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
