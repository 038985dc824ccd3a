// Staff: the staff menu (/staff), invites (/invite and inv_ links), and the
// admin's staff list with revoke and the audit trail.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import type { Routes } from "../router.ts";
import { sendToPerson } from "../services/delivery.ts";
import { userLanguage } from "../services/users.ts";
import { createInvite, INVITE_PREFIX, inviteLink, useInvite } from "../services/invites.ts";
import { clinicName, listClinics, listEmployers, scopeName } from "../services/orgs.ts";
import {
  clinicScope,
  employerScope,
  isRole,
  revokeRole,
  rolesOf,
  ROLES,
  SCOPED,
  type Grant,
  type Role,
} from "../services/roles.ts";
import { getI18n, negotiateLocale } from "../i18n.ts";
import { formatDate, formatTime, isIsoDay } from "../time.ts";
import { setChatCommands, setCommandsFor } from "./commands.ts";
import type { MainMenu } from "./menu.ts";
import { cut, sendLeadingParts } from "../texts.ts";
import { kpiReport } from "../services/report.ts";
import { renderChart, weeklyCounts } from "../services/report-chart.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import type { StartPayloadHandler } from "./start.ts";

export interface StaffEntry {
  id: string;
  labelKey: string;
  /** Who sees it: holders of any of these roles. */
  roles: readonly Role[];
  open(ctx: BotContext): Promise<unknown>;
  /**
   * Callback data of its own, for an entry that opens a conversation: those
   * can only be entered after the flows, so a route there takes this data
   * (and checks the roles itself); `open` is then not used.
   */
  data?: string;
}

const STAFF_PREFIX = "stf";
const INVITE_BUTTON = "inv";
const ADMIN_BUTTON = "adm";
/** Longest staff list shown in the chat; the CLI lists everyone. */
const LIST_LIMIT = 30;
const AUDIT_LIMIT = 20;

const locale = (ctx: BotContext): Locale => negotiateLocale(ctx);
const holds = (grants: readonly Grant[], roles: readonly Role[]) => grants.some((g) => roles.includes(g.role));
const isAdmin = (grants: readonly Grant[]) => holds(grants, ["admin"]);

/** What admins see of a staff member: "Айбек Осмонов (@aibek)". */
const displayName = (from: { first_name: string; last_name?: string; username?: string }) =>
  cut([from.first_name, from.last_name].filter(Boolean).join(" ") + (from.username ? ` (@${from.username})` : ""), 128);

/** "Айбек (@aibek)" for staff who came by invite, else "ID 123". */
async function who(db: Db, userId: bigint | null, t: BotContext["t"]): Promise<string> {
  if (userId === null) return t("staff-who-operator");
  const user = await db.user.findUnique({ where: { id: userId }, select: { displayName: true } });
  return user?.displayName ? `${user.displayName} (ID ${userId})` : `ID ${userId}`;
}

/** "Юрист (Клиника №1)": a role and what it covers, in `language`. */
export async function roleLabelIn(db: Db, language: Locale, role: string, scope: string): Promise<string> {
  const name = isRole(role) ? getI18n().t(language, `role-${role}`) : role;
  const place = scope ? await scopeName(db, scope, language) : "";
  return place ? `${name} (${place})` : name;
}

const roleLabel = (ctx: BotContext, role: string, scope: string) => roleLabelIn(ctx.deps.db, locale(ctx), role, scope);

/** A person's chosen language, for messages the bot sends them on its own. */
const languageOf = (ctx: BotContext, userId: bigint): Locale => userLanguage(ctx.deps.reads, userId) ?? "ru";

