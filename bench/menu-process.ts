// npm run bench — /menu as operators run the bot: package.json's start command
// (the tsc build, its node flags and environment) polling a fake Bot API, beside
// a bare grammY + runner echo bot run as its own process on the same fake, in
// the same run. 50 senders at once, drawn from 3 000 people who chose their
// language (so nobody reaches the per-person limit), each sending /menu and
// waiting for the answer. Prints updates/s, p50/p95 and the process's peak
// RSS for each, and the ratios (targets: ≥ 0.8× the bare bot's throughput,
// p95 ≤ 2× its p95). BENCH_FLAGS="flags A;flags B" also measures the bot with
// other node flags (none: "-"; the start command's environment is kept), for
// choosing the production ones.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { projectRoot } from "../src/paths.ts";
import build from "../test/support/build.ts";
import { FakeTelegram, type BotMessage } from "../test/support/fake-telegram.ts";
import { startCommand } from "../test/support/process.ts";
import { cpuOf, rssOf } from "./proc.ts";

const PEOPLE = 3_000;
const SENDERS = 50;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2_000);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 6_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Result {
  name: string;
  rate: number;
  p50: number;
  p95: number;
  peakRss: number;
  /** The bot process's CPU time (all its threads) per update, µs. */
  cpuPerUpdate: number;
}

