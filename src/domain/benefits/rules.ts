// The eligibility rules: pure functions from a household and a day to, for each
// benefit, a status, the amount for this household, the reasons (as message
// keys with values, rendered in the person's language), the legal basis, the
// source and whether an unsure fact touches the answer.
import type { Household, Member } from "./household.ts";
import { amountOn, benefitParameters, valueOn, type BenefitParameters, type Dated, type Known, type Law } from "./parameters.ts";

export const BENEFIT_IDS = [
  "uy-bulogo-komok",
  "balaga-suyunchu",
  "social-benefit",
  "personal-assistant",
  "maternity",
  "funeral",
  "unemployment-support",
  "bala-yrysy",
  "highland-children",
  "bala-bereke",
  "unemployment-benefit",
  "monetary-compensation",
] as const;
export type BenefitId = (typeof BENEFIT_IDS)[number];
export type Status = "eligible" | "maybe" | "not-eligible";

/** A reason as a Fluent message id (elig-…) and its values. */
export interface Reason {
  key: string;
  args?: Record<string, string | number>;
}

export interface BenefitResult {
  id: BenefitId;
  status: Status;
  monthly: number | null;
  oneTime: number | null;
  reasons: Reason[];
  legalBasis: Law;
  source: string;
  unsure: boolean;
  /** The monthly amount counts only the people whose amount is known: the real one is higher. */
  monthlyAtLeast?: boolean;
  /** Not the household's question (nobody died, not in a highland zone, nobody registered unemployed): the chat leaves it out. */
  notAsked?: boolean;
}

