// Runs the bot as a real process, the way `npm start` does: package.json's
// start command: the build in dist/ (test/support/build.ts makes it before the
// tests), with its heap flags and MALLOC_ARENA_MAX.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { projectRoot } from "../../src/paths.ts";

/**
 * package.json's start command (`NAME=value … node <flags> dist/src/main.js`),
 * split into its environment and node's arguments.
 */
export function startCommand(): { env: Record<string, string>; args: string[] } {
  const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = scripts.start.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? "")) {
    const [name, value] = words.shift()!.split("=", 2) as [string, string];
    env[name] = value;
  }
  if (words.shift() !== "node") throw new Error(`npm start does not run node: ${scripts.start}`);
  return { env, args: words };
}

const start = startCommand();
const spawnStart = (options: SpawnOptions & { env: NodeJS.ProcessEnv }) =>
  spawn(process.execPath, start.args, { cwd: projectRoot, ...options, env: { ...options.env, ...start.env } });

export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

export function startMain(env: Record<string, string | undefined>): BotProcess {
  const clean = { ...process.env };
  for (const key of ["BOT_TOKEN", "BOT_MODE", "WEBHOOK_URL", "WEBHOOK_SECRET", "PORT", "DATABASE_URL", "TELEGRAM_API_ROOT", "ADMIN_IDS"]) {
    delete clean[key];
  }
  const child = spawnStart({
    env: { ...clean, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The bot as its own process group, for SIGKILL (kill -9). Its output is ignored. */
export function startKillable(env: Record<string, string>): { kill(signal: NodeJS.Signals): void; exited: Promise<void> } {
  const child = spawnStart({
    env: { ...process.env, LOG_LEVEL: "warn", ADMIN_IDS: "", ...env },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { kill: (signal) => process.kill(-child.pid!, signal), exited };
}

/**
 * The bot killed hard mid-way and started again: runs it until `done()` reaches
 * a third of `total`, kills it with SIGKILL, starts it again until `done()` is
 * `total`, then stops it. Returns `done()` at the kill (asserted below `total`,
 * so the kill really fell in the middle).
 */
export async function killMidwayAndRestart(env: Record<string, string>, done: () => number, total: number): Promise<number> {
  const first = startKillable(env);
  await waitUntil(() => done() >= total / 3, 60_000);
  first.kill("SIGKILL");
  await first.exited;
  const atKill = done();
  if (atKill >= total) throw new Error(`everything was done before the kill (${atKill}/${total})`);
  const second = startKillable(env);
  await waitUntil(() => done() === total, 60_000);
  second.kill("SIGTERM");
  await second.exited;
  return atKill;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntil(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
