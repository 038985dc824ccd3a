// The eligibility rules through their CLI contract (npm run cli -- eligibility),
// driven by the OpenFisca-style cases in test/eligibility/*.yaml: an input
// household, optionally asOf and --lang, and what is expected (the benefits
// listed are checked field by field; reasonsInclude checks words in the
// reasons) or the error lines expected on stderr with exit code 2.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { parse } from "yaml";
import { runCli } from "../src/cli.ts";
import { BENEFIT_IDS } from "../src/domain/benefits/rules.ts";
import { projectRoot } from "../src/paths.ts";

interface Case {
  name: string;
  input: unknown;
  /** Raw text instead of JSON (for broken input). */
  rawInput?: string;
  lang?: "ky" | "ru";
  expected?: {
    asOf?: string;
    perCapitaIncome?: number;
    gmi?: number;
    benefits?: Record<string, { status?: string; monthly?: number | null; oneTime?: number | null; unsure?: boolean; reasonsInclude?: string[]; legalBasisIncludes?: string }>;
  };
  error?: string[];
  /** The start of the error text, where its end is the JSON parser's own words. */
  errorPrefix?: string;
}

const dir = path.join(import.meta.dirname, "eligibility");
const work = mkdtempSync(path.join(tmpdir(), "komok-elig-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function eligibility(c: Case, file: string) {
  const inputFile = path.join(work, `${file}-${c.name.replace(/\W+/g, "_")}.json`);
  writeFileSync(inputFile, c.rawInput ?? JSON.stringify(c.input));
  const out: string[] = [];
  const err: string[] = [];
  const args = ["eligibility", "--input", inputFile, ...(c.lang ? ["--lang", c.lang] : [])];
  const code = await runCli(args, {
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    clock: { now: () => new Date("2026-11-23T06:00:00Z") },
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  const cases = parse(readFileSync(path.join(dir, file), "utf8")) as Case[];
  describe(`eligibility: ${file}`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const result = await eligibility(c, file);
        if (c.error) {
          expect(result.code).toBe(2);
          expect(result.out).toBe("");
          for (const line of c.error) expect(result.err.split("\n")).toContain(line);
          if (c.errorPrefix) expect(result.err.startsWith(c.errorPrefix)).toBe(true);
          expect(result.err).not.toMatch(/\n\s+at /);
          return;
        }
        expect(result.err).toBe("");
        expect(result.code).toBe(0);
        const output = JSON.parse(result.out) as {
          asOf: string;
          perCapitaIncome: number;
          gmi: number;
          benefits: { id: string; status: string; monthly: number | null; oneTime: number | null; reasons: string[]; legalBasis: string; source: string; unsure: boolean }[];
        };
        // Every benefit once, in the contract's shape.
        expect(output.benefits.map((b) => b.id).sort()).toEqual([...BENEFIT_IDS].sort());
        for (const b of output.benefits) {
          expect(Object.keys(b)).toEqual(["id", "status", "monthly", "oneTime", "reasons", "legalBasis", "source", "unsure"]);
          expect(b.reasons.length).toBeGreaterThan(0);
          expect(b.source).not.toBe("");
        }
        const { benefits: expectedBenefits, ...top } = c.expected ?? {};
        expect(output).toMatchObject(top);
        for (const [id, want] of Object.entries(expectedBenefits ?? {})) {
          const got = output.benefits.find((b) => b.id === id)!;
          const { reasonsInclude, legalBasisIncludes, ...fields } = want;
          expect(got, id).toMatchObject(fields);
          for (const words of reasonsInclude ?? []) expect(got.reasons.join("\n"), `${id} reasons`).toContain(words);
          if (legalBasisIncludes) expect(got.legalBasis).toContain(legalBasisIncludes);
        }
      });
    }
  });
}

describe("npm run --silent cli -- eligibility", () => {
  const run = async (args: string[]) => {
    const err: string[] = [];
    const code = await runCli(args, { env: {}, out: () => undefined, err: (l) => err.push(l) });
    return { code, err: err.join("\n") };
  };

  it("refuses a missing --input, a file that is not there and an unknown --lang with exit code 2", async () => {
    expect(await run(["eligibility"])).toEqual({ code: 2, err: "usage: npm run --silent cli -- eligibility --input <file.json | -> [--lang ky|ru]" });
    expect(await run(["eligibility", "--input", path.join(work, "nope.json")])).toEqual({ code: 2, err: expect.stringMatching(/^Cannot read .*nope\.json: ENOENT$/) });
    const file = path.join(work, "ok.json");
    writeFileSync(file, JSON.stringify({ monthlyIncome: 0, members: [{ age: 30, sex: "female" }] }));
    expect((await run(["eligibility", "--input", file, "--lang", "en"])).code).toBe(2);
  });

  it("reads the household from stdin with --input - and prints only JSON", () => {
    const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
    const household = { asOf: "2026-11-23", monthlyIncome: 2000, members: [{ age: 30, sex: "female" }, { age: 3, sex: "male" }] };
    const result = spawnSync(tsx, [path.join(projectRoot, "src", "cli.ts"), "eligibility", "--input", "-", "--lang", "ky"], {
      cwd: projectRoot,
      input: JSON.stringify(household),
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { perCapitaIncome: number; benefits: { id: string; status: string; monthly: number | null }[] };
    expect(output.perCapitaIncome).toBe(1000);
    expect(output.benefits.find((b) => b.id === "uy-bulogo-komok")).toMatchObject({ status: "not-eligible", monthly: null });
  });

  it("reads a file saved with a byte order mark, and notes on stderr an asOf after today", async () => {
    const file = path.join(work, "bom.json");
    writeFileSync(file, `\uFEFF${JSON.stringify({ asOf: "2027-03-01", monthlyIncome: 0, members: [{ age: 30, sex: "female" }, { age: 2, sex: "male" }] })}`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["eligibility", "--input", file], {
      env: {},
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      clock: { now: () => new Date("2026-11-23T06:00:00Z") },
    });
    expect(code).toBe(0);
    expect(err).toEqual(["note: asOf 2027-03-01 is after today (2026-11-23); the answer uses the amounts known today, which may change by then"]);
    const output = JSON.parse(out.join("\n")) as { asOf: string; benefits: { id: string; monthly: number | null }[] };
    expect(output.asOf).toBe("2027-03-01");
    expect(output.benefits.find((b) => b.id === "uy-bulogo-komok")!.monthly).toBe(1200);
  });
});
