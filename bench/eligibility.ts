// Eligibility of 100 000 generated households read from a file: the time per
// household to check the input and apply the rules, and with the reasons
// rendered in Russian as the CLI does. Prints figures; asserts nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkHousehold } from "../src/domain/benefits/household.ts";
import { assessHousehold } from "../src/domain/benefits/rules.ts";
import { renderReason } from "../src/services/eligibility-text.ts";
import { random } from "./random.ts";

const COUNT = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const RUNS = 3;


function generate(count: number): string {
  const r = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const size = 1 + Math.floor(r() * 8);
    const members = Array.from({ length: size }, () => {
      const age = Math.floor(r() * 90);
      const sex = pick(["female", "male"] as const);
      return {
        age,
        sex,
        hasPension: age >= 60 && r() < 0.7,
        disability: r() < 0.06 ? { group: pick([1, 2, 3] as const), since: pick(["childhood", "illness"] as const) } : null,
        parentsLost: age < 18 && r() < 0.04 ? pick([1, 2] as const) : 0,
        heroineMother: sex === "female" && age >= 50 && r() < 0.02,
      };
    });
    lines.push(
      JSON.stringify({
        asOf: pick(["2019-06-01", "2021-03-15", "2023-09-01", "2026-11-23"]),
        monthlyIncome: Math.floor(r() * 40_000),
        members,
        birthsAtOnce: r() < 0.05 ? pick([1, 1, 1, 2, 3]) : 0,
      }),
    );
  }
  return lines.join("\n");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(path.join(tmpdir(), "komok-elig-bench-"));
const file = path.join(dir, "households.jsonl");
let t0 = performance.now();
writeFileSync(file, generate(COUNT));
const generateMs = performance.now() - t0;

const rulesOnly: number[] = [];
const withText: number[] = [];
let eligibleFamilies = 0;
for (let run = 0; run < RUNS; run++) {
  const lines = readFileSync(file, "utf8").split("\n");
  t0 = performance.now();
  let eligible = 0;
  for (const line of lines) {
    const checked = checkHousehold(JSON.parse(line));
    if (!checked.ok) throw new Error("generated an invalid household");
    const result = assessHousehold(checked.household, checked.household.asOf!);
    if (result.benefits[0]!.status === "eligible") eligible++;
  }
  rulesOnly.push(performance.now() - t0);
  eligibleFamilies = eligible;
  t0 = performance.now();
  for (const line of lines) {
    const checked = checkHousehold(JSON.parse(line));
    if (!checked.ok) throw new Error("generated an invalid household");
    const result = assessHousehold(checked.household, checked.household.asOf!);
    for (const b of result.benefits) for (const reason of b.reasons) renderReason(reason, "ru");
  }
  withText.push(performance.now() - t0);
}
rmSync(dir, { recursive: true, force: true });

const perHousehold = (ms: number) => ((ms * 1000) / COUNT).toFixed(1);
console.log(`\nEligibility: ${COUNT.toLocaleString("en")} generated households from a JSON-lines file (generated in ${(generateMs / 1000).toFixed(1)} s)`);
console.log(`                                       total s   µs per household   households/s   (median of ${RUNS} runs)`);
const row = (name: string, ms: number) =>
  console.log(`${name.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(8)}   ${perHousehold(ms).padStart(16)}   ${Math.round((COUNT * 1000) / ms).toLocaleString("en").padStart(12)}`);
row("parse + check + rules", median(rulesOnly));
row("the same + reasons rendered (ru)", median(withText));
console.log(`(${eligibleFamilies.toLocaleString("en")} of them eligible for Үй-бүлөгө көмөк)`);
