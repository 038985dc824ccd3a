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
import { employerScope } from "../services/roles.ts";
import { notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import type { StaffButtons } from "./staff-buttons.ts";

/** The jobseeker's Apply buttons: "jb:apply:<vacancyId>". */
export const JOBS_PREFIX = "jb";
/** Staff buttons on an application: "ja:<a|d>.<employerId>.<applicationId>". */
const DECIDE_PREFIX = "ja";

export class JobsFeature {
  constructor(private readonly staffButtons: StaffButtons) {
    staffButtons.add(DECIDE_PREFIX, {
      allowed: (grants, arg) => {
        const employerId = Number(arg.split(".")[1]);
        return grants.some((g) => g.role === "employment_officer" || (g.role === "employer" && g.scope === employerScope(employerId)));
      },
      handle: (ctx, arg) => this.onDecide(ctx, arg),
    });
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
    const { db } = ctx.deps;
    const a = await db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { vacancy: { include: { employer: true } } } });
    const p = (await loadJobseeker(db, a.userId))!;
    const render = (locale: Locale, chatId: number) => {
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
    const told = await notifyStaff(ctx.deps, ctx.api, { role: "employer", scope: employerScope(a.vacancy.employerId) }, render);
    // No one of the employer's in the bot: the employment officers see it.
    if (told === 0) await notifyStaff(ctx.deps, ctx.api, { role: "employment_officer", scope: "" }, render);
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
    await ctx.reply(t(accept ? "jobs-employer-accepted" : "jobs-employer-declined", { title: a.vacancy.title }));
    const locale: Locale = userLanguage(ctx.deps.reads, a.userId) ?? "ru";
    const tj = translator(locale);
    const text = tj(accept ? "jobs-seeker-accepted" : "jobs-seeker-declined", { title: a.vacancy.title, employer: a.vacancy.employer.name, contact: a.vacancy.contact });
    await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, a.userId, text);
    return undefined;
  }
}
