// Runs `src/main.ts` as a real process, the way `npm start` does.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { projectRoot } from "../../src/paths.ts";

export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

export function startMain(env: Record<string, string | undefined>): BotProcess {
  const clean = { ...process.env };
  for (const key of ["BOT_TOKEN", "BOT_MODE", "WEBHOOK_URL", "WEBHOOK_SECRET", "PORT", "DATABASE_URL", "TELEGRAM_API_ROOT", "ADMIN_IDS"]) {
    delete clean[key];
  }
  const child = spawn(tsx, [path.join(projectRoot, "src", "main.ts")], {
    cwd: projectRoot,
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

/**
 * `npm start` as its own process group, so that SIGKILL (kill -9) takes tsx's
 * node child too. Its output is ignored.
 */
export function startKillable(env: Record<string, string>): { kill(signal: NodeJS.Signals): void; exited: Promise<void> } {
  const child = spawn(tsx, [path.join(projectRoot, "src", "main.ts")], {
    cwd: projectRoot,
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
