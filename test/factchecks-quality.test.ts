// The search measured on labelled messages against the starter fact-checks.
// The tuning sets, which the lexicon, weights and thresholds were chosen on:
// labelled.jsonl, tuning.jsonl, tuning2.jsonl and retired-heldout.jsonl (a
// first held-out set: its figures were looked at three times, so it was
// retired to tuning and replaced). The held-out set (heldout2.jsonl), written
// by another hand in another style (colloquial, code-switched, Latin letters,
// typos, chain letters), was never read while tuning. The build fails when the
// held-out figures fall below the level reached, or false matches (any sure or
// possible match for a message about something else) rise above 10%.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, readJsonl, starterFacts, starterIndex, table, type Labelled } from "./support/factcheck-eval.ts";

const dir = path.join(import.meta.dirname, "factchecks");
const facts = starterFacts();
const index = starterIndex();
const tuning = ["labelled", "tuning", "tuning2", "retired-heldout"].flatMap((name) => readJsonl<Labelled>(path.join(dir, `${name}.jsonl`)));
const heldout = readJsonl<Labelled>(path.join(dir, "heldout2.jsonl"));

/** The held-out level reached (heldout2, 2026-12-03: 94.8% / 97.6% / 0%); raise it when the search gets better, never lower it to pass. */
const HELD_OUT = { top1: 0.945, top3: 0.975, falseMatches: 0.1 };

describe("the starter set", () => {
  it("has at least 30 fact-checks, each with a source link and both languages", () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const f of facts) expect(f.source).toMatch(/^https:\/\//);
  });

  it("labels only fact-checks that exist, in both sets", () => {
    const ids = new Set(facts.map((f) => f.id));
    expect([...tuning, ...heldout].filter((c) => c.expect !== null && !ids.has(c.expect)).map((c) => c.expect)).toEqual([]);
  });
});

describe("search quality", () => {
  it("on the tuning set (for comparison: it measures memory as much as search)", () => {
    const e = evaluate(index, tuning);
    console.log(table("tuning set", e));
    expect(e.top1 / e.claims).toBeGreaterThanOrEqual(0.9);
    expect(e.falseMatches / e.unrelated).toBeLessThanOrEqual(0.1);
  });

  it("on the held-out set: 300+ messages of every kind, 60+ about something else", () => {
    const e = evaluate(index, heldout);
    console.log(table("held-out set", e));
    expect(e.claims + e.unrelated).toBeGreaterThanOrEqual(300);
    expect(e.unrelated).toBeGreaterThanOrEqual(60);
    expect(new Set(e.kinds.map((k) => k.kind))).toEqual(new Set(["ru-paraphrase", "ky-paraphrase", "ru-latin", "ky-latin", "typos", "forward", "mixed"]));
    expect(e.top1 / e.claims).toBeGreaterThanOrEqual(HELD_OUT.top1);
    expect(e.top3 / e.claims).toBeGreaterThanOrEqual(HELD_OUT.top3);
    expect(e.falseMatches / e.unrelated).toBeLessThanOrEqual(HELD_OUT.falseMatches);
  });
});

describe("what a new user saw (issue 18)", () => {
  it("finds the microchip claim however the chip is named", () => {
    for (const q of ["в вакцине есть микрочип 5G", "в вакцине чип 5G", "vakcinada mikrochip bar deit"]) expect(index.search(q, 3)[0], q).toMatchObject({ id: "vaccine-microchip", band: "sure" });
  });

  it("answers both rumours of a forward that carries the chip and 5G", () => {
    const forward =
      "Пересылаю! В вакцину от ковида добавили микрочипы, чтобы следить за людьми. А новые вышки 5G распространяют коронавирус, поэтому их ставят по ночам. Берегите себя!";
    expect(index.claims(forward).map((c) => [c.matches[0]!.id, c.matches[0]!.band])).toEqual([
      ["vaccine-microchip", "sure"],
      ["5g-spreads", "sure"],
    ]);
  });
});
