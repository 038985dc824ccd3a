// Fact-check search over 1 000 fact-checks: the starter set plus generated
// ones made of the same words, so the vocabulary and word weights look real.
// Queries: claims with a typo and shuffled words inside long forwards, and
// real messages about other things (the labelled set's). Measures the search as the bot runs it (from
// the database, the index cached), p50/p95 per message, and the import of the
// 1 000 as JSON Lines. Prints figures; asserts nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../src/db/client.ts";
import { factClaims, importFactChecks, SEED_FILE, searchFactChecks, type FactCheckLine } from "../src/services/factchecks.ts";
import { random } from "./random.ts";

const TOTAL = 1000;
const QUERIES = 2000;
const r = random(17);
const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;

const fixture = path.join(import.meta.dirname, "..", "test", "factchecks", "fixture.jsonl");
const starter = (existsSync(SEED_FILE) ? readFileSync(SEED_FILE, "utf8") : readFileSync(fixture, "utf8"))
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as FactCheckLine);
const words = (lang: "ky" | "ru") => starter.flatMap((f) => `${f.claim[lang]} ${f.explanation[lang]}`.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length > 2);
const ru = words("ru");
const ky = words("ky");
const sentence = (pool: string[], n: number) => Array.from({ length: n }, () => pick(pool)).join(" ");

const all: FactCheckLine[] = [...starter];
for (let i = all.length; i < TOTAL; i++) {
  const base = starter[i % starter.length]!;
  all.push({
    ...base,
    id: `gen-${i}`,
    claim: { ky: sentence(ky, 4 + Math.floor(r() * 5)), ru: sentence(ru, 4 + Math.floor(r() * 5)) },
    phrasings: Array.from({ length: 3 }, () => sentence(r() < 0.5 ? ru : ky, 5 + Math.floor(r() * 6))),
  });
}

const typo = (text: string) => {
  const i = Math.floor(r() * text.length);
  return text.slice(0, i) + text.slice(i + 1);
};
const shuffle = (text: string) => text.split(" ").sort(() => r() - 0.5).join(" ");
// Messages about other things: the labelled set's (real sentences), each with a few of its words shuffled in.
const unrelated = readFileSync(path.join(import.meta.dirname, "..", "test", "factchecks", "labelled.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { query: string; expect: string | null })
  .filter((c) => c.expect === null)
  .map((c) => c.query);
const queries = Array.from({ length: QUERIES }, (_, i) => {
  if (i % 2) return { text: shuffle(pick(unrelated)), expect: null as string | null };
  const f = pick(all);
  const claim = shuffle(typo(r() < 0.5 ? f.claim.ru : f.claim.ky));
  return { text: `${sentence(ru, Math.floor(r() * 60))} ${claim} ${sentence(ru, Math.floor(r() * 60))}`, expect: f.id };
});

const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-facts-"));
const database = await openDatabase(`file:${path.join(dir, "bench.db")}`);
try {
  const jsonl = all.map((f) => JSON.stringify(f)).join("\n");
  const importStart = performance.now();
  const { added, problems } = await importFactChecks(database.db, jsonl, new Date());
  const importMs = performance.now() - importStart;
  if (problems.length) throw new Error(`import problems: ${JSON.stringify(problems.slice(0, 3))}`);

  const firstStart = performance.now();
  await searchFactChecks(database.db, "первый поиск строит индекс");
  const buildMs = performance.now() - firstStart;

  // Latency only: the generated claims are random words, so which one comes first says nothing
  // about quality (that is test/factchecks-quality.test.ts, on real sentences).
  const measure = async (run: (text: string) => Promise<unknown>) => {
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      await run(q.text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  };
  const at = await measure((text) => searchFactChecks(database.db, text));
  // What the rumour check runs: the claims of the message, each with its candidates.
  const claimsAt = await measure((text) => factClaims(database.db, text));
  console.log(`\nFact-check search: ${added} fact-checks, ${QUERIES} messages (half long forwards with a claim and a typo, half about other things)`);
  console.log(`import ${(importMs / 1000).toFixed(2)} s (${((importMs * 1000) / added).toFixed(0)} µs a line); index built in ${buildMs.toFixed(0)} ms on first search`);
  console.log(`search p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (target p95 < 20 ms)`);
  console.log(`claims (the rumour check) p50 ${claimsAt(0.5).toFixed(2)} ms, p95 ${claimsAt(0.95).toFixed(2)} ms, max ${claimsAt(1).toFixed(2)} ms`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