/** SENDERS loops, each taking the next person (round robin over PEOPLE) for each /menu. */
async function drive(fake: FakeTelegram, total: number, pid: number): Promise<Omit<Result, "name">> {
  const people = Array.from({ length: PEOPLE }, (_, i) => fake.user({ id: 900_000 + i, language_code: i % 2 ? "ru" : "ky" }));
  const waiting = new Map<number, () => void>();
  const onMessage = (m: BotMessage) => waiting.get(m.chatId)?.();
  fake.on("message", onMessage);
  let next = 0;
  let sent = 0;
  const latencies: number[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 100);
  const botCpu0 = cpuOf(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (sent < total) {
        sent++;
        const user = people[next++ % PEOPLE]!;
        const replied = new Promise<void>((resolve) => waiting.set(user.id, resolve));
        const t0 = performance.now();
        await user.send("/menu");
        await replied;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const botCpu = cpuOf(pid) - botCpu0;
  clearInterval(sampler);
  fake.off("message", onMessage);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
  return { rate: total / seconds, p50: at(0.5), p95: at(0.95), peakRss, cpuPerUpdate: (botCpu / total) * 1e6 };
}

async function measure(name: string, spawnBot: (fake: FakeTelegram) => Promise<ChildProcess>): Promise<Result> {
  const fake = await FakeTelegram.start({ retainHistory: false });
  const child = await spawnBot(fake);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  try {
    await fake.waitFor(() => fake.calls.length > 0 || fake.commands.size > 0, 60_000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    await drive(fake, WARMUP, child.pid!);
    return { name, ...(await drive(fake, UPDATES, child.pid!)) };
  } finally {
    child.kill("SIGTERM");
    await exited;
    await fake.close();
  }
}

// The people, with their language chosen, in a database for the bot.
const dir = mkdtempSync(path.join(tmpdir(), "komok-menu-process-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
const database = await openDatabase(databaseUrl);
await database.db.user.createMany({ data: Array.from({ length: PEOPLE }, (_, i) => ({ id: BigInt(900_000 + i), language: i % 2 ? "ru" : "ky" })) });
await database.close();
build();

// BENCH_PIN=1 (where `taskset` exists and there are 2+ cores) runs each bot on
// core 1 and this process (the fake Bot API and the senders) on core 0: rounds
// vary less, for comparing flags, but the bot's garbage collector threads then
// share its one core, which a deployment would not impose.
const PIN = process.env.BENCH_PIN === "1" && availableParallelism() >= 2 && spawnSync("taskset", ["-pc", "0", String(process.pid)], { stdio: "ignore" }).status === 0;
const pinned = (args: string[]): [string, string[]] => (PIN ? ["taskset", ["-c", "1", process.execPath, ...args]] : [process.execPath, args]);

const start = startCommand();
const komok = (flags: string[] | undefined) => async (fake: FakeTelegram) => {
  const args = flags ? [...flags, ...start.args.filter((a) => !a.startsWith("-"))] : start.args;
  return spawn(...pinned(args), {
    cwd: projectRoot,
    env: { ...process.env, ...start.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ADMIN_IDS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
};
const bare = async (fake: FakeTelegram) =>
  spawn(...pinned([path.join(projectRoot, "bench", "bare-echo-bot.mjs")]), {
    cwd: projectRoot,
    env: { ...process.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot },
    stdio: ["ignore", "ignore", "inherit"],
  });

const others = (process.env.BENCH_FLAGS ?? "").split(";").map((s) => s.trim()).filter(Boolean);
const configs: { name: string; spawnBot: (fake: FakeTelegram) => Promise<ChildProcess> }[] = [
  { name: "bare grammY + runner echo bot", spawnBot: bare },
  { name: `npm start (${[...Object.entries(start.env).map(([k, v]) => `${k}=${v}`), ...start.args.filter((a) => a.startsWith("-"))].join(" ")})`, spawnBot: komok(undefined) },
  ...others.map((flags) => ({ name: `node ${flags === "-" ? "(no flags)" : flags}`, spawnBot: komok(flags === "-" ? [] : flags.split(/\s+/)) })),
];
// The bots take turns, ROUNDS times, so that a slow moment of the machine
// falls on all of them; each figure is the median of its rounds.
const runs = configs.map(() => [] as Result[]);
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, config] of configs.entries()) runs[i]!.push(await measure(config.name, config.spawnBot));
}
rmSync(dir, { recursive: true, force: true });
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const rows: Result[] = runs.map((results) => ({
  name: results[0]!.name,
  rate: median(results.map((r) => r.rate)),
  p50: median(results.map((r) => r.p50)),
  p95: median(results.map((r) => r.p95)),
  peakRss: Math.max(...results.map((r) => r.peakRss)),
  cpuPerUpdate: median(results.map((r) => r.cpuPerUpdate)),
}));

const echo = rows[0]!;
console.log(`\n/menu as operators run it: ${SENDERS} senders at once over ${PEOPLE} people, ${UPDATES} updates after ${WARMUP} to warm up, each bot its own process; medians of ${ROUNDS} rounds taken in turn (peak RSS: the highest)${PIN ? "; each bot on core 1, the fake and senders on core 0" : ""}`);
console.log(`${"".padEnd(70)}${"updates/s".padStart(10)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"peak RSS".padStart(10)}${"× rate".padStart(8)}${"× p95".padStart(7)}${"CPU µs/upd".padStart(12)}`);
for (const r of rows) {
  console.log(
    `${r.name.slice(0, 69).padEnd(70)}${r.rate.toFixed(0).padStart(10)}${r.p50.toFixed(1).padStart(8)}${r.p95.toFixed(1).padStart(8)}${`${r.peakRss.toFixed(0)} MB`.padStart(10)}${(r.rate / echo.rate).toFixed(2).padStart(8)}${(r.p95 / echo.p95).toFixed(2).padStart(7)}${r.cpuPerUpdate.toFixed(0).padStart(12)}`,
  );
}
console.log(`rounds (updates/s): ${runs.map((results) => results.map((r) => r.rate.toFixed(0)).join(" ")).join(" | ")}`);
const mine = rows[1]!;
console.log(`targets: ≥ 0.80× the bare bot's rate (${(mine.rate / echo.rate).toFixed(2)}: ${mine.rate / echo.rate >= 0.8 ? "met" : "not met"}), p95 ≤ 2× (${(mine.p95 / echo.p95).toFixed(2)}: ${mine.p95 / echo.p95 <= 2 ? "met" : "not met"})`);
