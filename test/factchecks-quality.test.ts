// The search measured on a labelled set (test/factchecks/labelled.jsonl)
// against the starter fact-checks: Russian and Kyrgyz paraphrases, Latin
// letters, typos, long forwards, and messages about other things that must
// match nothing. Prints the figures; fails when they fall below the bar.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FactIndex } from "../src/domain/factchecks/search.ts";
import { factCheckLine, SEED_FILE } from "../src/services/factchecks.ts";

const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
const facts = lines(SEED_FILE).map((l) => factCheckLine.parse(l));
const labelled = lines(path.join(import.meta.dirname, "factchecks", "labelled.jsonl")) as { query: string; expect: string | null; kind: string }[];
const index = new FactIndex(facts.map((f) => ({ id: f.id, texts: [f.claim.ru, f.claim.ky, ...(f.phrasings ?? [])] })));

describe("the starter set", () => {
  it("has at least 30 fact-checks, each with a source link and both languages", () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const f of facts) expect(f.source).toMatch(/^https:\/\//);
  });

  it("labels only fact-checks that exist", () => {
    const ids = new Set(facts.map((f) => f.id));
    expect(labelled.filter((c) => c.expect !== null && !ids.has(c.expect)).map((c) => c.expect)).toEqual([]);
  });
});

describe("search quality on the labelled set", () => {
  it("finds the right fact-check first for most claims and matches almost nothing else", () => {
    const claims = labelled.filter((c) => c.expect !== null);
    const others = labelled.filter((c) => c.expect === null);
    const byKind = new Map<string, { ok: number; all: number }>();
    let ok = 0;
    for (const c of claims) {
      const hit = index.search(c.query, 1)[0]?.id === c.expect;
      if (hit) ok++;
      const k = byKind.get(c.kind) ?? { ok: 0, all: 0 };
      byKind.set(c.kind, { ok: k.ok + (hit ? 1 : 0), all: k.all + 1 });
    }
    const falseMatches = others.filter((c) => index.search(c.query, 1).length > 0).length;
    const accuracy = ok / claims.length;
    const falseRate = falseMatches / others.length;
    console.log(
      `fact-check search: top-1 ${ok}/${claims.length} = ${accuracy.toFixed(3)} (${[...byKind].map(([k, v]) => `${k} ${v.ok}/${v.all}`).join(", ")}); false matches ${falseMatches}/${others.length} = ${falseRate.toFixed(3)}`,
    );
    expect(claims.length).toBeGreaterThanOrEqual(80);
    expect(others.length).toBeGreaterThanOrEqual(25);
    expect(accuracy).toBeGreaterThanOrEqual(0.88);
    expect(falseRate).toBeLessThanOrEqual(0.05);
  });
});
