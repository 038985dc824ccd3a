// Benefits: asks what the eligibility rules need, one question at a time (with
// Back), then tells, for each benefit, whether the family may get it, how
// much, why, the legal basis, what to bring and where to go. Anonymous: the
// answers live only in the conversation until the result, then are gone.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "../src/context.ts";
import type { Household, Member } from "../src/domain/benefits/household.ts";
import { MAX_AGE, MAX_MEMBERS, MAX_MONTHLY_INCOME } from "../src/domain/benefits/household.ts";
import { assessHousehold } from "../src/domain/benefits/rules.ts";
import type { Flow, FlowConversation } from "../src/flow.ts";
import { Questions, type Choice } from "../src/questions.ts";
import { benefitsReport } from "../src/services/eligibility-text.ts";
import { sendLeadingParts } from "../src/texts.ts";
import { bishkekDay } from "../src/time.ts";

type YesNo = "yes" | "no";

const person0 = (age: number, sex: Member["sex"]): Member => ({ age, sex, hasPension: false, disability: null, parentsLost: 0, heroineMother: false });

async function run(conversation: FlowConversation, ctx: FlowContext): Promise<void> {
  const t = ctx.t.bind(ctx);
  const q = new Questions(conversation, ctx);
  const yesNo: Choice<YesNo>[] = [
    { value: "yes", label: t("answer-yes") },
    { value: "no", label: t("answer-no") },
  ];
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
    // Adults of working age (30) and children (8, babies 0): ages that no boundary of the rules is near.
    const children = await q.number(t("benefits-ask-children"), { min: 0, max: size, retry: t("benefits-retry-children", { max: size }) });
    const babies = children
      ? await q.number(t("benefits-ask-babies"), { min: 0, max: children, retry: t("benefits-retry-children", { max: children }) })
      : 0;
    for (let n = 0; n < size - children; n++) members.push(person0(30, n % 2 === 0 ? "female" : "male"));
    for (let n = 0; n < children; n++) members.push(person0(n < babies ? 0 : 8, n % 2 === 0 ? "female" : "male"));
  }
  for (let n = 1; n <= (quick ? 0 : size); n++) {
    const age = await q.number(t(n === 1 ? "benefits-ask-age-you" : "benefits-ask-age", { n }), {
      min: 0,
      max: MAX_AGE,
      retry: t("benefits-retry-age", { max: MAX_AGE }),
    });
    const sex = await q.choice(t("benefits-ask-sex", { n }), [
      { value: "female", label: t("sex-female") },
      { value: "male", label: t("sex-male") },
    ] as const);
    members.push(person0(age, sex));
  }
  const person = (m: Member, i: number) => ({
    value: String(i),
    label: quick
      ? t(m.age >= 18 ? "benefits-person-adult" : "benefits-person-child", { n: i + 1 })
      : t("benefits-person", { n: i + 1, age: m.age, sex: t(`sex-short-${m.sex}`) }),
  });
  /** Asks "does anyone …?" then who, then more, for the members `fits` allows. */
  const pickPeople = async (key: string, fits: (m: Member) => boolean, each: (m: Member) => Promise<void>) => {
    const candidates = members.map((m, i) => ({ m, i })).filter(({ m }) => fits(m));
    if (candidates.length === 0) return;
    if ((await q.choice(t(`benefits-ask-${key}`), yesNo)) === "no") return;
    for (;;) {
      const left = candidates.filter(({ m }) => !touched.has(m));
      if (left.length === 0) return;
      const who = left.length === 1 ? left[0]!.i : Number(await q.choice(t(`benefits-ask-who-${key}`), left.map(({ m, i }) => person(m, i)), 1));
      const m = members[who]!;
      touched.add(m);
      await each(m);
      if (left.length === 1 || (await q.choice(t("benefits-ask-anyone-else"), yesNo)) === "no") return;
    }
  };
  let touched = new Set<Member>();
  await pickPeople("disability", () => true, async (m) => {
    const group = await q.choice(t("benefits-ask-group"), [
      { value: "1", label: t("disability-group", { group: "I" }) },
      { value: "2", label: t("disability-group", { group: "II" }) },
      { value: "3", label: t("disability-group", { group: "III" }) },
    ], 3);
    const since = await q.choice(t("benefits-ask-since"), [
      { value: "childhood", label: t("disability-since-childhood") },
      { value: "illness", label: t("disability-since-illness") },
    ] as const, 1);
    m.disability = { group: Number(group) as 1 | 2 | 3, since };
  });
  touched = new Set();
  await pickPeople("pension", (m) => m.age >= 18, async (m) => void (m.hasPension = true));
  touched = new Set();
  await pickPeople("parents", (m) => m.age < 18, async (m) => {
    const lost = await q.choice(t("benefits-ask-parents-lost"), [
      { value: "1", label: t("parents-lost-one") },
      { value: "2", label: t("parents-lost-both") },
    ], 1);
    m.parentsLost = Number(lost) as 1 | 2;
  });
  touched = new Set();
  // (The quick path knows no older women: heroine mothers are asked about with each person's age.)
  await pickPeople("heroine", (m) => m.sex === "female" && m.age >= 50, async (m) => void (m.heroineMother = true));
  const births = await q.choice(t("benefits-ask-births"), [
    { value: "0", label: t("births-none") },
    { value: "1", label: "1" },
    { value: "2", label: "2" },
    { value: "3", label: "3" },
    { value: "4", label: "4+" },
  ] as const, 5);

  const asOf = await conversation.external((c) => bishkekDay(c.deps.clock.now()));
  const household: Household = { monthlyIncome, members, birthsAtOnce: Number(births) };
  const locale = ctx.user?.language ?? "ru";
  const report = (quick ? `${t("benefits-quick-note")}\n\n` : "") + benefitsReport(assessHousehold(household, asOf), locale);
  const last = await sendLeadingParts((part) => ctx.reply(part), report);
  await ctx.reply(last, {
    reply_markup: new InlineKeyboard().text(t("benefits-again"), "menu:benefits"),
    link_preview_options: { is_disabled: true },
  });
}

export const benefitsFlow: Flow = {
  name: "benefits",
  version: 2, // 2: the quick path
  run,
  menu: { labelKey: "menu-benefits", aboutKey: "menu-benefits-about" },
};
