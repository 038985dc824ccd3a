// Jobs outside the registration conversation: Apply buttons under a
// jobseeker's matches; the employer (or, without one in the bot, the
// employment officers) gets the profile with signed Accept / Decline buttons,
// checked on every press; the jobseeker is told the answer.
import { InlineKeyboard, type Api } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import { catalogue } from "../domain/jobs/catalogue.ts";
import { findDistrict } from "../domain/jobs/places.ts";
import { formatPhone } from "../domain/legal-aid/contact.ts";
import type { Routes } from "../router.ts";
import { apply, decide } from "../services/applications.ts";
import { translator } from "../services/booking-text.ts";
import { sendToPerson } from "../services/delivery.ts";
import { loadJobseeker } from "../services/jobseekers.ts";
import { employerScope, rolesOf, vacancyRights, type Grant } from "../services/roles.ts";
import { closeVacancy, managedVacancies } from "../services/vacancies.ts";
import { formatDate } from "../time.ts";
import type { StaffEntry } from "./staff.ts";
import { chatLocale, notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import { packBlocks } from "../texts.ts";

/** The jobseeker's Apply buttons: "jb:apply:<vacancyId>". */
export const JOBS_PREFIX = "jb";
/** Staff buttons on an application: "ja:<a|d>.<employerId>.<applicationId>". */
const DECIDE_PREFIX = "ja";
/** Officers' buttons on a pending vacancy: "jv:<ok|no>.<vacancyId>". */
const MODERATE_PREFIX = "jv";
/** Closing a vacancy early: "jc:<ask|yes|no>.<employerId>.<vacancyId>". */
const CLOSE_PREFIX = "jc";

/** Employment officers, and the employer's own people, manage its vacancies. */
const managesEmployer = (grants: readonly Grant[], employerId: number) =>
  grants.some((g) => g.role === "employment_officer" || (g.role === "employer" && g.scope === employerScope(employerId)));

/** Employers with someone of theirs in the bot; officers look after the others' vacancies and applications. */
async function staffedEmployers(db: BotContext["deps"]["db"]): Promise<number[]> {
  const grants = await db.roleGrant.findMany({ where: { role: "employer" }, select: { scope: true } });
  return grants.map((g) => Number(g.scope.slice("employer:".length))).filter(Number.isInteger);
}

export class JobsFeature {
  constructor(private readonly staffButtons: StaffButtons) {
    staffButtons.add(DECIDE_PREFIX, {
      allowed: (grants, arg) => managesEmployer(grants, Number(arg.split(".")[1])),
      handle: (ctx, arg) => this.onDecide(ctx, arg),
    });
    staffButtons.add(CLOSE_PREFIX, {
      allowed: (grants, arg) => managesEmployer(grants, Number(arg.split(".")[1])),
      handle: (ctx, arg) => this.onClose(ctx, arg),
    });
    staffButtons.add(MODERATE_PREFIX, {
      allowed: (grants) => grants.some((g) => g.role === "employment_officer"),
      handle: (ctx, arg) => this.onModerate(ctx, arg),
    });
  }

  /** The staff menu's entry: the vacancies the person manages, each with a Close button. */
  staffEntries(): StaffEntry[] {
    return [
      { id: "vacancies", labelKey: "jobs-staff-vacancies", roles: ["employer", "employment_officer"], open: (ctx) => this.listVacancies(ctx) },
      { id: "unattended", labelKey: "jobs-staff-unattended", roles: ["employment_officer"], open: (ctx) => this.listUnattended(ctx) },
    ];
  }

  /**
   * For employment officers: every application still waiting whose employer has
   * nobody in the bot (e.g. vacancies imported by CSV), made before they joined
   * too, each with Accept / Decline signed for this chat.
   */
  private async listUnattended(ctx: BotContext): Promise<unknown> {
    const { db } = ctx.deps;
    const staffed = await staffedEmployers(db);
    const where = { status: "applied", vacancy: { status: { in: ["open", "pending"] }, employerId: { notIn: staffed } } };
    const total = await db.application.count({ where });
    const waiting = await db.application.findMany({
      where,
      orderBy: { id: "asc" },
      take: 20,
      select: { id: true },
    });
    if (waiting.length === 0) return ctx.reply(ctx.t("jobs-unattended-none"));
    await ctx.reply([ctx.t("jobs-unattended-title", { count: total }), ...(total > waiting.length ? [ctx.t("staff-list-first", { shown: waiting.length })] : [])].join("\n"));
    const locale = await chatLocale(ctx);
    for (const { id } of waiting) {
      const notice = await this.applicationNotice(ctx, id);
      const { text, options } = notice(locale, ctx.chat!.id);
      await ctx.reply(text, options);
    }
    return undefined;
  }

  private async listVacancies(ctx: BotContext): Promise<unknown> {
    const t = ctx.t.bind(ctx);
    const userId = BigInt(ctx.from!.id);
    const who = { userId, ...vacancyRights(rolesOf(ctx.deps.reads, userId)) };
    const { list, more } = await managedVacancies(ctx.deps.db, who, ctx.deps.clock.now(), who.officer ? await staffedEmployers(ctx.deps.db) : []);
    if (list.length === 0) return ctx.reply(t("vacancy-list-none"));
    const lines = list.map((v) =>
      t("vacancy-list-line", {
        id: v.id,
        title: v.title,
        employer: v.employer.name,
        status: v.status === "pending" ? t("vacancy-status-pending") : t("vacancy-status-open", { date: formatDate(v.expiresAt) }),
        applied: v.applications.length,
        waiting: v.applications.filter((a) => a.status === "applied").length,
      }),
    );
    const keyboard = new InlineKeyboard();
    list.forEach((v, i) => {
      keyboard.text(t("vacancy-close-btn", { id: v.id }), this.staffButtons.data(ctx, CLOSE_PREFIX, `ask.${v.employerId}.${v.id}`));
      if (i % 2 === 1) keyboard.row();
    });
    // Whole vacancies per message (titles imported by CSV may be long): the close buttons under the last.
    const parts = packBlocks([t("vacancy-list-title", { count: list.length }), ...lines, ...(more ? [t("vacancy-list-more", { count: list.length })] : [])]);
    for (const part of parts.slice(0, -1)) await ctx.reply(part);
    return ctx.reply(parts.at(-1)!, { reply_markup: keyboard });
  }

  private async onClose(ctx: BotContext, arg: string): Promise<unknown> {
    const [step, employerText, idText] = arg.split(".");
    const t = ctx.t.bind(ctx);
    const id = Number(idText);
    const data = (s: string) => this.staffButtons.data(ctx, CLOSE_PREFIX, `${s}.${employerText}.${id}`);
    if (step === "no") {
      await ctx.answerCallbackQuery({ text: t("vacancy-close-kept") });
      return ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    }
    if (step === "ask") {
      const v = await ctx.deps.db.vacancy.findUnique({ where: { id }, include: { applications: { where: { status: "applied" }, select: { id: true } } } });
      if (!v || !["open", "pending"].includes(v.status) || v.expiresAt <= ctx.deps.clock.now()) {
        return ctx.answerCallbackQuery({ text: t("vacancy-closed-already"), show_alert: true });
      }
      await ctx.answerCallbackQuery();
      return ctx.reply(t("vacancy-close-sure", { id, title: v.title, waiting: v.applications.length }), {
        reply_markup: new InlineKeyboard().text(t("vacancy-close-yes"), data("yes")).text(t("vacancy-close-no"), data("no")),
      });
    }
    const closed = await closeVacancy(ctx.deps.db, id);
    if (!closed) return ctx.answerCallbackQuery({ text: t("vacancy-closed-already"), show_alert: true });
    await ctx.answerCallbackQuery({ text: t("vacancy-closed-short") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    await ctx.reply([t("vacancy-closed", { id, title: closed.vacancy.title }), ...(closed.waiting.length ? [t("vacancy-closed-told", { waiting: closed.waiting.length })] : [])].join("\n"));
    for (const userId of closed.waiting) {
      const tj = translator(userLanguage(ctx.deps.reads, userId) ?? "ru");
      await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, userId, tj("jobs-seeker-vacancy-closed", { title: closed.vacancy.title, employer: closed.vacancy.employer.name }));
    }
    return undefined;
  }

  /** A new employer's vacancy: the employment officers approve or reject it. */
  async vacancyPending(deps: BotContext["deps"], api: Api, vacancyId: number): Promise<void> {
    const v = await deps.db.vacancy.findUnique({ where: { id: vacancyId }, include: { employer: true } });
    if (!v) return;
    await notifyStaff(deps, api, { role: "employment_officer", scope: "" }, (locale, chatId) => {
      const t = translator(locale);
      const data = (d: "ok" | "no") => this.staffButtons.dataFor(chatId, MODERATE_PREFIX, `${d}.${v.id}`);
      return {
        text: t("vacancy-moderate", { employer: v.employer.name, title: v.title, contact: v.contact, requirements: v.requirements || "—" }),
        options: { reply_markup: new InlineKeyboard().text(t("vacancy-approve"), data("ok")).text(t("vacancy-reject"), data("no")) },
      };
    });
  }

  private async onModerate(ctx: BotContext, arg: string): Promise<unknown> {
    const [d, idText] = arg.split(".");
    const t = ctx.t.bind(ctx);
    const approve = d === "ok";
    const v = await ctx.deps.db.vacancy.findUnique({ where: { id: Number(idText) } });
    const { count } = await ctx.deps.db.vacancy.updateMany({
      where: { id: Number(idText), status: "pending" },
      data: approve ? { status: "open", approvedBy: BigInt(ctx.from!.id) } : { status: "rejected" },
    });
    if (!v || count === 0) return ctx.answerCallbackQuery({ text: t("vacancy-moderated-already"), show_alert: true });
    // One approval makes the employer trusted: its next vacancies open at once.
    if (approve) await ctx.deps.db.employer.update({ where: { id: v.employerId }, data: { trusted: true } });
    await ctx.answerCallbackQuery({ text: t(approve ? "vacancy-approved-short" : "vacancy-rejected-short") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    await ctx.reply(t(approve ? "vacancy-approved" : "vacancy-rejected", { title: v.title }));
    if (v.createdBy !== null) {
      const locale: Locale = userLanguage(ctx.deps.reads, v.createdBy) ?? "ru";
      await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, v.createdBy, translator(locale)(approve ? "vacancy-now-open" : "vacancy-not-approved", { title: v.title }));
    }
    return undefined;
  }

  routes(before: Routes): void {
    before.button(JOBS_PREFIX, async (ctx, arg, next) => {
      const [action, id] = arg.split(":");
      if (action !== "apply" || !ctx.user) return next();
      const t = ctx.t.bind(ctx);
      const result = await apply(ctx.deps.db, ctx.user.id, Number(id), ctx.deps.clock.now());
      if (!result.ok) return ctx.answerCallbackQuery({ text: t(`jobs-apply-${result.reason}`), show_alert: true });
      await ctx.answerCallbackQuery({ text: t("jobs-applied-short") });
      await ctx.reply(t("jobs-applied"));
      await this.tellEmployer(ctx, result.id);
      return undefined;
    });
  }

  private async tellEmployer(ctx: BotContext, applicationId: number): Promise<void> {
    const render = await this.applicationNotice(ctx, applicationId);
    const a = await ctx.deps.db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { vacancy: true } });
    const told = await notifyStaff(ctx.deps, ctx.api, { role: "employer", scope: employerScope(a.vacancy.employerId) }, render);
    // No one of the employer's in the bot: the employment officers see it.
    if (told === 0) await notifyStaff(ctx.deps, ctx.api, { role: "employment_officer", scope: "" }, render);
  }

  /** An application as its employer (or an officer) sees it, with Accept / Decline signed for a chat. */
  private async applicationNotice(ctx: BotContext, applicationId: number) {
    const { db } = ctx.deps;
    const a = await db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { vacancy: { include: { employer: true } } } });
    const p = (await loadJobseeker(db, a.userId))!;
    return (locale: Locale, chatId: number) => {
      const t = translator(locale);
      const data = (d: "a" | "d") => this.staffButtons.dataFor(chatId, DECIDE_PREFIX, `${d}.${a.vacancy.employerId}.${a.id}`);
      return {
        text: t("jobs-employer-new", {
          title: a.vacancy.title,
          name: p.name,
          phone: formatPhone(p.phone),
          occupations: p.occupations.map((o) => catalogue().byId.get(o)?.[locale] ?? o).join(", "),
          experience: p.experienceYears,
          place: findDistrict(p.district)?.[locale] ?? t(`region-${p.region}`),
        }),
        options: { reply_markup: new InlineKeyboard().text(t("jobs-accept"), data("a")).text(t("jobs-decline"), data("d")) },
      };
    };
  }

  private async onDecide(ctx: BotContext, arg: string): Promise<unknown> {
    const [d, , idText] = arg.split(".");
    const t = ctx.t.bind(ctx);
    const a = await ctx.deps.db.application.findUnique({ where: { id: Number(idText) }, include: { vacancy: { include: { employer: true } } } });
    if (!a) return ctx.answerCallbackQuery({ text: t("jobs-application-gone"), show_alert: true });
    const accept = d === "a";
    if (!(await decide(ctx.deps.db, a.id, accept, BigInt(ctx.from!.id), ctx.deps.clock.now()))) {
      return ctx.answerCallbackQuery({ text: t("jobs-application-decided"), show_alert: true });
    }
    await ctx.answerCallbackQuery({ text: t(accept ? "jobs-accepted-short" : "jobs-declined-short") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    // The candidate named as she or he is (a woman is not "приглашён" in Russian).
    const sex = (await ctx.deps.db.jobseeker.findUnique({ where: { userId: a.userId }, select: { sex: true } }))?.sex ?? "unspecified";
    await ctx.reply(t(accept ? "jobs-employer-accepted" : "jobs-employer-declined", { title: a.vacancy.title, sex }));
    const locale: Locale = userLanguage(ctx.deps.reads, a.userId) ?? "ru";
    const tj = translator(locale);
    const text = tj(accept ? "jobs-seeker-accepted" : "jobs-seeker-declined", { title: a.vacancy.title, employer: a.vacancy.employer.name, contact: a.vacancy.contact });
    await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, a.userId, text);
    return undefined;
  }
}
