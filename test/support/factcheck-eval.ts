// Scores the fact-check search on a labelled set: top-1 and top-3 per kind of
// message, and false matches (any sure or possible match for a message about
// something else). Used by the quality test and `npm run eval:factchecks`.
import { readFileSync } from "node:fs";
import { FactIndex } from "../../src/domain/factchecks/search.ts";
import { factCheckLine, SEED_FILE } from "../../src/services/factchecks.ts";

export interface Labelled {
  query: string;
  expect: string | null;
  kind: string;
  also?: string;
}

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export const starterFacts = () => readJsonl<unknown>(SEED_FILE).map((l) => factCheckLine.parse(l));

export const starterIndex = () => new FactIndex(starterFacts().map((f) => ({ id: f.id, texts: [f.claim.ru, f.claim.ky, ...(f.phrasings ?? [])] })));

export interface KindScore {
  kind: string;
  all: number;
  top1: number;
  top3: number;
  sure: number;
}

export interface Evaluation {
  kinds: KindScore[];
  claims: number;
  top1: number;
  top3: number;
  unrelated: number;
  falseMatches: number;
  falseSure: number;
  misses: { query: string; expect: string | null; got: string[] }[];
}

export function evaluate(index: FactIndex, set: readonly Labelled[]): Evaluation {
  const kinds = new Map<string, KindScore>();
  const misses: Evaluation["misses"] = [];
  let top1 = 0;
  let top3 = 0;
  let claims = 0;
  let unrelated = 0;
  let falseMatches = 0;
  let falseSure = 0;
  for (const c of set) {
    const found = index.search(c.query, 3);
    const ids = found.map((f) => f.id);
    if (c.expect === null) {
      unrelated++;
      if (found.length) {
        falseMatches++;
        misses.push({ query: c.query, expect: null, got: found.map((f) => `${f.id}:${f.band}:${f.score}`) });
      }
      if (found.some((f) => f.band === "sure")) falseSure++;
      continue;
    }
    claims++;
    const k = kinds.get(c.kind) ?? kinds.set(c.kind, { kind: c.kind, all: 0, top1: 0, top3: 0, sure: 0 }).get(c.kind)!;
    k.all++;
    const ok1 = ids[0] === c.expect || (c.also !== undefined && ids[0] === c.also);
    if (ok1) {
      k.top1++;
      top1++;
      if (found[0]!.band === "sure") k.sure++;
    } else misses.push({ query: c.query, expect: c.expect, got: found.map((f) => `${f.id}:${f.band}:${f.score}`) });
    if (ids.includes(c.expect)) {
      k.top3++;
      top3++;
    }
  }
  return { kinds: [...kinds.values()], claims, top1, top3, unrelated, falseMatches, falseSure, misses };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");

export function table(name: string, e: Evaluation): string {
  const lines = [`${name}: ${e.claims} claims, ${e.unrelated} unrelated`, "kind              n    top-1    top-3   sure@1"];
  for (const k of e.kinds) lines.push(`${k.kind.padEnd(16)} ${String(k.all).padStart(3)}  ${pct(k.top1, k.all).padStart(7)}  ${pct(k.top3, k.all).padStart(7)}  ${pct(k.sure, k.all).padStart(7)}`);
  lines.push(`${"all".padEnd(16)} ${String(e.claims).padStart(3)}  ${pct(e.top1, e.claims).padStart(7)}  ${pct(e.top3, e.claims).padStart(7)}`);
  lines.push(`false matches (sure or possible) ${e.falseMatches}/${e.unrelated} = ${pct(e.falseMatches, e.unrelated)}; sure ${e.falseSure}/${e.unrelated}`);
  return lines.join("\n");
}
