// Posting a vacancy (employers and employment officers): title, occupation,
// place, wage, schedule, experience, requirements, contact, a summary. An
// officer's or a trusted employer's vacancy opens at once; a new employer's
// waits for an officer's approval.
import type { FlowContext } from "../src/context.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { districtsOf, findDistrict } from "../src/domain/jobs/places.ts";
import { SCHEDULES, type Schedule } from "../src/domain/jobs/scoring.ts";
import { REGIONS, type Region } from "../src/domain/legal-aid/clinics.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { parseAmount, Questions } from "../src/questions.ts";
import { formatSom } from "../src/services/eligibility-text.ts";
import { rolesOf, vacancyRights } from "../src/services/roles.ts";
import { createVacancy, VACANCY_DAYS } from "../src/services/vacancies.ts";
import { formatDate } from "../src/time.ts";
import { askOccupations } from "./occupation-question.ts";

async function run(conversation: FlowConversation, ctx: FlowContext, _env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
  const q = new Questions(conversation, ctx);
  const userId = BigInt(ctx.from!.id);
  // Who may post, and for which employers (checked here: a menu button can be forged).
  const who = await conversation.external((c) => vacancyRights(rolesOf(c.deps.reads, userId)));
  if (!who.officer && who.employerIds.length === 0) {
    await ctx.reply(t("vacancy-not-allowed"));
    return;
  }
  const employers = await conversation.external(async (c) =>
    (await c.deps.db.employer.findMany({ where: who.officer ? {} : { id: { in: who.employerIds } }, orderBy: { name: "asc" }, take: 20 })).map((e) => ({ id: e.id, name: e.name })),
  );
  if (employers.length === 0 && !who.officer) {
    await ctx.reply(t("vacancy-no-employers"));
    return;
  }
  await ctx.reply(t("vacancy-intro"));
  // An officer may post for an employer the bot does not know yet: it is added when the vacancy is published.
  let employerId: number | null = employers.length === 1 && !who.officer ? employers[0]!.id : null;
  let newEmployer: string | null = null;
  if (employerId === null) {
    const picked = await q.choice(
      t("vacancy-ask-employer"),
      [...employers.map((e) => ({ value: String(e.id), label: e.name })), ...(who.officer ? [{ value: "new", label: t("vacancy-new-employer") }] : [])],
      1,
    );
    if (picked === "new") {
      newEmployer = (await q.text(t("vacancy-ask-employer-name"), { check: (s) => (s.length >= 2 && s.length <= 100 ? s : undefined), retry: t("vacancy-retry-employer-name") }))!;
    } else employerId = Number(picked);
  }
  const title = (await q.text(t("vacancy-ask-title"), { check: (s) => (s.length >= 2 && s.length <= 100 ? s : undefined), retry: t("vacancy-retry-title") }))!;
  const occupation = (await askOccupations(q, ctx, 1)).ids[0]!;
  const region = await q.choice<Region>(t("jobs-ask-region"), REGIONS.map((r) => ({ value: r, label: t(`region-${r}`) })), 2);
  const district = await q.choice(t("vacancy-ask-district"), [
    { value: "any", label: t("vacancy-any-district"), wide: true },
    ...districtsOf(region).map((d) => ({ value: d.id, label: d[locale()] })),
  ], 2);
  const money = (s: string) => {
    const n = parseAmount(s);
    return n !== undefined && Number.isInteger(n) && n >= 1000 && n <= 1_000_000 ? String(n) : undefined;
  };
  const wageMinText = await q.text(t("vacancy-ask-wage-min"), { check: money, retry: t("vacancy-retry-wage"), skip: t("vacancy-wage-skip") });
  const wageMin = wageMinText === null ? null : Number(wageMinText);
  const wageMaxText = await q.text(t("vacancy-ask-wage-max"), {
    check: (s) => {
      const v = money(s);
      return v !== undefined && (wageMin === null || Number(v) >= wageMin) ? v : undefined;
    },
    retry: t("vacancy-retry-wage-max", { min: formatSom(wageMin ?? 1000) }),
    skip: t("vacancy-wage-skip"),
  });
  const wageMax = wageMaxText === null ? null : Number(wageMaxText);
  const schedule = await q.choice<Schedule>(t("vacancy-ask-schedule"), SCHEDULES.map((s) => ({ value: s, label: t(`jobs-schedule-${s}`) })), 2);
  const experienceYears = await q.number(t("vacancy-ask-experience"), { min: 0, max: 30, retry: t("vacancy-retry-experience") });
  const requirements = (await q.text(t("vacancy-ask-requirements"), { check: (s) => (s.length <= 500 ? s : undefined), retry: t("vacancy-retry-requirements"), skip: t("legal-skip") })) ?? "";
  const contact = (await q.text(t("vacancy-ask-contact"), { check: (s) => (s.length >= 5 && s.length <= 100 ? s : undefined), retry: t("vacancy-retry-contact") }))!;

  const wage =
    wageMin !== null || wageMax !== null ? t("jobs-wage-range", { min: formatSom(wageMin ?? wageMax!), max: formatSom(wageMax ?? wageMin!) }) : t("jobs-wage-unknown");
  await q.choice(
    t("vacancy-summary", {
      employer: newEmployer ?? employers.find((e) => e.id === employerId)!.name,
      title,
      occupation: catalogue().byId.get(occupation)?.[locale()] ?? occupation,
      place: `${t(`region-${region}`)}${district === "any" ? "" : `, ${findDistrict(district)?.[locale()] ?? district}`}`,
      wage,
      schedule: t(`jobs-schedule-${schedule}`),
      experience: experienceYears,
      requirements: requirements || "—",
      contact,
    }),
    [{ value: "publish", label: t("vacancy-publish") }],
    1,
  );
  const created = await conversation.external(async (c) => {
    // The rights are checked again as the vacancy is posted: a role may have been revoked meanwhile.
    const now = vacancyRights(rolesOf(c.deps.reads, userId));
    if (!now.officer && (employerId === null || !now.employerIds.includes(employerId))) return null;
    // The same name typed again is the same employer; an officer's new employer is trusted.
    const id = employerId ?? ((await c.deps.db.employer.findFirst({ where: { name: newEmployer! } })) ?? (await c.deps.db.employer.create({ data: { name: newEmployer!, trusted: true } }))).id;
    const v = await createVacancy(
      c.deps.db,
      { employerId: id, title, occupation, region, district: district === "any" ? null : district, wageMin, wageMax, schedule, experienceYears, languages: [], requirements, contact },
      c.deps.clock.now(),
      { userId, officer: now.officer },
    );
    if (v.status === "pending") await c.services.vacancyPending(c.api, v.id);
    return { status: v.status, expires: formatDate(v.expiresAt) };
  });
  if (!created) {
    await ctx.reply(t("staff-role-gone"));
    return;
  }
  await ctx.reply(t(created.status === "open" ? "vacancy-published" : "vacancy-pending", { date: created.expires, days: VACANCY_DAYS }));
}

export const vacancyFlow: Flow = {
  name: "vacancy",
  version: 2,
  run,
  menu: { labelKey: "menu-vacancy", aboutKey: "menu-vacancy-about", roles: ["employer", "employment_officer"] },
};
