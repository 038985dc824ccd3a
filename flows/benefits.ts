// Benefits: asks what the eligibility rules need, one question at a time (with
// Back), then tells, for each benefit, whether the family may get it, how
// much, why, the legal basis, what to bring and where to go. Anonymous: the
// answers live only in the conversation until the result, then are gone.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "../src/context.ts";
import type { Household, Member } from "../src/domain/benefits/household.ts";
import { COMPENSATION_CATEGORIES, DEATH_CASES, MAX_AGE, MAX_BIRTHS_AT_ONCE, MAX_MEMBERS, MAX_MONTHLY_INCOME } from "../src/domain/benefits/household.ts";
import { assessHousehold, birthsAsked, ofWorkingAge } from "../src/domain/benefits/rules.ts";
import { MENU_PREFIX } from "../src/features/menu.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { Questions, type Choice } from "../src/questions.ts";
import { tally } from "../src/privacy/personal-data.ts";
import { benefitsReport, type BenefitsReport } from "../src/services/eligibility-text.ts";
import { packBlocks } from "../src/texts.ts";
import { bishkekDay } from "../src/time.ts";

type YesNo = "yes" | "no";
/** Under 18: a child for the social benefit and the questions (no disability group, lost parents). */
const CHILD_AGE_BELOW = 18;
/** Women are asked about the heroine-mother title from 50, so those under 55 learn when it pays. */
const HEROINE_ASK_FROM = 50;


const person0 = (age: number, sex: Member["sex"]): Member => ({ age, sex, hasPension: false, disability: null, parentsLost: 0, heroineMother: false, employed: false, registeredUnemployed: false, insuredMonthsLast36: 0, compensation: null });

/**
 * The privilege categories as buttons, a page at a time: the war veterans the
 * question names first, then the likeliest today (veterans of Afghanistan,
 * Chernobyl workers, widows), the rarest and "other" last.
 */
const PRIVILEGE_PAGE_SIZE = 6;
const PRIVILEGE_ORDER = [
  "wwii-participant",
  "combat-abroad",
  "combat-abroad-disabled",
  "chernobyl-1986-1987",
  "chernobyl-disabled",
  "wwii-widow",
  "fallen-serviceman-family",
  "home-front",
  "home-front-disabled",
  "labour-army",
  "repression-rehabilitated",
  "wwii-disabled",
  "leningrad-siege",
  "camp-prisoner-minor",
  "soviet-army-disabled",
  "honorary-donor",
  "hero",
  "other",
] as const satisfies readonly (typeof COMPENSATION_CATEGORIES)[number][];

