// Jobs: a jobseeker's registration (consent first), then their profile: view,
// edit one field, pause ("not looking now"), delete. Registering again updates
// the one profile. Every answer waits in the conversation until the summary is
// confirmed; nothing is stored before.
import { Keyboard, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { askConsent } from "../src/consent.ts";
import type { FlowContext } from "../src/context.ts";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { askOccupations } from "./occupation-question.ts";
import { districtsOf, findDistrict } from "../src/domain/jobs/places.ts";
import { SCHEDULES, type Schedule } from "../src/domain/jobs/scoring.ts";
import { checkName, formatPhone, normalizePhone } from "../src/domain/legal-aid/contact.ts";
import { REGIONS, type Region } from "../src/domain/legal-aid/clinics.ts";
import { JOBS_PREFIX } from "../src/features/jobs.ts";
import { MENU_PREFIX } from "../src/features/menu.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { parseAmount, Questions, type Choice } from "../src/questions.ts";
import { formatSom } from "../src/services/eligibility-text.ts";
import { coursesFor, enrol } from "../src/services/courses.ts";
import { gapCoursesFor, matchesAndGaps } from "../src/services/vacancies.ts";
import { deleteJobseeker, EDUCATION_LEVELS, loadJobseeker, saveJobseeker, setJobseekerActive, type Education, type JobseekerProfile } from "../src/services/jobseekers.ts";

/** At most this many occupations per person. */
const MAX_OCCUPATIONS = 3;
const FIELDS = ["name", "phone", "sex", "place", "occupations", "experience", "education", "schedule", "wage", "covid", "languages", "disability", "training"] as const;
type Field = (typeof FIELDS)[number];
const LANGUAGE_SETS = { ky: ["ky"], ru: ["ru"], "ky-ru": ["ky", "ru"], "ky-ru-en": ["ky", "ru", "en"] } as const;

/** What the profile card's buttons do. */
const PROFILE_ACTIONS = ["matches", "training", "edit", "pause", "resume", "delete"] as const;

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
  const q = new Questions(conversation, ctx);
  const userId = BigInt(ctx.from!.id);
  // Built where asked: the language may change between questions.
  const yesNo = (): Choice<"yes" | "no">[] => [
    { value: "yes", label: t("answer-yes") },
    { value: "no", label: t("answer-no") },
  ];
  const occupationName = (id: string) => catalogue().byId.get(id)?.[locale()] ?? id;

  const existing = await conversation.external((c) => loadJobseeker(c.deps.db, userId));
  const draft: Partial<JobseekerProfile> = existing ? { ...existing } : {};

  const ask: Record<Field, () => Promise<void>> = {
    async name() {
      draft.name = (await q.text(t("jobs-ask-name"), { check: checkName, retry: t("jobs-retry-name") }))!;
    },
    async phone() {
      draft.phone = await q.reply(t("jobs-ask-phone"), {
        buttons: [[Keyboard.requestContact(t("jobs-share-phone"))]],
        accept: (m: Message) => normalizePhone(m.contact ? `+${m.contact.phone_number.replace(/^\+/, "")}` : (m.text ?? "")),
        retry: t("jobs-retry-phone"),
        noted: (p) => t("jobs-phone-noted", { phone: formatPhone(p) }),
      });
    },
    async sex() {
      draft.sex = await q.choice(t("jobs-ask-sex"), [
        { value: "female", label: t("legal-sex-female") },
        { value: "male", label: t("legal-sex-male") },
        { value: "unspecified", label: t("legal-sex-unspecified"), wide: true },
      ] as Choice<JobseekerProfile["sex"]>[]);
    },
    async place() {
      const region = await q.choice<Region>(t("jobs-ask-region"), REGIONS.map((r) => ({ value: r, label: t(`region-${r}`) })), 2);
      const list = districtsOf(region);
      draft.region = region;
      draft.district = list.length === 1 ? list[0]!.id : await q.choice(t("jobs-ask-district"), list.map((d) => ({ value: d.id, label: d[locale()] })), 2);
    },
    async occupations() {
      const { ids, typed } = await askOccupations(q, ctx, MAX_OCCUPATIONS);
      draft.occupations = ids;
      draft.skillsText = typed;
    },
    async experience() {
      draft.experienceYears = await q.number(t("jobs-ask-experience"), { min: 0, max: 60, retry: t("jobs-retry-experience") });
    },
    async education() {
      draft.education = await q.choice<Education>(t("jobs-ask-education"), EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`jobs-education-${e}`) })), 1);
    },
    async schedule() {
      const s = await q.choice<Schedule | "any">(t("jobs-ask-schedule"), [...SCHEDULES, "any" as const].map((v) => ({ value: v, label: t(`jobs-schedule-${v}`) })), 2);
      draft.schedules = s === "any" ? [...SCHEDULES] : [s];
    },
    async wage() {
      const wage = await q.text(t("jobs-ask-wage"), {
        check: (s) => {
          const n = parseAmount(s);
          return n !== undefined && Number.isInteger(n) && n >= 1000 && n <= 1_000_000 ? String(n) : undefined;
        },
        retry: t("jobs-retry-wage"),
        skip: t("jobs-wage-any"),
      });
      draft.minWage = wage === null ? null : Number(wage);
    },
    async covid() {
      draft.lostWorkCovid = (await q.choice(t("jobs-ask-covid"), yesNo())) === "yes";
    },
    async languages() {
      const set = await q.choice(t("jobs-ask-languages"), (Object.keys(LANGUAGE_SETS) as (keyof typeof LANGUAGE_SETS)[]).map((k) => ({ value: k, label: t(`jobs-languages-${k}`) })), 1);
      draft.languages = [...LANGUAGE_SETS[set]];
    },
    async disability() {
      draft.disability = (await q.choice(t("jobs-ask-disability"), [
        { value: "yes", label: t("answer-yes") },
        { value: "no", label: t("answer-no") },
        { value: "skip", label: t("jobs-prefer-not"), wide: true },
      ])) === "yes";
    },
    async training() {
      draft.wantsTraining = (await q.choice(t("jobs-ask-training"), yesNo())) === "yes";
    },
  };

  const card = (p: Partial<JobseekerProfile>, active = true) =>
    t("jobs-profile-card", {
      name: p.name ?? "—",
      phone: p.phone ? formatPhone(p.phone) : "—",
      place: `${p.region ? t(`region-${p.region}`) : "—"}${p.district ? `, ${findDistrict(p.district)?.[locale()] ?? p.district}` : ""}`,
      occupations: (p.occupations ?? []).map(occupationName).join(", ") || "—",
      experience: p.experienceYears ?? 0,
      education: p.education ? t(`jobs-education-${p.education}`) : "—",
      schedule: (p.schedules ?? []).length === SCHEDULES.length ? t("jobs-schedule-any") : (p.schedules ?? []).map((s) => t(`jobs-schedule-${s}`)).join(", "),
      wage: p.minWage ? t("jobs-wage-from", { wage: formatSom(p.minWage) }) : t("jobs-wage-any"),
      covid: t(p.lostWorkCovid ? "answer-yes" : "answer-no"),
      languages: (p.languages ?? []).map((l) => t(`jobs-language-${l}`)).join(", "),
      training: t(p.wantsTraining ? "answer-yes" : "answer-no"),
      status: t(active ? "jobs-status-active" : "jobs-status-paused"),
    });

  const save = async () => {
    const profile = draft as JobseekerProfile;
    const fresh = await conversation.external((c) => saveJobseeker(c.deps.db, userId, profile, c.deps.clock.now()));
    await ctx.reply(t(fresh ? "jobs-registered" : "jobs-updated"));
  };

  if (!existing) {
    if (!(await askConsent(conversation, ctx, "jobs"))) {
      await ctx.reply(t("jobs-no-consent"), { reply_markup: new InlineKeyboard().text(t("jobs-again"), `${MENU_PREFIX}:jobs`) });
      return;
    }
    await ctx.reply(t("jobs-intro"));
    for (const field of FIELDS) await ask[field]();
    await q.choice(`${t("jobs-summary-title")}\n\n${card(draft)}\n\n${t("jobs-summary-hint")}`, [{ value: "save", label: t("jobs-save") }], 1);
    await save();
    await ctx.reply(card(draft), { reply_markup: new InlineKeyboard().text(t("jobs-open-profile"), `${MENU_PREFIX}:jobs`) });
    return;
  }

  // The profile: what to do with it. Its buttons enter this flow again with the action (menu:jobs.<action>),
  // so every button of the latest card stays valid after another was pressed.
  const offered: { value: (typeof PROFILE_ACTIONS)[number]; label: string }[] = [
    ...(existing.active ? [{ value: "matches" as const, label: t("jobs-matches") }] : []),
    { value: "training", label: t("jobs-training") },
    { value: "edit", label: t("jobs-edit") },
    { value: existing.active ? "pause" : "resume", label: t(existing.active ? "jobs-pause" : "jobs-resume") },
    { value: "delete", label: t("jobs-delete") },
  ];
  const action = offered.find((o) => o.value === env?.arg)?.value;
  if (!action) {
    await ctx.reply(card(existing, existing.active), { reply_markup: InlineKeyboard.from(offered.map((o) => [InlineKeyboard.text(o.label, `${MENU_PREFIX}:jobs.${o.value}`)])) });
    return;
  }
  if (action === "matches") {
    // The matches and the course that would open more vacancies near the person (their skills gap), from one read.
    const { matches, gaps } = await conversation.external(async (c) => {
      const found = (await matchesAndGaps(c.deps.db, userId, c.deps.clock.now(), { limit: 5, threshold: 50, gaps: 1 })) ?? { matches: [], gaps: [] };
      const employers = new Map((await c.deps.db.employer.findMany({ where: { id: { in: found.matches.map((m) => m.vacancy.employerId) } } })).map((e) => [e.id, e.name]));
      return {
        matches: found.matches.map((m) => ({
          id: m.vacancy.id,
          title: m.vacancy.title,
          employer: employers.get(m.vacancy.employerId) ?? "",
          wageMin: m.vacancy.wageMin,
          wageMax: m.vacancy.wageMax,
          region: m.vacancy.region,
          district: m.vacancy.district,
          total: m.score.total,
          // Why: the parts that count for the person, best first.
          why: m.score.parts.filter((p) => p.points > 0 && p.points === p.max).map((p) => p.reason),
        })),
        gaps: found.gaps.map((g) => ({ title: locale() === "ky" ? g.course.titleKy : g.course.titleRu, count: g.vacancies })),
      };
    });
    const gapHint = gaps.length ? t("jobs-gap-hint", { course: gaps[0]!.title, count: gaps[0]!.count }) : undefined;
    if (matches.length === 0) {
      await ctx.reply([t("jobs-matches-none"), ...(gapHint ? [gapHint] : [])].join("\n\n"));
      return;
    }
    const lines = matches.map((m, i) =>
      t("jobs-match-line", {
        n: i + 1,
        title: m.title,
        employer: m.employer,
        wage:
          m.wageMin !== null || m.wageMax !== null
            ? t("jobs-wage-range", { min: formatSom(m.wageMin ?? m.wageMax!), max: formatSom(m.wageMax ?? m.wageMin!) })
            : t("jobs-wage-unknown"),
        place: m.district ? (findDistrict(m.district)?.[locale()] ?? t(`region-${m.region}`)) : t(`region-${m.region}`),
        score: m.total,
        why: m.why.map((r) => t(r)).join(", "),
      }),
    );
    // An Apply button per vacancy: the employer sees the profile only then.
    const keyboard = InlineKeyboard.from(matches.map((m, i) => [InlineKeyboard.text(t("jobs-apply", { n: i + 1 }), `${JOBS_PREFIX}:apply:${m.id}`)]));
    await ctx.reply([t("jobs-matches-title", { count: matches.length }), ...lines, ...(gapHint ? [gapHint] : [])].join("\n\n"), { reply_markup: keyboard });
    return;
  }
  if (action === "training") {
    // The courses that fill the person's skills gap first (with the vacancies they open), then those of their trades, then the rest.
    const { courses, gapLines } = await conversation.external(async (c) => {
      const title = (x: { titleKy: string; titleRu: string }) => (locale() === "ky" ? x.titleKy : x.titleRu);
      const gapList = await gapCoursesFor(c.deps.db, userId, c.deps.clock.now());
      const rest = (await coursesFor(c.deps.db, existing.occupations)).filter((x) => !gapList.some((g) => g.course.id === x.id));
      return {
        courses: [...gapList.map((g) => g.course), ...rest].slice(0, 10).map((x) => ({ id: x.id, title: title(x), mode: x.mode, hours: x.hours })),
        gapLines: gapList.map((g) => t("jobs-gap-line", { course: title(g.course), count: g.vacancies })),
      };
    });
    const id = await q.choice(
      [t("jobs-training-title"), ...(gapLines.length ? [`${t("jobs-gap-title")}\n${gapLines.join("\n")}`] : [])].join("\n\n"),
      courses.map((x) => ({ value: String(x.id), label: `${x.title} · ${t(`jobs-training-${x.mode}`)} · ${x.hours} ${t("jobs-training-hours")}` })),
      1,
    );
    const result = await conversation.external((c) => enrol(c.deps.db, userId, Number(id), c.deps.clock.now()));
    await ctx.reply(t(result === "enrolled" ? "jobs-training-enrolled" : "jobs-training-already", { course: courses.find((x) => String(x.id) === id)!.title }));
    return;
  }
  if (action === "pause" || action === "resume") {
    await conversation.external((c) => setJobseekerActive(c.deps.db, userId, action === "resume", c.deps.clock.now()));
    await ctx.reply(t(action === "pause" ? "jobs-paused" : "jobs-resumed"));
    return;
  }
  if (action === "delete") {
    if ((await q.choice(t("jobs-delete-sure"), [{ value: "yes", label: t("jobs-delete-yes") }], 1)) === "yes") {
      await conversation.external((c) => deleteJobseeker(c.deps.db, userId));
      await ctx.reply(t("jobs-deleted"));
    }
    return;
  }
  const field = await q.choice<Field>(t("jobs-ask-field"), FIELDS.map((f) => ({ value: f, label: t(`jobs-field-${f}`) })), 2);
  await ask[field]();
  await save();
  await ctx.reply(card(draft, existing.active), { reply_markup: new InlineKeyboard().text(t("jobs-open-profile"), `${MENU_PREFIX}:jobs`) });
}

export const jobsFlow: Flow = {
  name: "jobs",
  version: 3, // 3: the profile card's buttons enter the flow with their action
  run,
  menu: { labelKey: "menu-jobs", aboutKey: "menu-jobs-about" },
};
