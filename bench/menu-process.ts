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
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { projectRoot } from "../src/paths.ts";
import build from "../test/support/build.ts";
import { FakeTelegram, type BotMessage } from "../test/support/fake-telegram.ts";
import { startCommand } from "../test/support/process.ts";

const PEOPLE = 3_000;
const SENDERS = 50;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2_000);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 10_000);

const rssOf = (pid: number) => {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

interface Result {
  name: string;
  rate: number;
  p50: number;
  p95: number;
  peakRss: number;
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
  clearInterval(sampler);
  fake.off("message", onMessage);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
  return { rate: total / seconds, p50: at(0.5), p95: at(0.95), peakRss };
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

const start = startCommand();
const komok = (flags: string[] | undefined) => async (fake: FakeTelegram) => {
  const args = flags ? [...flags, ...start.args.filter((a) => !a.startsWith("-"))] : start.args;
  return spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...start.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", ADMIN_IDS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
};
const bare = async (fake: FakeTelegram) =>
  spawn(process.execPath, [path.join(projectRoot, "bench", "bare-echo-bot.mjs")], {
    cwd: projectRoot,
    env: { ...process.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot },
    stdio: ["ignore", "ignore", "inherit"],
  });

const others = (process.env.BENCH_FLAGS ?? "").split(";").map((s) => s.trim()).filter(Boolean);
const rows: Result[] = [];
rows.push(await measure("bare grammY + runner echo bot", bare));
rows.push(await measure(`npm start (${[...Object.entries(start.env).map(([k, v]) => `${k}=${v}`), ...start.args.filter((a) => a.startsWith("-"))].join(" ")})`, komok(undefined)));
for (const flags of others) rows.push(await measure(`node ${flags === "-" ? "(no flags)" : flags}`, komok(flags === "-" ? [] : flags.split(/\s+/))));
rmSync(dir, { recursive: true, force: true });

const echo = rows[0]!;
console.log(`\n/menu as operators run it: ${SENDERS} senders at once over ${PEOPLE} people, ${UPDATES} updates after ${WARMUP} to warm up (each bot its own process)`);
console.log(`${"".padEnd(70)}${"updates/s".padStart(10)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"peak RSS".padStart(10)}${"× rate".padStart(8)}${"× p95".padStart(7)}`);
for (const r of rows) {
  console.log(
    `${r.name.slice(0, 69).padEnd(70)}${r.rate.toFixed(0).padStart(10)}${r.p50.toFixed(1).padStart(8)}${r.p95.toFixed(1).padStart(8)}${`${r.peakRss.toFixed(0)} MB`.padStart(10)}${(r.rate / echo.rate).toFixed(2).padStart(8)}${(r.p95 / echo.p95).toFixed(2).padStart(7)}`,
  );
}
const mine = rows[1]!;
console.log(`targets: ≥ 0.80× the bare bot's rate (${(mine.rate / echo.rate).toFixed(2)}: ${mine.rate / echo.rate >= 0.8 ? "met" : "not met"}), p95 ≤ 2× (${(mine.p95 / echo.p95).toFixed(2)}: ${mine.p95 / echo.p95 <= 2 ? "met" : "not met"})`);