/** Features the result may hand the person over to, when this bot has them (menu entry ids). */
export const BENEFITS_HANDOFFS = [
  { menu: "jobs", labelKey: "benefits-offer-jobs" },
  { menu: "legal-aid", labelKey: "benefits-offer-legal" },
] as const;

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const q = new Questions(conversation, ctx);
  // Built where asked: the language may change between questions.
  const yesNo = (): Choice<YesNo>[] => [
    { value: "yes", label: t("answer-yes") },
    { value: "no", label: t("answer-no") },
  ];
  // "Someone in my family died" (a button under the result): only the funeral benefit, by whose death it was.
  if (env?.arg === "death") return funeralOnly(conversation, ctx, q);
  await ctx.reply(t("benefits-intro"));

  const size = await q.number(t("benefits-ask-size"), { min: 1, max: MAX_MEMBERS, retry: t("benefits-retry-size", { max: MAX_MEMBERS }) });
  const monthlyIncome = await q.number(t("benefits-ask-income"), {
    min: 0,
    max: MAX_MONTHLY_INCOME,
    whole: false,
    retry: t("benefits-retry-income"),
  });
  const members: Member[] = [];
  const quick =
    size > 1 &&
    (await q.choice(t("benefits-ask-path"), [
      { value: "each", label: t("benefits-path-each") },
      { value: "quick", label: t("benefits-path-quick") },
    ] as const, 1)) === "quick";
  if (quick) {
    // Ages that no boundary of the rules is near: adults of working age (30),
    // teenagers 17 (children for the social benefit, not for "Үй-бүлөгө көмөк"),
    // children 8, babies 0.
    const children = await q.number(t("benefits-ask-children"), { min: 0, max: size, retry: t("benefits-retry-children", { max: size }) });
    // Under 3 counts for «Бала ырысы» and the highland payment, under one for the birth grant.
    const underThree = children
      ? await q.number(t("benefits-ask-under-three"), { min: 0, max: children, retry: t("benefits-retry-children", { max: children }) })
      : 0;
    const babies = underThree
      ? await q.number(t("benefits-ask-babies"), { min: 0, max: underThree, retry: t("benefits-retry-children", { max: underThree }) })
      : 0;
    // At least one grown-up answers: teenagers are asked about only when there are two "adults" or more.
    const older = size - children;
    const teens =
      older >= 2
        ? await q.number(t("benefits-ask-teens"), { min: 0, max: older - 1, retry: t("benefits-retry-children", { max: older - 1 }) })
        : 0;
    for (let n = 0; n < older - teens; n++) members.push(person0(30, n % 2 === 0 ? "female" : "male"));
    for (let n = 0; n < teens; n++) members.push(person0(17, n % 2 === 0 ? "female" : "male"));
    for (let n = 0; n < children; n++) members.push(person0(n < babies ? 0 : n < underThree ? 2 : 8, n % 2 === 0 ? "female" : "male"));
  }
  for (let n = 1; n <= (quick ? 0 : size); n++) {
    const age = await q.number(t(n === 1 ? "benefits-ask-age-you" : "benefits-ask-age", { n }), {
      min: 0,
      max: MAX_AGE,
      retry: t("benefits-retry-age", { max: MAX_AGE }),
    });
    // "You", a grown-up or a child, each asked in their own words.
    const child = age < CHILD_AGE_BELOW;
    const sex = await q.choice(t(n === 1 ? "benefits-ask-sex-you" : child ? "benefits-ask-sex-child" : "benefits-ask-sex", { n }), [
      { value: "female", label: t(child ? "sex-girl" : "sex-female") },
      { value: "male", label: t(child ? "sex-boy" : "sex-male") },
    ] as const);
    members.push(person0(age, sex));
  }
  const person = (m: Member, i: number) => ({
    value: String(i),
    label: quick
      ? t(m.age >= 18 ? "benefits-person-adult" : m.age >= 16 ? "benefits-person-teen" : "benefits-person-child", { n: i + 1 })
      : t("benefits-person", { n: i + 1, age: m.age, sex: t(`sex-short-${m.sex}`) }),
  });
  /** Asks "does anyone …?" then who, then "anyone else …?", for the members `fits` allows. */
  const pickPeople = async (key: string, fits: (m: Member) => boolean, each: (m: Member) => Promise<void>) => {
    const candidates = members.map((m, i) => ({ m, i })).filter(({ m }) => fits(m));
    if (candidates.length === 0) return;
    if ((await q.choice(t(`benefits-ask-${key}`), yesNo())) === "no") return;
    const touched = new Set<Member>();
    for (;;) {
      const left = candidates.filter(({ m }) => !touched.has(m));
      if (left.length === 0) return;
      const who = left.length === 1 ? left[0]!.i : Number(await q.choice(t(`benefits-ask-who-${key}`), left.map(({ m, i }) => person(m, i)), 1));
      const m = members[who]!;
      touched.add(m);
      await each(m);
      if (left.length === 1 || (await q.choice(t(`benefits-ask-else-${key}`), yesNo())) === "no") return;
    }
  };
  await pickPeople("disability", () => true, async (m) => {
    // For a child only the disability itself counts: no group or cause asked.
    if (m.age < CHILD_AGE_BELOW) {
      m.disability = { group: 1, since: "childhood" };
      return;
    }
    const group = await q.choice(t("benefits-ask-group"), [
      { value: "1", label: t("disability-group", { group: "I" }) },
      { value: "2", label: t("disability-group", { group: "II" }) },
      { value: "3", label: t("disability-group", { group: "III" }) },
    ], 3);
    const since = await q.choice(t("benefits-ask-cause"), [
      { value: "childhood", label: t("disability-since-childhood") },
      { value: "illness", label: t("disability-since-illness") },
    ] as const, 1);
    m.disability = { group: Number(group) as 1 | 2 | 3, since };
  });
  await pickPeople("pension", (m) => m.age >= CHILD_AGE_BELOW, async (m) => void (m.hasPension = true));
  await pickPeople("parents", (m) => m.age < CHILD_AGE_BELOW, async (m) => {
    const lost = await q.choice(t("benefits-ask-parents-lost"), [
      { value: "1", label: t("parents-lost-one") },
      { value: "2", label: t("parents-lost-both") },
    ], 1);
    m.parentsLost = Number(lost) as 1 | 2;
    // A survivor's pension rules the social benefit out.
    m.hasPension = (await q.choice(t("benefits-ask-survivor-pension"), yesNo())) === "yes";
  });
  // (The quick path knows no older women: heroine mothers are asked about with each person's age.)
  await pickPeople("heroine", (m) => m.sex === "female" && m.age >= HEROINE_ASK_FROM, async (m) => void (m.heroineMother = true));

  // Monetary compensation instead of privileges: asked of adults, the status from buttons a page at a time.
  await pickPeople("privilege", (m) => m.age >= CHILD_AGE_BELOW, async (m) => {
    for (let page = 0; ; page++) {
      const shown = PRIVILEGE_ORDER.slice(page * PRIVILEGE_PAGE_SIZE, (page + 1) * PRIVILEGE_PAGE_SIZE);
      const more = (page + 1) * PRIVILEGE_PAGE_SIZE < PRIVILEGE_ORDER.length;
      const picked = await q.choice(t("benefits-ask-privilege-category"), [
        ...shown.map((c) => ({ value: c, label: t(`privilege-${c}`), wide: true })),
        ...(more ? [{ value: "more" as const, label: t("privilege-page-next"), wide: true }] : []),
      ]);
      if (picked !== "more") {
        m.compensation = picked;
        return;
      }
    }
  });

  // Unemployment: asked about adults of working age who can work; the others are taken to have a job.
  let insuredUnknown = false;
  const jobless = new Set<Member>();
  await pickPeople("jobless", ofWorkingAge, async (m) => {
    jobless.add(m);
    if ((await q.choice(t("benefits-ask-registered"), yesNo())) === "no") return;
    m.registeredUnemployed = true;
    const months = await q.choice(t("benefits-ask-insured"), [
      { value: "enough", label: t("insured-enough") },
      { value: "few", label: t("insured-few") },
      { value: "unknown", label: t("insured-unknown") },
    ] as const, 1);
    // "Not known": shown on the condition of 12 months, and said so.
    m.insuredMonthsLast36 = months === "few" ? 0 : 12;
    if (months === "unknown") insuredUnknown = true;
  });
  for (const m of members) if (ofWorkingAge(m) && !jobless.has(m)) m.employed = true;

  // Highland residence matters (for now) only for a 3rd or later child under 3: asked once, then.
  const kids = members.filter((m) => m.age < CHILD_AGE_BELOW);
  const highland = kids.length >= 3 && kids.some((m) => m.age < 3) ? (await q.choice(t("benefits-ask-highland"), yesNo())) === "yes" : false;

  // A birth or a pregnancy is asked about only where one can be: a woman of 16 to 50, or a baby already in the family.
  const mayHaveBirth = birthsAsked(members);
  const birth = mayHaveBirth
    ? await q.choice(t("benefits-ask-births"), [
        { value: "born", label: t("births-born") },
        { value: "expected", label: t("births-expected") },
        { value: "none", label: t("births-none") },
      ] as const, 1)
    : "none";
  let birthsAtOnce = 0;
  if (birth !== "none") {
    const count = await q.choice(t(birth === "born" ? "benefits-ask-births-count" : "benefits-ask-births-expected-count"), [
      { value: "1", label: t("births-one") },
      { value: "2", label: t("births-twins") },
      { value: "3", label: t("births-triplets") },
      { value: "more", label: t("births-more") },
    ] as const, 2);
    birthsAtOnce =
      count === "more"
        ? await q.number(t("benefits-ask-births-number"), { min: 4, max: MAX_BIRTHS_AT_ONCE, retry: t("benefits-retry-births", { max: MAX_BIRTHS_AT_ONCE }) })
        : Number(count);
  }

  // Screening stays anonymous: only the day's count is kept, for the project's report.
  const asOf = await conversation.external(async (c) => {
    const day = bishkekDay(c.deps.clock.now());
    await tally(c.deps.db, "benefits.screenings", day);
    return day;
  });
  // The chat does not ask about a death yet (the funeral benefit is left out of its result then).
  const household: Household = { monthlyIncome, members, birthsAtOnce, highland, death: null };
  const locale = () => ctx.user?.language ?? "ru";
  const notes = [
    ...(quick ? [t("benefits-quick-note")] : []),
    ...(birth === "expected" ? [t("benefits-expected-note")] : []),
    ...(insuredUnknown ? [t("benefits-insured-unknown-note")] : []),
  ];
  const assessment = assessHousehold(household, asOf);
  const report = benefitsReport(assessment, locale(), notes, { children: members.some((m) => m.age < CHILD_AGE_BELOW) });
  // Then what next: nothing is saved unless the person goes on to a feature that needs it.
  const offers = new InlineKeyboard();
  // Only what fits the household: registering as a jobseeker, for an adult of working age without work.
  const fits = (menu: string) => menu !== "jobs" || jobless.size > 0;
  for (const h of BENEFITS_HANDOFFS) if (env?.menu.includes(h.menu) && fits(h.menu)) offers.text(t(h.labelKey), `${MENU_PREFIX}:${h.menu}`).row();
  offers.text(t("benefits-offer-funeral"), `${MENU_PREFIX}:benefits.death`).row();
  offers.text(t("benefits-again"), `${MENU_PREFIX}:benefits`);
  await sendReport(ctx, report, offers);
}