export interface Assessment {
  asOf: string;
  perCapitaIncome: number;
  gmi: number;
  benefits: BenefitResult[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Ages of a woman who may have given birth or be expecting: births are the household's question only with one (or a baby). */
const MOTHER_AGE = { from: 16, to: 50 };
export const birthsAsked = (members: readonly Member[]) => members.some((m) => m.age === 0 || (m.sex === "female" && m.age >= MOTHER_AGE.from && m.age <= MOTHER_AGE.to));

interface Facts {
  p: BenefitParameters;
  asOf: string;
  household: Household;
  perCapita: number;
  gmi: Known;
}

function result(f: Facts, id: BenefitId, lawName: string, source: string, r: Partial<BenefitResult> & { status: Status; reasons: Reason[] }): BenefitResult {
  const law = f.p.laws[lawName];
  if (!law) throw new Error(`parameters.yaml: law ${lawName} is missing`);
  return {
    id,
    status: r.status,
    monthly: r.monthly ?? null,
    oneTime: r.oneTime ?? null,
    reasons: r.reasons,
    legalBasis: law,
    source,
    unsure: r.unsure ?? false,
    ...(r.monthlyAtLeast ? { monthlyAtLeast: true } : {}),
    ...(r.notAsked ? { notAsked: true } : {}),
  };
}

/** The day 12 months before `asOf` (YYYY-MM-DD). */
const yearBefore = (asOf: string) => `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;

/**
 * "What changed": when the amount in force on `asOf` took effect in the last
 * 12 months (on a known date, not one it was merely known by), the old amount
 * beside the new one, or that the payment is new.
 */
function changeNote(series: readonly Dated[], asOf: string): Reason | undefined {
  const now = valueOn(series, asOf);
  if (!now || now.value === null || now.approximate || now.from <= yearBefore(asOf)) return undefined;
  const previous = series.filter((v) => v.from < now.from).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (!previous) return { key: "elig-changed-new", args: { date: now.from } };
  if (previous.value === null || previous.value === now.value) return undefined;
  return { key: "elig-changed", args: { date: now.from, amount: now.value, previous: previous.value } };
}

/** The reasons with the "what changed" note added at the end, when there is one. */
const withChange = (reasons: Reason[], series: readonly Dated[], asOf: string): Reason[] => {
  const note = changeNote(series, asOf);
  return note ? [...reasons, note] : reasons;
};

/** The date an amount is valid from, or (approx) the date it is known to be in force by. */
const validFrom = (line: Dated) => ({ date: line.from, approx: line.approximate ? "yes" : "no" });

const sources = (...values: (Dated | undefined)[]) =>
  [...new Set(values.flatMap((v) => (v ? v.source.split("; ") : [])))].join("; ");

function familyBenefit(f: Facts): BenefitResult {
  const rule = f.p["uy-bulogo-komok"];
  const children = f.household.members.filter((m) => m.age < rule.childAgeBelow).length;
  const perChild = amountOn(rule.perChild, f.asOf);
  const source = sources(f.gmi, perChild);
  const income = { perCapita: f.perCapita, gmi: f.gmi.value };
  if (children === 0) {
    return result(f, "uy-bulogo-komok", rule.law, source, {
      status: "not-eligible",
      reasons: [{ key: "elig-ubk-no-children", args: { age: rule.childAgeBelow } }],
    });
  }
  // Compared unrounded: income exactly at the minimum is not below it.
  if (f.household.monthlyIncome >= f.gmi.value * f.household.members.length) {
    return result(f, "uy-bulogo-komok", rule.law, source, {
      status: "not-eligible",
      reasons: [{ key: "elig-income-not-below", args: income }],
    });
  }
  // Shown cut to the cent, so that 999.997 is not shown as "1 000 is below 1 000".
  const firstKnown = rule.perChild.find((v) => v.value !== null)!;
  const reasons: Reason[] = [
    { key: "elig-income-below", args: { ...income, perCapita: Math.floor((f.household.monthlyIncome / f.household.members.length) * 100) / 100 } },
    perChild
      ? { key: "elig-ubk-per-child", args: { count: children, age: rule.childAgeBelow, amount: perChild.value, ...validFrom(perChild) } }
      : { key: "elig-ubk-amount-unknown-before", args: { count: children, age: rule.childAgeBelow, date: firstKnown.from } },
    { key: "elig-ubk-twelve-months" },
  ];
  if (rule.regionalCoefficientsUnsure) reasons.push({ key: "elig-ubk-regional-unsure" });
  if (workingAgeAdults(f).some((m) => !m.employed)) reasons.push({ key: "elig-ubk-register-employment" });
  return result(f, "uy-bulogo-komok", rule.law, source, {
    status: perChild ? "eligible" : "maybe",
    monthly: perChild ? perChild.value * children : null,
    reasons: withChange(reasons, rule.perChild, f.asOf),
    unsure: rule.regionalCoefficientsUnsure || !perChild,
  });
}

function birthGrant(f: Facts): BenefitResult {
  const rule = f.p["balaga-suyunchu"];
  const births = f.household.birthsAtOnce;
  const single = amountOn(rule.perChild, f.asOf);
  const multiple = amountOn(rule.multipleBirth.perChild, f.asOf);
  if (!single) {
    return result(f, "balaga-suyunchu", rule.law, rule.perChild.map((v) => v.source).join("; "), {
      status: "not-eligible",
      reasons: [{ key: "elig-birth-not-yet", args: { date: rule.perChild[0]!.from } }],
    });
  }
  if (births === 0) {
    const baby = f.household.members.some((m) => m.age === 0);
    return result(f, "balaga-suyunchu", rule.law, sources(single, multiple), {
      status: baby ? "maybe" : "not-eligible",
      reasons: [{ key: baby ? "elig-birth-baby-not-counted" : "elig-birth-none" }],
      notAsked: !birthsAsked(f.household.members),
    });
  }
  const many = births >= rule.multipleBirth.minChildren && multiple !== undefined;
  const line = many ? multiple : single;
  const perChild = line.value;
  const reasons: Reason[] = [{ key: many ? "elig-birth-multiple" : "elig-birth-per-child", args: { count: births, amount: perChild, ...validFrom(line) } }];
  if (births >= rule.multipleBirth.minChildren && !multiple) reasons.push({ key: "elig-birth-multiple-not-yet" });
  reasons.push({ key: "elig-birth-single-window" });
  return result(f, "balaga-suyunchu", rule.law, sources(many ? multiple : single), {
    status: "eligible",
    oneTime: perChild * births,
    reasons,
  });
}

/** «Бала ырысы»: a monthly payment for every child under 3 from 2026-07-01, whatever the family's income. */
function balaYrysy(f: Facts): BenefitResult {
  const rule = f.p["bala-yrysy"];
  const amount = amountOn(rule.perChild, f.asOf);
  const source = rule.perChild.map((v) => v.source).join("; ");
  if (!amount) {
    return result(f, "bala-yrysy", rule.law, source, { status: "not-eligible", reasons: [{ key: "elig-bala-yrysy-not-yet", args: { date: rule.perChild[0]!.from } }] });
  }
  const children = f.household.members.filter((m) => m.age < rule.childAgeBelow).length;
  if (children === 0) {
    return result(f, "bala-yrysy", rule.law, source, { status: "not-eligible", reasons: [{ key: "elig-bala-yrysy-no-children", args: { age: rule.childAgeBelow } }] });
  }
  const reasons: Reason[] = [{ key: "elig-bala-yrysy-per-child", args: { count: children, age: rule.childAgeBelow, amount: amount.value, date: amount.from } }];
  if (rule.combinationUnsure) reasons.push({ key: "elig-bala-yrysy-combination-unsure" });
  return result(f, "bala-yrysy", rule.law, amount.source, {
    status: "eligible",
    monthly: amount.value * children,
    reasons: withChange(reasons, rule.perChild, f.asOf),
    unsure: rule.combinationUnsure || amount.confidence !== "sure",
  });
}

/** The children of the family (under 18) with their place among the mother's children: given, or oldest first. */
function childrenInOrder(f: Facts): { m: Member; person: number; order: number }[] {
  const children = f.household.members.map((m, i) => ({ m, person: i + 1 })).filter(({ m }) => m.age < 18);
  const byAge = [...children].sort((a, b) => b.m.age - a.m.age || a.person - b.person);
  return byAge.map((c, i) => ({ ...c, order: c.m.birthOrder ?? i + 1 }));
}

/** For highland families: the 3rd and later children under 3, born from 2026-01-01; not together with Үй-бүлөгө көмөк. */
function highlandChildren(f: Facts): BenefitResult {
  const rule = f.p["highland-children"];
  const amount = amountOn(rule.perChild, f.asOf);
  const source = rule.perChild.map((v) => v.source).join("; ");
  const no = (key: string, args?: Reason["args"]) => result(f, "highland-children", rule.law, source, { status: "not-eligible", reasons: [{ key, ...(args ? { args } : {}) }] });
  if (!amount) return no("elig-highland-not-yet", { date: rule.perChild[0]!.from });
  if (!f.household.highland) return { ...no("elig-highland-not-highland"), notAsked: true };
  const young = childrenInOrder(f).filter((c) => c.order >= rule.fromChild && c.m.age < rule.childAgeBelow);
  if (young.length === 0) return no("elig-highland-no-third-child", { from: rule.fromChild, age: rule.childAgeBelow });
  const reasons: Reason[] = [];
  const born = young.filter((c) => c.m.birthDate !== undefined && c.m.birthDate >= rule.bornFrom).length;
  const unknown = young.filter((c) => c.m.birthDate === undefined).length;
  for (const c of young.filter((c) => c.m.birthDate !== undefined && c.m.birthDate < rule.bornFrom)) reasons.push({ key: "elig-highland-born-before", args: { person: c.person, date: rule.bornFrom } });
  if (born + unknown === 0) return result(f, "highland-children", rule.law, source, { status: "not-eligible", reasons });
  reasons.unshift({ key: "elig-highland-per-child", args: { count: born + unknown, from: rule.fromChild, age: rule.childAgeBelow, amount: amount.value, date: amount.from } });
  if (unknown) reasons.push({ key: "elig-highland-born-unknown", args: { date: rule.bornFrom } });
  reasons.push({ key: "elig-highland-not-with-ubk" });
  return result(f, "highland-children", rule.law, amount.source, {
    status: born > 0 ? "eligible" : "maybe",
    monthly: amount.value * (born > 0 ? born : unknown),
    monthlyAtLeast: born > 0 && unknown > 0,
    reasons: withChange(reasons, rule.perChild, f.asOf),
    unsure: unknown > 0 || amount.confidence !== "sure",
  });
}

/** «Бала Береке»: one-off for the 4th and later child of a highland mother, born from 2026-01-01, paid at age one. */
function balaBereke(f: Facts): BenefitResult {
  const rule = f.p["bala-bereke"];
  const orders = Object.keys(rule.byOrder).map(Number).sort((a, b) => a - b);
  const first = orders[0]!;
  const seriesFor = (order: number) => rule.byOrder[String(Math.min(order, orders.at(-1)!))]!;
  const source = seriesFor(first).map((v) => v.source).join("; ");
  const no = (key: string, args?: Reason["args"]) => result(f, "bala-bereke", rule.law, source, { status: "not-eligible", reasons: [{ key, ...(args ? { args } : {}) }] });
  if (!amountOn(seriesFor(first), f.asOf)) return no("elig-bereke-not-yet", { date: rule.bornFrom });
  if (!f.household.highland) return { ...no("elig-highland-not-highland"), notAsked: true };
  // Children of one year or less: the payment comes when the child turns one.
  const young = childrenInOrder(f).filter((c) => c.order >= first && c.m.age <= 1 && (c.m.birthDate === undefined || c.m.birthDate >= rule.bornFrom));
  if (young.length === 0) return no("elig-bereke-no-child", { from: first });
  let oneTime = 0;
  const reasons: Reason[] = [];
  for (const c of young) {
    const amount = amountOn(seriesFor(c.order), f.asOf)!;
    oneTime += amount.value;
    reasons.push({ key: "elig-bereke-child", args: { person: c.person, order: c.order, amount: amount.value } });
  }
  const unknownBirth = young.some((c) => c.m.birthDate === undefined);
  if (unknownBirth) reasons.push({ key: "elig-highland-born-unknown", args: { date: rule.bornFrom } });
  reasons.push({ key: "elig-bereke-when", args: { years: rule.residenceYears } });
  if (rule.residenceConfidence !== "sure") reasons.push({ key: `elig-amount-${rule.residenceConfidence}` });
  return result(f, "bala-bereke", rule.law, source, {
    status: unknownBirth ? "maybe" : "eligible",
    oneTime,
    reasons,
    unsure: unknownBirth || rule.residenceConfidence !== "sure",
  });
}

/** The social-benefit category a person fits best, if any (one benefit per person). */
function socialCategories(f: Facts, m: Member): string[] {
  const rule = f.p["social-benefit"];
  const child = m.age < rule.childAgeBelow;
  const out: string[] = [];
  if (m.disability && child) out.push("child-with-disability");
  if (m.disability && !child) {
    out.push(m.disability.since === "childhood" ? `disabled-since-childhood-${m.disability.group}` : `general-illness-${m.disability.group}`);
  }
  if (child && m.parentsLost === 2) out.push("orphan");
  if (child && m.parentsLost === 1) out.push("lost-breadwinner");
  if (m.heroineMother && m.sex === "female" && m.age >= rule.heroineMotherAge) out.push("heroine-mother");
  if (m.age >= rule.elderlyAge[m.sex]) out.push("elderly-without-pension");
  return out;
}

function socialBenefit(f: Facts): BenefitResult {
  const rule = f.p["social-benefit"];
  const reasons: Reason[] = [];
  let monthly = 0;
  let known = 0;
  let unknown = 0;
  let pensioners = 0;
  const used: Dated[] = [];
  for (const [i, m] of f.household.members.entries()) {
    const person = i + 1;
    const categories = socialCategories(f, m);
    if (m.heroineMother && m.age < rule.heroineMotherAge) {
      reasons.push({ key: "elig-social-heroine-from-age", args: { person, age: rule.heroineMotherAge } });
    }
    if (categories.length === 0) continue;
    if (m.hasPension) {
      pensioners++;
      reasons.push({ key: "elig-social-has-pension", args: { person } });
      continue;
    }
    // Only one benefit at a time: the highest known amount among the person's categories.
    const amounts = categories.map((c) => ({ c, line: valueOn(rule.categories[c] ?? [], f.asOf), v: amountOn(rule.categories[c] ?? [], f.asOf) }));
    const best = amounts.filter((a) => a.v).sort((a, b) => b.v!.value - a.v!.value)[0];
    if (best) {
      monthly += best.v!.value;
      known++;
      used.push(best.v!);
      reasons.push({ key: "elig-social-person", args: { person, category: best.c, amount: best.v!.value, ...validFrom(best.v!) } });
      // One source only: the number stands, and the person is told to check it.
      if (best.v!.confidence !== "sure") reasons.push({ key: `elig-social-${best.v!.confidence}`, args: { person } });
      // A category whose amount is unknown might pay more: the office chooses.
      for (const other of amounts.filter((a) => !a.v)) {
        reasons.push({ key: "elig-social-also-fits", args: { person, category: other.c } });
      }
    } else {
      unknown++;
      const category = categories[0]!;
      const line = amounts[0]!.line;
      const first = rule.categories[category]?.[0];
      reasons.push(
        line
          ? { key: "elig-social-amount-unknown-since", args: { person, category, date: line.from } }
          : first
            ? { key: "elig-social-amount-unknown-before", args: { person, category, date: first.from } }
            : { key: "elig-social-amount-range", args: { person, category, min: rule.otherRange.min, max: rule.otherRange.max } },
      );
    }
  }
  if (known + unknown === 0) {
    reasons.push({ key: pensioners ? "elig-social-only-pensioners" : "elig-social-none" });
    return result(f, "social-benefit", rule.law, rule.source, { status: "not-eligible", reasons });
  }
  // Amounts known for some people only: the total is a floor, and said to be one.
  if (known && unknown) reasons.push({ key: "elig-social-total-at-least", args: { amount: monthly } });
  reasons.push({ key: "elig-social-one-at-a-time" });
  return result(f, "social-benefit", rule.law, sources(...used) || rule.source, {
    status: "eligible",
    monthly: known ? monthly : null,
    monthlyAtLeast: known > 0 && unknown > 0,
    reasons,
    unsure: unknown > 0 || used.some((v) => v.confidence !== "sure"),
  });
}

function personalAssistant(f: Facts): BenefitResult {
  const rule = f.p["personal-assistant"];
  const amount = amountOn(rule.monthly, f.asOf);
  const source = rule.monthly.map((v) => v.source).join("; ");
  const children = f.household.members.filter((m) => m.disability && m.age < rule.childAgeBelow).length;
  if (!amount) {
    return result(f, "personal-assistant", rule.law, source, {
      status: "not-eligible",
      reasons: [{ key: "elig-assistant-not-yet", args: { date: rule.monthly[0]!.from } }],
    });
  }
  if (children === 0) {
    return result(f, "personal-assistant", rule.law, source, { status: "not-eligible", reasons: [{ key: "elig-assistant-no-child" }] });
  }
  return result(f, "personal-assistant", rule.law, amount.source, {
    status: "maybe",
    monthly: amount.value,
    reasons: withChange([{ key: "elig-assistant-constant-care" }, { key: "elig-assistant-amount", args: { amount: amount.value, date: amount.from } }], rule.monthly, f.asOf),
    unsure: amount.confidence !== "sure",
  });
}

function maternity(f: Facts): BenefitResult {
  const rule = f.p.maternity;
  const woman = f.household.members.some((m) => m.sex === "female" && m.age >= 16);
  if (f.household.birthsAtOnce === 0 || !woman) {
    const key = f.household.birthsAtOnce === 0 ? "elig-maternity-no-birth" : "elig-maternity-no-mother";
    return result(f, "maternity", rule.law, rule.source, { status: "not-eligible", reasons: [{ key }], notAsked: !birthsAsked(f.household.members) });
  }
  const state = amountOn(rule.stateMonthly, f.asOf);
  const reasons: Reason[] = [{ key: "elig-maternity-employed" }];
  if (f.asOf >= rule.employerPaysFirstWorkingDays.from) {
    reasons.push({ key: "elig-maternity-employer-days", args: { days: rule.employerPaysFirstWorkingDays.days } });
  }
  if (state) {
    reasons.push({ key: "elig-maternity-state", args: { amount: state.value, date: state.from } });
    if (state.confidence !== "sure") reasons.push({ key: `elig-amount-${state.confidence}` });
  }
  return result(f, "maternity", rule.law, state ? sources(state) : rule.source, { status: "maybe", reasons: withChange(reasons, rule.stateMonthly, f.asOf), unsure: !state || state.confidence !== "sure" });
}

/** The funeral benefit: only when someone in the family died, by whose death it was. */
function funeral(f: Facts): BenefitResult {
  const rule = f.p.funeral;
  const death = f.household.death;
  if (!death) return result(f, "funeral", rule.law, rule.source, { status: "not-eligible", reasons: [{ key: "elig-funeral-no-death" }], notAsked: true });
  const series = rule.byCase[death.of] ?? [];
  const line = valueOn(series, f.asOf);
  const amount = amountOn(series, f.asOf);
  if (death.of === "pensioner" || !amount) {
    const first = series.find((v) => v.value !== null);
    return result(f, "funeral", rule.law, line?.source ?? rule.source, {
      status: "maybe",
      reasons: [death.of === "pensioner" ? { key: "elig-funeral-pensioner" } : { key: "elig-funeral-amount-unknown-before", args: { date: first?.from ?? f.asOf } }],
      unsure: true,
    });
  }
  const reasons: Reason[] = [{ key: "elig-funeral-amount", args: { death: death.of, amount: amount.value, date: amount.from } }];
  if (amount.confidence !== "sure") reasons.push({ key: `elig-amount-${amount.confidence}` });
  return result(f, "funeral", rule.law, amount.source, { status: "eligible", oneTime: amount.value, reasons, unsure: amount.confidence !== "sure" });
}

/**
 * Monetary compensation instead of in-kind privileges: each person with a
 * category gets its amount on the day asked about; an amount not found is
 * said to be unknown, with the last one known and its date.
 */
function monetaryCompensation(f: Facts): BenefitResult {
  const rule = f.p["monetary-compensation"];
  const people = f.household.members.map((m, i) => ({ m, person: i + 1 })).filter(({ m }) => m.compensation !== null);
  const source = "mlsp.gov.kg; barometr.kg; maralfm.kg";
  if (people.length === 0) {
    return result(f, "monetary-compensation", rule.law, source, { status: "not-eligible", reasons: [{ key: "elig-comp-none" }], notAsked: true });
  }
  const reasons: Reason[] = [];
  const used: Dated[] = [];
  const notes = new Map<string, Reason>();
  let monthly = 0;
  let known = 0;
  let unknown = 0;
  let unsure = false;
  for (const { m, person } of people) {
    const category = m.compensation!;
    const series = rule.categories[category]!;
    const line = valueOn(series, f.asOf);
    used.push(...(line ? [line] : []));
    const previous = line && series.filter((v) => v.from < line.from && v.value).at(-1);
    if (!line || line.value === null) {
      unknown++;
      unsure = true;
      reasons.push(
        previous
          ? { key: "elig-comp-unknown-since", args: { person, category, date: line!.from, previous: previous.value! } }
          : { key: "elig-comp-unknown", args: { person, category, min: rule.range.min, max: rule.range.max } },
      );
    } else if (line.value === 0) {
      unsure ||= line.confidence !== "sure";
      reasons.push({ key: "elig-comp-repealed", args: { person, category, previous: previous?.value ?? 0, date: line.from } });
    } else {
      known++;
      monthly += line.value;
      reasons.push({ key: "elig-comp-person", args: { person, category, amount: line.value, date: line.from } });
      if (line.confidence !== "sure") {
        unsure = true;
        reasons.push({ key: `elig-social-${line.confidence}`, args: { person } });
      }
      const note = changeNote(series, f.asOf);
      if (note) notes.set(category, note);
    }
  }
  if (known + unknown === 0) return result(f, "monetary-compensation", rule.law, sources(...used), { status: "not-eligible", reasons, unsure });
  if (known && unknown) reasons.push({ key: "elig-social-total-at-least", args: { amount: monthly } });
  reasons.push({ key: "elig-comp-choose-one" }, { key: "elig-comp-no-coefficient" });
  if (people.some(({ m }) => m.hasPension)) reasons.push({ key: "elig-comp-with-pension" });
  return result(f, "monetary-compensation", rule.law, sources(...used), {
    status: known ? "eligible" : "maybe",
    monthly: known ? monthly : null,
    monthlyAtLeast: known > 0 && unknown > 0,
    reasons: [...reasons, ...notes.values()],
    unsure,
  });
}

/** An adult of working age who can work: no pension, no disability of group I or II. */
export function ofWorkingAge(m: Member): boolean {
  const age = benefitParameters()["unemployment-support"].workingAge;
  return m.age >= age.from && m.age < age[m.sex] && !m.hasPension && !(m.disability && m.disability.group < 3);
}

const workingAgeAdults = (f: Facts): Member[] => f.household.members.filter(ofWorkingAge);

/** The unemployment benefit: registered unemployed people with enough insured months in the last 3 years. */
function unemploymentBenefit(f: Facts): BenefitResult {
  const rule = f.p["unemployment-benefit"];
  const base = amountOn(rule.base, f.asOf);
  const source = rule.base.map((v) => v.source).join("; ");
  const registered = f.household.members.map((m, i) => ({ m, person: i + 1 })).filter(({ m }) => m.registeredUnemployed && !m.employed);
  if (registered.length === 0) {
    // Told to register first when someone of working age has no job; otherwise not the household's question.
    const jobless = workingAgeAdults(f).some((m) => !m.employed);
    const key = jobless ? "elig-unemployment-register-first" : "elig-unemployment-none";
    return result(f, "unemployment-benefit", rule.law, source, { status: "not-eligible", reasons: [{ key }], ...(jobless ? {} : { notAsked: true }) });
  }
  const reasons: Reason[] = [];
  let paid = 0;
  for (const { m, person } of registered) {
    const enough = m.insuredMonthsLast36 >= rule.minInsuredMonths;
    if (enough) paid++;
    reasons.push({ key: enough ? "elig-unemployment-person" : "elig-unemployment-too-few-months", args: { person, months: m.insuredMonthsLast36, need: rule.minInsuredMonths } });
  }
  if (paid === 0) return result(f, "unemployment-benefit", rule.law, source, { status: "not-eligible", reasons });
  reasons.push({ key: "elig-unemployment-report-monthly" });
  if (!base) {
    reasons.push({ key: "elig-unemployment-amount-unknown" });
    return result(f, "unemployment-benefit", rule.law, source, { status: "maybe", reasons, unsure: true });
  }
  reasons.push({ key: "elig-unemployment-amount", args: { amount: base.value, average: rule.average, date: base.from } });
  // Checked at the employment service, which pays it.
  if (base.confidence !== "sure") reasons.push({ key: base.confidence === "likely" ? "elig-unemployment-likely" : "elig-amount-unsure" });
  return result(f, "unemployment-benefit", rule.law, base.source, {
    status: "eligible",
    monthly: base.value * paid,
    // A base amount: a longer service pays more.
    monthlyAtLeast: true,
    reasons,
    unsure: base.confidence !== "sure",
  });
}

function employment(f: Facts): BenefitResult {
  const rule = f.p["unemployment-support"];
  const adults = workingAgeAdults(f).length;
  if (adults === 0) {
    return result(f, "unemployment-support", rule.law, rule.source, { status: "not-eligible", reasons: [{ key: "elig-employment-no-adults" }] });
  }
  return result(f, "unemployment-support", rule.law, rule.source, {
    status: "eligible",
    reasons: [{ key: "elig-employment-adults", args: { count: adults } }, { key: "elig-employment-services" }],
  });
}

/** The earliest day the rules answer for. */
export const coversFrom = () => benefitParameters().coversFrom;

/** Assesses a household on `asOf` (YYYY-MM-DD, not before coversFrom()). */
export function assessHousehold(household: Household, asOf: string): Assessment {
  const p = benefitParameters();
  if (asOf < p.coversFrom) throw new RangeError(`asOf ${asOf} is before ${p.coversFrom}, the first day the rules cover`);
  const gmi = amountOn(p.gmi, asOf)!;
  const perCapita = round2(household.monthlyIncome / household.members.length);
  const f: Facts = { p, asOf, household, perCapita, gmi };
  return {
    asOf,
    perCapitaIncome: perCapita,
    gmi: gmi.value,
    benefits: [familyBenefit(f), balaYrysy(f), highlandChildren(f), balaBereke(f), birthGrant(f), socialBenefit(f), monetaryCompensation(f), personalAssistant(f), maternity(f), funeral(f), unemploymentBenefit(f), employment(f)],
  };
}
