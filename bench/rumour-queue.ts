// Queueing unmatched rumours over many open ones (in-process, the database on
// disk): time per new rumour (p50, p95, max) and the process's peak RSS and
// heap, sampled after each one (run with NODE_OPTIONS=--expose-gc for a clean
// heap figure before).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { backfillRumourKeys, queueRumour } from "../src/services/factchecks.ts";
import { random as seeded } from "./random.ts";

const OPEN = (process.env.BENCH_OPEN ?? "500,2000,5000").split(",").map(Number);
const NEW = Number(process.env.BENCH_NEW ?? 100);
const WORDS = "коронавирус вакцина маска чеснок водка 5G вышки дети бесплодие чип укол больница врачи лекарство антибиотик ковид карантин школа рынок автобус базар тест прививка эмдөө бет кап дары ооруп ооруканада балдар мектеп".split(" ");

const random = seeded(7);
const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
/** A rumour-like text of 600–1 200 characters (forwards are long). */
const text = (i: number) => {
  const words: string[] = [`слух${i}`];
  while (words.join(" ").length < 600 + random() * 600) words.push(pick(), `слово${Math.floor(random() * 100_000)}`);
  return words.join(" ");
};

let peak = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
for (const open of OPEN) {
  const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-rumours-"));
  const database = await openDatabase(`file:${dir}/bench.db`);
  const { db } = database;
  const now = new Date();
  // In batches: the bench's own setup must fit the heap the bot runs with.
  for (let i = 0; i < open; i += 200) {
    const count = Math.min(200, open - i);
    await db.rumour.createMany({ data: Array.from({ length: count }, (_, j) => ({ text: text(i + j), status: "open", createdAt: now, lastAskedAt: now })) });
    const ids = (await db.rumour.findMany({ orderBy: { id: "desc" }, take: count, select: { id: true } })).map((r) => r.id);
    await db.rumourAsker.createMany({ data: ids.map((id, k) => ({ rumourId: id, userId: BigInt(10_000 + i + k), text: text(100_000 + i + k), createdAt: now })) });
  }
  // Their grouping keys, as queueing them one by one would have written (or a database from before the keys).
  const keying = performance.now();
  while ((await backfillRumourKeys(db)) > 0);
  const keyed = (performance.now() - keying) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  peak = 0;
  peakHeap = 0;
  const times: number[] = [];
  const started = performance.now();
  for (let k = 0; k < NEW; k++) {
    const t0 = performance.now();
    await queueRumour(db, BigInt(900_000 + k), text(200_000 + k), now);
    times.push(performance.now() - t0);
    sample();
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(0);
  console.log(
    `rumour queue: ${NEW} new rumours over ${open} open (600–1 200 characters, one asker each): ${total.toFixed(1)} s in all, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(0)} ms; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB, heap ${(baseHeap / 1024 / 1024).toFixed(0)} MB before, peak ${(peakHeap / 1024 / 1024).toFixed(0)} MB (keying the ${open} first: ${keyed.toFixed(1)} s)`,
  );
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