/** The summary, then the details packed into messages, the last with the buttons of what to do next. */
async function sendReport(ctx: FlowContext, report: BenefitsReport, next: InlineKeyboard): Promise<void> {
  await ctx.reply(report.summary);
  const details = packBlocks(report.details);
  for (const part of details.slice(0, -1)) await ctx.reply(part, { link_preview_options: { is_disabled: true } });
  await ctx.reply(details.at(-1)!, { reply_markup: next, link_preview_options: { is_disabled: true } });
}

/** The funeral benefit alone: whose death, then the amount with its date, legal basis, documents and where to apply. */
async function funeralOnly(conversation: FlowConversation, ctx: FlowContext, q: Questions): Promise<void> {
  const t = ctx.t.bind(ctx);
  await ctx.reply(t("funeral-intro"));
  const of = await q.choice(t("funeral-ask-who"), DEATH_CASES.map((c) => ({ value: c, label: t(`funeral-case-${c}`) })), 1);
  const asOf = await conversation.external(async (c) => bishkekDay(c.deps.clock.now()));
  // Nothing else about the family counts for this benefit.
  const assessment = assessHousehold({ monthlyIncome: 0, members: [person0(30, "female")], birthsAtOnce: 0, highland: false, death: { of } }, asOf);
  const report = benefitsReport({ ...assessment, benefits: assessment.benefits.filter((b) => b.id === "funeral") }, ctx.user?.language ?? "ru");
  await sendReport(ctx, report, new InlineKeyboard().text(t("benefits-again"), `${MENU_PREFIX}:benefits`));
}

export const benefitsFlow: Flow = {
  name: "benefits",
  version: 7, // 2: the quick path; 3: teenagers, births born/expected, children's survivor's pension; 4: births asked only where one can be; 5: the funeral entry; 6: highland residence; 7: privileges, unemployment, under-3s on the quick path
  run,
  menu: { labelKey: "menu-benefits", aboutKey: "menu-benefits-about" },
};
