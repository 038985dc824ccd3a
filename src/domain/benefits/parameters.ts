// The benefit parameters (parameters.yaml), read once and checked, and the
// value of a dated series on a given day.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { projectRoot } from "../../paths.ts";
import { COMPENSATION_CATEGORIES } from "./household.ts";

const day = z.union([z.string(), z.date()]).transform((v) => (typeof v === "string" ? v : v.toISOString().slice(0, 10))).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

export const CONFIDENCE = ["sure", "likely", "unsure"] as const;
const dated = z.object({
  from: day,
  /** null: from this date the amount is not known (it changed, we do not know to what). */
  value: z.number().nonnegative().nullable(),
  source: z.string().min(1),
  approximate: z.boolean().default(false),
  confidence: z.enum(CONFIDENCE).default("sure"),
});
export type Dated = z.infer<typeof dated>;
const series = z.array(dated).min(1);
const law = z.object({ ru: z.string().min(1), ky: z.string().min(1) });

const schema = z.object({
  coversFrom: day,
  laws: z.record(z.string(), law),
  gmi: series,
  "uy-bulogo-komok": z.object({ law: z.string(), childAgeBelow: z.number().int(), perChild: series, regionalCoefficientsUnsure: z.boolean() }),
  "balaga-suyunchu": z.object({
    law: z.string(),
    perChild: series,
    multipleBirth: z.object({ minChildren: z.number().int(), perChild: series }),
  }),
  "bala-yrysy": z.object({ law: z.string(), childAgeBelow: z.number().int(), perChild: series, combinationUnsure: z.boolean() }),
  "highland-children": z.object({ law: z.string(), fromChild: z.number().int(), childAgeBelow: z.number().int(), bornFrom: day, perChild: series }),
  "bala-bereke": z.object({ law: z.string(), bornFrom: day, residenceYears: z.number().int(), residenceConfidence: z.enum(CONFIDENCE), byOrder: z.record(z.string(), series) }),
  "social-benefit": z.object({
    law: z.string(),
    source: z.string(),
    childAgeBelow: z.number().int(),
    elderlyAge: z.object({ male: z.number().int(), female: z.number().int() }),
    heroineMotherAge: z.number().int(),
    otherRange: z.object({ min: z.number(), max: z.number() }),
    categories: z.record(z.string(), series),
  }),
  "personal-assistant": z.object({ law: z.string(), childAgeBelow: z.number().int(), monthly: series }),
  maternity: z.object({
    law: z.string(),
    source: z.string(),
    stateMonthly: series,
    employerPaysFirstWorkingDays: z.object({ from: day, days: z.number().int() }),
  }),
  funeral: z.object({ law: z.string(), source: z.string(), byCase: z.record(z.string(), series) }),
  "monetary-compensation": z.object({
    law: z.string(),
    range: z.object({ min: z.number(), max: z.number() }),
    categories: z.record(z.enum(COMPENSATION_CATEGORIES), series).refine((c) => COMPENSATION_CATEGORIES.every((k) => c[k]), "every category needs its series"),
  }),
  "unemployment-benefit": z.object({ law: z.string(), minInsuredMonths: z.number().int(), average: z.number(), base: series }),
  "unemployment-support": z.object({
    law: z.string(),
    source: z.string(),
    workingAge: z.object({ from: z.number().int(), male: z.number().int(), female: z.number().int() }),
  }),
});

export type BenefitParameters = z.infer<typeof schema>;
export type Law = z.infer<typeof law>;

export const parametersFile = path.join(projectRoot, "src", "domain", "benefits", "parameters.yaml");

let loaded: BenefitParameters | undefined;

/** The parameters, parsed and checked once per process. */
export function benefitParameters(): BenefitParameters {
  if (!loaded) {
    const parsed = schema.parse(parse(readFileSync(parametersFile, "utf8")));
    for (const [name, law] of Object.entries(parsed.laws)) if (!law) throw new Error(`law ${name} is empty`);
    loaded = parsed;
  }
  return loaded;
}

/** The line in force on `asOf` (YYYY-MM-DD): the latest whose date is not after it; undefined before the first. */
export function valueOn(values: readonly Dated[], asOf: string): Dated | undefined {
  let found: Dated | undefined;
  for (const v of values) if (v.from <= asOf && (!found || v.from >= found.from)) found = v;
  return found;
}

/** A known amount on `asOf`: the line in force, when its value is known. */
export type Known = Dated & { value: number };
export function amountOn(values: readonly Dated[], asOf: string): Known | undefined {
  const v = valueOn(values, asOf);
  return v && v.value !== null ? (v as Known) : undefined;
}