/** A long list in as many messages as Telegram needs; the buttons go under the last. */
async function replyInParts(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<unknown> {
  const last = await sendLeadingParts((part) => ctx.reply(part), text);
  return ctx.reply(last, keyboard ? { reply_markup: keyboard } : {});
}

export class StaffFeature {
  readonly entries: StaffEntry[];

  constructor(
    private readonly menu: MainMenu,
    private readonly buttons: StaffButtons,
    extraEntries: readonly StaffEntry[] = [],
    /** After someone joins with an invite: what is already waiting for their role (e.g. bookings to confirm). */
    private readonly onJoined: (ctx: BotContext, role: string, scope: string) => Promise<unknown> = async () => undefined,
  ) {
    this.entries = [
      ...extraEntries,
      { id: "invite", labelKey: "staff-invite", roles: ["admin"], open: (ctx) => this.askInviteRole(ctx) },
      { id: "list", labelKey: "staff-list", roles: ["admin"], open: (ctx) => this.showList(ctx) },
      { id: "audit", labelKey: "staff-audit", roles: ["admin"], open: (ctx) => this.showAudit(ctx) },
      { id: "groups", labelKey: "staff-groups", roles: ["clinic_staff", "comms_officer"], open: (ctx) => ctx.reply(ctx.t("staff-groups-how")) },
    ];
    buttons.add(STAFF_PREFIX, {
      allowed: (grants, id) => {
        const entry = this.entries.find((e) => e.id === id);
        return entry !== undefined && holds(grants, entry.roles);
      },
      handle: async (ctx, id) => {
        await ctx.answerCallbackQuery();
        return this.entries.find((e) => e.id === id)!.open(ctx);
      },
    });
    buttons.add(INVITE_BUTTON, { allowed: isAdmin, handle: (ctx, arg) => this.onInviteButton(ctx, arg) });
    buttons.add(ADMIN_BUTTON, { allowed: isAdmin, handle: (ctx, arg) => this.onAdminButton(ctx, arg) });
  }

  routes(routes: Routes): void {
    routes.command("staff", (ctx) => this.show(ctx));
    routes.command("invite", (ctx) => {
      if (!isAdmin(rolesOf(ctx.deps.reads, ctx.user!.id))) return this.menu.show(ctx, ctx.t("staff-admins-only"));
      return this.askInviteRole(ctx);
    });
    routes.command("report", (ctx, arg) => {
      if (!isAdmin(rolesOf(ctx.deps.reads, ctx.user!.id))) return this.menu.show(ctx, ctx.t("staff-admins-only"));
      return this.showReport(ctx, arg);
    });
  }

  /** The project's indicators beside their targets, in the admin's language: "/report" or "/report 2026-11-01 2026-11-30". */
  private async showReport(ctx: BotContext, arg: string): Promise<unknown> {
    const days = arg.split(/\s+/).filter(Boolean);
    if (days.length > 2 || !days.every(isIsoDay) || (days.length === 2 && days[0]! > days[1]!)) return ctx.reply(ctx.t("report-how"));
    const [from, to] = days;
    const r = await kpiReport(ctx.deps.db, { from, to });
    const t = ctx.t.bind(ctx);
    const none = "—";
    await ctx.reply(
      t("report-text", {
        period: from ? `${from} – ${to ?? t("report-today")}` : t("report-all-time"),
        visits: r.legalAid.visitsDone,
        people: r.legalAid.people,
        women: r.legalAid.womenShare,
        registered: r.jobs.registered,
        matched: r.jobs.matched,
        rate: r.jobs.matchRate,
        training: r.jobs.inTraining,
        completed: r.jobs.completedTraining,
        screenings: r.benefits.screenings,
        checked: r.rumours.checked,
        found: r.rumours.matched,
        queued: r.rumours.queued,
        answered: r.rumours.answered,
        hours: r.rumours.medianHoursToAnswer ?? none,
        broadcasts: r.broadcasts.sent,
        delivered: r.broadcasts.delivered,
        blocked: r.broadcasts.blocked,
      }),
    );
    // The chart of the last 12 weeks, in the admin's language.
    const now = ctx.deps.clock.now();
    try {
      await ctx.replyWithChatAction("upload_photo").catch(() => undefined);
      const png = await renderChart(negotiateLocale(ctx), await weeklyCounts(ctx.deps.db, now), now);
      return await ctx.replyWithPhoto(new InputFile(png, "komok-report.png"), { caption: t("report-chart-caption") });
    } catch (err) {
      ctx.deps.logger.error({ err }, "the report chart could not be drawn");
      return ctx.reply(t("report-chart-failed"));
    }
  }

  /** The deep-link handler for invites: t.me/<bot>?start=inv_<token>. */
  invites(): StartPayloadHandler {
    return { prefix: INVITE_PREFIX, handle: (ctx, token) => this.acceptInvite(ctx, token) };
  }

  /** The staff menu: what the person's roles let them do. */
  async show(ctx: BotContext, lead?: string): Promise<unknown> {
    const grants = rolesOf(ctx.deps.reads, ctx.user!.id);
    if (grants.length === 0) return this.menu.show(ctx, ctx.t("staff-not-staff"));
    const roles = await Promise.all(grants.map((g) => roleLabel(ctx, g.role, g.scope)));
    const keyboard = InlineKeyboard.from(
      this.entries
        .filter((e) => holds(grants, e.roles))
        .map((e) => [InlineKeyboard.text(ctx.t(e.labelKey), e.data ?? this.buttons.data(ctx, STAFF_PREFIX, e.id))]),
    );
    // Admins see their staff under the name Telegram shows, kept fresh here.
    const from = ctx.from!;
    const name = displayName(from);
    if ((await ctx.deps.db.user.findUnique({ where: { id: ctx.user!.id }, select: { displayName: true } }))?.displayName !== name) {
      await ctx.deps.db.user.update({ where: { id: ctx.user!.id }, data: { displayName: name } });
    }
    const text = ctx.t("staff-menu", { roles: roles.map((r) => `• ${r}`).join("\n") });
    return ctx.reply(lead ? `${lead}\n\n${text}` : text, { reply_markup: keyboard });
  }

  // ---- invites -------------------------------------------------------------

  private askInviteRole(ctx: BotContext): Promise<unknown> {
    const keyboard = InlineKeyboard.from(
      ROLES.map((role) => [InlineKeyboard.text(ctx.t(`role-${role}`), this.buttons.data(ctx, INVITE_BUTTON, `r:${role}`))]),
    );
    return ctx.reply(ctx.t("invite-pick-role"), { reply_markup: keyboard });
  }

  private async onInviteButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [step, role, id] = arg.split(":");
    if (!isRole(role)) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    const kind = SCOPED[role];
    if (step === "r" && kind) return this.askInviteScope(ctx, role, kind);
    const scope = kind ? (kind === "clinic" ? clinicScope(Number(id)) : employerScope(Number(id))) : "";
    if (kind && (await scopeName(ctx.deps.db, scope, locale(ctx))) === undefined) {
      return ctx.editMessageText(ctx.t("invite-place-gone")).catch(() => ctx.reply(ctx.t("invite-place-gone")));
    }
    const { payload, expiresAt } = await createInvite(ctx.deps.db, {
      role,
      scope,
      by: BigInt(ctx.from!.id),
      via: "bot",
      now: ctx.deps.clock.now(),
    });
    const text = ctx.t("invite-created", {
      role: await roleLabel(ctx, role, scope),
      link: inviteLink(ctx.me.username, payload),
      until: `${formatDate(expiresAt)} ${formatTime(expiresAt)}`,
    });
    // The wizard's message becomes the link, so its buttons cannot make another.
    return ctx.editMessageText(text, { link_preview_options: { is_disabled: true } }).catch(() => ctx.reply(text));
  }

  private async askInviteScope(ctx: BotContext, role: Role, kind: "clinic" | "employer"): Promise<unknown> {
    const places =
      kind === "clinic"
        ? (await listClinics(ctx.deps.db)).map((c) => ({ id: c.id, name: clinicName(c, locale(ctx)) }))
        : (await listEmployers(ctx.deps.db)).map((e) => ({ id: e.id, name: e.name }));
    // (Edits may fail on a double tap: the message already shows this.)
    if (places.length === 0) return ctx.editMessageText(ctx.t(`invite-no-${kind}s`)).catch(() => undefined);
    const keyboard = InlineKeyboard.from(
      places.slice(0, 40).map((place) => [InlineKeyboard.text(place.name, this.buttons.data(ctx, INVITE_BUTTON, `s:${role}:${place.id}`))]),
    );
    return ctx.editMessageText(ctx.t(`invite-pick-${kind}`), { reply_markup: keyboard }).catch(() => undefined);
  }

  private async acceptInvite(ctx: BotContext, token: string): Promise<unknown> {
    const { db, clock } = ctx.deps;
    const userId = ctx.user!.id;
    const outcome = await useInvite(db, token, userId, clock.now());
    if (!outcome.ok) {
      const role = outcome.role ? await roleLabel(ctx, outcome.role, outcome.scope ?? "") : "";
      return this.menu.show(ctx, ctx.t(`invite-${outcome.reason}`, { role }));
    }
    delete ctx.user!.roles; // read before the grant: read again when next needed
    const name = displayName(ctx.from!);
    await db.user.update({ where: { id: userId }, data: { displayName: name } });
    const role = await roleLabel(ctx, outcome.role, outcome.scope);
    if (outcome.createdBy !== null) {
      const creator = outcome.createdBy;
      const language = languageOf(ctx, creator);
      const notice = getI18n().t(language, "invite-used-notice", {
        who: `${name} (ID ${userId})`,
        role: await roleLabelIn(db, language, outcome.role, outcome.scope),
      });
      await sendToPerson(ctx.api, ctx.deps.reads, ctx.log, creator, notice);
    }
    await setChatCommands(ctx);
    await this.show(ctx, ctx.t("invite-welcome", { role, duties: ctx.t(`role-${outcome.role}-can`) }));
    return this.onJoined(ctx, outcome.role, outcome.scope);
  }

  // ---- admin: staff list, revoke, audit ------------------------------------

  private async showList(ctx: BotContext): Promise<unknown> {
    const { db } = ctx.deps;
    const total = await db.roleGrant.count();
    const grants = await db.roleGrant.findMany({ orderBy: [{ role: "asc" }, { grantedAt: "asc" }], take: LIST_LIMIT });
    const lines: string[] = [];
    const revokeButtons: ReturnType<typeof InlineKeyboard.text>[] = [];
    for (const [i, g] of grants.entries()) {
      lines.push(
        ctx.t("staff-list-line", {
          n: i + 1,
          who: await who(db, g.userId, ctx.t),
          role: await roleLabel(ctx, g.role, g.scope),
          since: formatDate(g.grantedAt),
          by: await who(db, g.grantedBy, ctx.t),
          via: ctx.t(`staff-via-${g.grantedVia === "invite" || g.grantedVia === "cli" || g.grantedVia === "config" ? g.grantedVia : "bot"}`),
        }),
      );
      revokeButtons.push(InlineKeyboard.text(`✖ ${i + 1}`, this.buttons.data(ctx, ADMIN_BUTTON, `rv:${g.id}`)));
    }
    // Five to a row: big enough for a thumb.
    const keyboard = InlineKeyboard.from(
      Array.from({ length: Math.ceil(revokeButtons.length / 5) }, (_, r) => revokeButtons.slice(r * 5, r * 5 + 5)),
    );
    const more = total > grants.length ? `\n\n${ctx.t("staff-list-more", { count: total - grants.length })}` : "";
    return replyInParts(ctx, `${ctx.t("staff-list-title")}\n\n${lines.join("\n")}${more}\n\n${ctx.t("staff-list-revoke-hint")}`, keyboard);
  }

  private async onAdminButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [step, rawId] = arg.split(":");
    const { db, clock } = ctx.deps;
    if (step === "rn") {
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(ctx.t("staff-revoke-kept")).catch(() => undefined);
    }
    const grant = await db.roleGrant.findUnique({ where: { id: Number(rawId) } });
    if (!grant || !isRole(grant.role)) {
      await ctx.answerCallbackQuery({ text: ctx.t("staff-revoke-gone") });
      return ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    }
    const label = await roleLabel(ctx, grant.role, grant.scope);
    const person = await who(db, grant.userId, ctx.t);
    if (grant.role === "admin" && grant.userId === BigInt(ctx.from!.id)) {
      return ctx.answerCallbackQuery({ text: ctx.t("staff-revoke-self"), show_alert: true });
    }
    if (step === "rv") {
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard()
        .text(ctx.t("staff-revoke-yes"), this.buttons.data(ctx, ADMIN_BUTTON, `ry:${grant.id}`))
        .row()
        .text(ctx.t("staff-revoke-no"), this.buttons.data(ctx, ADMIN_BUTTON, "rn:0"));
      return ctx.reply(ctx.t("staff-revoke-confirm", { who: person, role: label }), { reply_markup: keyboard });
    }
    if (step !== "ry") return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    const revoked = await revokeRole(db, {
      userId: grant.userId,
      role: grant.role,
      scope: grant.scope,
      by: BigInt(ctx.from!.id),
      via: "bot",
      now: clock.now(),
    });
    await ctx.answerCallbackQuery(revoked ? {} : { text: ctx.t("staff-revoke-gone") });
    await ctx.editMessageText(ctx.t(revoked ? "staff-revoked" : "staff-revoke-gone", { who: person, role: label })).catch(() => undefined);
    if (revoked) {
      const language = languageOf(ctx, grant.userId);
      const notice = getI18n().t(language, "staff-revoked-notice", {
        role: await roleLabelIn(db, language, grant.role, grant.scope),
      });
      await sendToPerson(ctx.api, ctx.deps.reads, ctx.log, grant.userId, notice);
      await setCommandsFor(ctx.api, ctx.deps.reads, grant.userId, ctx.log);
    }
  }

  private async showAudit(ctx: BotContext): Promise<unknown> {
    const { db } = ctx.deps;
    const events = await db.auditEvent.findMany({ orderBy: [{ at: "desc" }, { id: "desc" }], take: AUDIT_LIMIT });
    if (events.length === 0) return ctx.reply(ctx.t("staff-audit-empty"));
    const lines: string[] = [];
    for (const e of events) {
      const action = ctx.t(`audit-${e.action.replace(".", "-")}`, {
        role: e.role ? await roleLabel(ctx, e.role, e.scope ?? "") : "",
        subject: await who(db, e.subjectId, ctx.t),
      });
      lines.push(ctx.t("staff-audit-line", { when: `${formatDate(e.at)} ${formatTime(e.at)}`, actor: await who(db, e.actorId, ctx.t), action }));
    }
    return replyInParts(ctx, `${ctx.t("staff-audit-title", { count: events.length })}\n\n${lines.join("\n")}`);
  }
}
