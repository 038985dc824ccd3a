// A household as the eligibility rules see it, and its checking: every problem
// names the field and says why.
import { z } from "zod";

export const MAX_MEMBERS = 30;
export const MAX_AGE = 120;
export const MAX_BIRTHS_AT_ONCE = 8;
/** A month's income above this is surely a typo (som). */
export const MAX_MONTHLY_INCOME = 10_000_000;

const isRealDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Monetary compensation instead of in-kind privileges: the person's category (rows 18–25 of the ministry's list are "other"). */
export const COMPENSATION_CATEGORIES = [
  "wwii-participant",
  "wwii-disabled",
  "hero",
  "camp-prisoner-minor",
  "leningrad-siege",
  "home-front-disabled",
  "home-front",
  "labour-army",
  "wwii-widow",
  "soviet-army-disabled",
  "combat-abroad-disabled",
  "combat-abroad",
  "fallen-serviceman-family",
  "chernobyl-disabled",
  "chernobyl-1986-1987",
  "repression-rehabilitated",
  "honorary-donor",
  "other",
] as const;
export type CompensationCategory = (typeof COMPENSATION_CATEGORIES)[number];

const member = z.object({
  age: z.number({ error: "must be a whole number of years (0 for a baby)" }).int("must be a whole number of years (0 for a baby)").min(0, "cannot be negative").max(MAX_AGE, `cannot be over ${MAX_AGE}`),
  sex: z.enum(["female", "male"], { error: 'must be "female" or "male"' }),
  hasPension: z.boolean({ error: "must be true or false" }).default(false),
  disability: z
    .object({
      group: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "must be 1, 2 or 3" }),
      since: z.enum(["childhood", "illness"], { error: 'must be "childhood" or "illness"' }),
    }, { error: 'must be null or { "group": 1|2|3, "since": "childhood"|"illness" }' })
    .strict()
    .nullable()
    .default(null),
  parentsLost: z.union([z.literal(0), z.literal(1), z.literal(2)], { error: "must be 0, 1 or 2" }).default(0),
  heroineMother: z.boolean({ error: "must be true or false" }).default(false),
  /** Optional; must agree with `age` on the day asked about. */
  birthDate: z.string({ error: "must be a date YYYY-MM-DD" }).regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine(isRealDay, "is not a real date").optional(),
  employed: z.boolean({ error: "must be true or false" }).default(false),
  registeredUnemployed: z.boolean({ error: "must be true or false" }).default(false),
  insuredMonthsLast36: z.number({ error: "must be a whole number of months, 0 to 36" }).int("must be a whole number of months, 0 to 36").min(0, "cannot be negative").max(36, "cannot be over 36").default(0),
  compensation: z.enum(COMPENSATION_CATEGORIES, { error: `must be null or one of ${COMPENSATION_CATEGORIES.join(", ")}` }).nullable().default(null),
  /** 1 = the mother's first child; when absent, children are counted oldest first. */
  birthOrder: z.number({ error: "must be a whole number from 1" }).int("must be a whole number from 1").min(1, "must be a whole number from 1").max(MAX_MEMBERS, `cannot be over ${MAX_MEMBERS}`).optional(),
}, { error: "must be an object with age and sex" }).strict()
  .refine((m) => !(m.heroineMother && m.sex === "male"), { path: ["heroineMother"], message: 'can be true only for "sex": "female"' });

/** Whose death the funeral benefit is asked about (the amount depends on it). */
export const DEATH_CASES = ["worker", "worker-dependant", "self-employed", "self-employed-dependant", "registered-unemployed", "pensioner"] as const;

export const householdSchema = z
  .object({
    asOf: z.string({ error: "must be a date YYYY-MM-DD" }).regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine(isRealDay, "is not a real date").optional(),
    monthlyIncome: z.number({ error: "must be a number of som (0 or more)" }).min(0, "cannot be negative").max(MAX_MONTHLY_INCOME, `is not believable (over ${MAX_MONTHLY_INCOME} som a month)`),
    members: z.array(member, { error: "must be a list of household members" }).min(1, "must list at least one person").max(MAX_MEMBERS, `cannot list more than ${MAX_MEMBERS} people`),
    birthsAtOnce: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "cannot be negative").max(MAX_BIRTHS_AT_ONCE, `cannot be over ${MAX_BIRTHS_AT_ONCE}`).default(0),
    highland: z.boolean({ error: "must be true or false" }).default(false),
    death: z
      .object({ of: z.enum(DEATH_CASES, { error: `must be one of ${DEATH_CASES.join(", ")}` }) }, { error: 'must be null or { "of": "worker"|… }' })
      .strict()
      .nullable()
      .default(null),
  }, { error: "must be a JSON object" })
  .strict();

export type HouseholdInput = z.input<typeof householdSchema>;
export type Household = z.output<typeof householdSchema>;
export type Member = Household["members"][number];

export interface InputProblem {
  /** e.g. "members[1].age" */
  field: string;
  message: string;
}

/** Full years between two days (YYYY-MM-DD). */
function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Problems that need the day asked about: a birth date after it, or one that disagrees with the age. */
export function datedProblems(household: Household, asOf: string): InputProblem[] {
  const out: InputProblem[] = [];
  household.members.forEach((m, i) => {
    if (!m.birthDate) return;
    const field = `members[${i}].birthDate`;
    if (m.birthDate > asOf) out.push({ field, message: `is after asOf (${asOf})` });
    else if (yearsBetween(m.birthDate, asOf) !== m.age) out.push({ field, message: `does not agree with age ${m.age} on ${asOf}` });
  });
  return out;
}

export function checkHousehold(input: unknown): { ok: true; household: Household } | { ok: false; problems: InputProblem[] } {
  const parsed = householdSchema.safeParse(input);
  if (parsed.success) return { ok: true, household: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      field:
        issue.path.reduce<string>(
          (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
          "",
        ) || "(input)",
      message: issue.code === "unrecognized_keys" ? `has unknown field(s): ${issue.keys.join(", ")}` : issue.message,
    })),
  };
}
