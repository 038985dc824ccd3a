// Legal aid outside the booking conversation: the clinic's staff get each new,
// moved or cancelled booking with buttons (Confirm / Decline with a reason /
// Done with the outcome / No-show), only that clinic's staff can press them,
// and the citizen is told in their language; /mybookings lets the citizen
// cancel or move; staff have /today, /week and /block.
import { InlineKeyboard, type Api, type Middleware } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import { isLocale } from "../context.ts";
import { bishkekDayOf, bishkekTime } from "../domain/legal-aid/slots.ts";
import { clinicName } from "../services/orgs.ts";
import type { Routes } from "../router.ts";
import { commandOf } from "../router.ts";
import { citizenBookingText, clinicListing, staffBookingText, translator, whenText, type BookingView } from "../services/booking-text.ts";
import { ACTIVE_STATUSES, cancelBooking, OUTCOMES, setStatus, upcomingBookings, type BookingStatus, type Outcome } from "../services/bookings.ts";
import { blockTime } from "../services/clinics.ts";
import { sendToPerson } from "../services/delivery.ts";
import { clinicScope, rolesOf, type Grant } from "../services/roles.ts";
import { chatLocale, notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import { packBlocks } from "../texts.ts";
import { bishkekDay, formatTime } from "../time.ts";
import type { JobDeps } from "../jobs/legal-aid.ts";
import type { NoticeHandlers } from "../jobs/notices.ts";
import { MENU_PREFIX } from "./menu.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import type { StaffEntry } from "./staff.ts";

/** Whether the clinic or the admins have anyone in the bot to tell (when nobody is, there is no one to wait for). */
async function anyoneToTell(deps: JobDeps, clinicId: number): Promise<boolean> {
  const where = { OR: [{ role: "clinic_staff", scope: clinicScope(clinicId) }, { role: "admin", scope: "" }] };
  return (await deps.db.roleGrant.count({ where })) + (await deps.db.staffGroup.count({ where })) > 0;
}

/** Staff buttons on a booking: "lb:<action>.<clinicId>.<bookingId>[.<code>]". */
const STAFF_PREFIX = "lb";
/** The citizen's buttons on their bookings: "my:<action>:<bookingId>". */
export const MY_PREFIX = "my";
export const DECLINE_REASONS = ["no-lawyer", "not-our-topic", "closed", "other"] as const;

const clinicStaff = (grants: readonly Grant[], clinicId: number) =>
  grants.some((g) => g.role === "clinic_staff" && g.scope === clinicScope(clinicId));
/** A booking's time as a short version string (minutes since 1970, base 36). */
const version = (startsAt: Date) => Math.floor(startsAt.getTime() / 60_000).toString(36);

const staffClinicIds = (grants: readonly Grant[]) =>
  grants.filter((g) => g.role === "clinic_staff" && g.scope.startsWith("clinic:")).map((g) => Number(g.scope.slice("clinic:".length)));

/** Bookings waiting for confirmation shown at once in /today, /week or on joining. */
const PENDING_SHOWN = 20;

export class LegalAidFeature {
  constructor(private readonly staffButtons: StaffButtons) {
    staffButtons.add(STAFF_PREFIX, {
      allowed: (grants, arg) => clinicStaff(grants, Number(arg.split(".")[1])),
      handle: (ctx, arg) => this.onStaffButton(ctx, arg),
    });
  }

  /** Entries in the staff menu for clinic staff. */
  staffEntries(): StaffEntry[] {
    return [
      { id: "today", labelKey: "legal-staff-today", roles: ["clinic_staff"], open: (ctx) => this.listing(ctx, 1) },
      { id: "week", labelKey: "legal-staff-week", roles: ["clinic_staff"], open: (ctx) => this.listing(ctx, 7) },
      { id: "block", labelKey: "legal-staff-block", roles: ["clinic_staff"], open: (ctx) => ctx.reply(ctx.t("legal-block-how")) },
    ];
  }

  private async view(ctx: { deps: BotContext["deps"] }, bookingId: number) {
    return ctx.deps.db.booking.findUnique({ where: { id: bookingId }, include: { clinic: true } });
  }

  /**
   * The staff's buttons for a booking in its current state, signed for
   * `chatId`. The data carries the booking's time as a version: a button on a
   * message about the old time of a moved booking does nothing.
   */
  private keyboard(chatId: number, b: { id: number; clinicId: number; status: string; startsAt: Date }, locale: Locale): InlineKeyboard | undefined {
    const t = translator(locale);
    const data = (action: string) => this.staffButtons.dataFor(chatId, STAFF_PREFIX, `${action}.${b.clinicId}.${b.id}.${version(b.startsAt)}`);
    if (b.status === "pending") return new InlineKeyboard().text(t("legal-btn-confirm"), data("c")).text(t("legal-btn-decline"), data("d"));
    if (b.status === "confirmed") {
      return new InlineKeyboard().text(t("legal-btn-done"), data("x")).text(t("legal-btn-no-show"), data("n")).row().text(t("legal-btn-decline"), data("d"));
    }
    return undefined;
  }

  /** The notices this feature sends (src/jobs/notices.ts). */
  noticeHandlers(): NoticeHandlers {
    return { booking: (deps, api, bookingId, event) => this.bookingNotice(deps, api, bookingId, event) };
  }

  /**
   * Sends a booking's queued notice (src/jobs/notices.ts): a new, moved or
   * cancelled booking to the clinic (its group, or each staff member; the
   * admins if nobody at the clinic heard), a confirmation or a decline to the
   * citizen. False when nobody could be reached (tried again later).
   */
  async bookingNotice(deps: JobDeps, api: Api, bookingId: number, event: string): Promise<boolean> {
    const b = await deps.db.booking.findUnique({ where: { id: bookingId }, include: { clinic: true } });
    if (!b || b.userId === 0n) return true; // gone, or erased on the person's request
    if (event === "confirmed" || event === "declined") return this.tellCitizen(deps, api, b, event);
    // A new or moved booking that is no longer active (cancelled meanwhile) needs no Confirm.
    if ((event === "new" || event === "moved") && !ACTIVE_STATUSES.includes(b.status as BookingStatus)) return true;
    const told = await notifyStaff(deps, api, { role: "clinic_staff", scope: clinicScope(b.clinicId) }, (locale, chatId) => ({
      text: staffBookingText(locale, b, event),
      options: { reply_markup: event === "cancelled" ? undefined : this.keyboard(chatId, b, locale) },
    }));
    if (told > 0) return true;
    deps.logger.warn({ bookingId: b.id, clinicId: b.clinicId }, "nobody at the clinic was told of a booking");
    const admins = await notifyStaff(deps, api, { role: "admin", scope: "" }, (locale) => ({
      text: translator(locale)("legal-admin-unheard", { ref: b.ref, clinic: clinicName(b.clinic, locale), clinicId: String(b.clinicId) }),
    }));
    // Nobody at the clinic nor among the admins could be reached (Telegram down?): later, again.
    return admins > 0 || !(await anyoneToTell(deps, b.clinicId));
  }

  private async onStaffButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [action, clinicText, idText, v, code] = arg.split(".");
    const clinicId = Number(clinicText);
    const b = await this.view(ctx, Number(idText));
    const locale = await chatLocale(ctx);
    const t = translator(locale);
    if (!b || b.clinicId !== clinicId) return ctx.answerCallbackQuery({ text: t("legal-staff-gone"), show_alert: true });
    // A message about the booking's old time (it was moved since): show the booking as it is now.
    if (v !== version(b.startsAt)) return this.stale(ctx, b.id, locale);
    const now = ctx.deps.clock.now();
    const chatId = ctx.chat!.id;
    const data = (a: string, extra = "") => this.staffButtons.dataFor(chatId, STAFF_PREFIX, `${a}.${clinicId}.${b.id}.${v}${extra}`);
    // Done and no-show only once the visit has begun: before, they would free the seat.
    if ((action === "x" || action === "xo" || action === "n") && b.startsAt.getTime() > now.getTime()) {
      return ctx.answerCallbackQuery({ text: t("legal-staff-too-early", { time: formatTime(b.startsAt) }), show_alert: true });
    }
    // Choices first: a reason to decline, an outcome for a done visit.
    if (action === "d" || action === "x") {
      if (!ACTIVE_STATUSES.includes(b.status as BookingStatus)) return this.stale(ctx, b.id, locale);
      const rows =
        action === "d"
          ? DECLINE_REASONS.map((r) => [InlineKeyboard.text(t(`legal-decline-${r}`), data("dr", `.${r}`))])
          : OUTCOMES.map((o) => [InlineKeyboard.text(t(`legal-outcome-${o}`), data("xo", `.${o}`))]);
      rows.push([InlineKeyboard.text(t("question-back"), data("back"))]);
      await ctx.answerCallbackQuery();
      return ctx.editMessageReplyMarkup({ reply_markup: InlineKeyboard.from(rows) }).catch(() => undefined);
    }
    if (action === "back") {
      await ctx.answerCallbackQuery();
      return ctx.editMessageReplyMarkup({ reply_markup: this.keyboard(chatId, b, locale) }).catch(() => undefined);
    }
    const change: Record<string, { from: BookingStatus[]; to: BookingStatus; extra?: { declineReason?: string; outcome?: Outcome } } | undefined> = {
      c: { from: ["pending"], to: "confirmed" },
      dr: { from: ACTIVE_STATUSES, to: "declined", extra: { declineReason: code } },
      xo: { from: ACTIVE_STATUSES, to: "done", extra: { outcome: code as Outcome } },
      n: { from: ACTIVE_STATUSES, to: "no_show" },
    };
    const step = change[action ?? ""];
    if (!step || (action === "dr" && !(DECLINE_REASONS as readonly string[]).includes(code ?? "")) || (action === "xo" && !(OUTCOMES as readonly string[]).includes(code ?? ""))) {
      return ctx.answerCallbackQuery({ text: t("staff-button-invalid"), show_alert: true });
    }
    // The citizen hears of a confirmation or a decline: queued with the change, sent below.
    const notice = step.to === "confirmed" || step.to === "declined" ? step.to : undefined;
    if (!(await setStatus(ctx.deps.db, b.id, step.from, step.to, now, step.extra, notice))) return this.stale(ctx, b.id, locale);
    const after = (await this.view(ctx, b.id))!;
    await ctx.answerCallbackQuery({ text: t(`legal-status-${after.status}`) });
    const who = [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(" ");
    const text = `${staffBookingText(locale, after, "update")}\n${t("legal-staff-by", { who, time: formatTime(now) })}`;
    // A decline pressed in the /block list leaves the list as it is and answers below it.
    if (ctx.callbackQuery?.message?.text?.startsWith("⛔")) await ctx.reply(text);
    else await ctx.editMessageText(text, { reply_markup: this.keyboard(chatId, after, locale) }).catch(() => undefined);
    if (notice) await ctx.services.deliverNotices(ctx.api, { kind: "booking", subjectId: b.id });
    return undefined;
  }

  private async stale(ctx: BotContext, bookingId: number, locale: Locale): Promise<unknown> {
    const b = (await this.view(ctx, bookingId))!;
    const t = translator(locale);
    await ctx.answerCallbackQuery({ text: t("legal-staff-already", { status: t(`legal-status-${b.status}`) }), show_alert: true });
    if (ctx.callbackQuery?.message?.text?.startsWith("⛔")) return undefined;
    return ctx.editMessageText(staffBookingText(locale, b, "update"), { reply_markup: this.keyboard(ctx.chat!.id, b, locale) }).catch(() => undefined);
  }

  private async tellCitizen(deps: JobDeps, api: Api, b: BookingView & { userId: bigint; language: string; declineReason: string | null }, event: "confirmed" | "declined"): Promise<boolean> {
    if (deps.reads.user(b.userId)?.blocked) return true; // they stopped the bot: nothing to send
    // Superseded: a confirmation tried again after the clinic declined (or the citizen cancelled) says nothing true.
    if (b.status !== event) return true;
    const locale: Locale = userLanguage(deps.reads, b.userId) ?? (isLocale(b.language) ? b.language : "ru");
    const t = translator(locale);
    const text =
      event === "confirmed"
        ? `${t("legal-citizen-confirmed")}\n\n${citizenBookingText(locale, b)}`
        : `${t(`legal-citizen-declined-${b.declineReason ?? "other"}`)}\n\n${citizenBookingText(locale, b)}`;
    const keyboard = event === "declined" ? new InlineKeyboard().text(t("legal-again"), `${MENU_PREFIX}:legal-aid`) : undefined;
    return sendToPerson(api, deps.reads, deps.logger, b.userId, text, keyboard ? { reply_markup: keyboard } : undefined);
  }

  // ---- The citizen: /mybookings, cancel, move ----

  routes(before: Routes, after: Routes): void {
    before.command("mybookings", (ctx) => this.myBookings(ctx));
    before.button(MY_PREFIX, (ctx, arg, next) => {
      const [action, id] = arg.split(":");
      if (action === "c") return this.askCancel(ctx, Number(id));
      if (action === "cy") return this.cancel(ctx, Number(id));
      if (action === "cn") return ctx.answerCallbackQuery().then(() => ctx.deleteMessage().catch(() => undefined));
      return next();
    });
    // Moving is a conversation: entered after the flows are registered.
    after.button(MY_PREFIX, async (ctx, arg) => {
      const [action, id] = arg.split(":");
      if (action !== "r") return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      const b = await this.view(ctx, Number(id));
      if (!b || b.userId !== ctx.user?.id || !ACTIVE_STATUSES.includes(b.status as BookingStatus) || b.startsAt <= ctx.deps.clock.now()) {
        return ctx.answerCallbackQuery({ text: ctx.t("legal-my-gone"), show_alert: true });
      }
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter("legal-aid-move", { menu: [], arg: String(b.id) });
    });
  }

  async myBookings(ctx: BotContext): Promise<unknown> {
    const user = ctx.user;
    if (!user) return undefined;
    const locale = user.language ?? "ru";
    const bookings = await upcomingBookings(ctx.deps.db, user.id, ctx.deps.clock.now());
    if (bookings.length === 0) {
      return ctx.reply(ctx.t("legal-my-none"), { reply_markup: new InlineKeyboard().text(ctx.t("menu-legal-aid"), `${MENU_PREFIX}:legal-aid`) });
    }
    await ctx.reply(ctx.t("legal-my-title", { count: bookings.length }));
    for (const b of bookings) {
      await ctx.reply(citizenBookingText(locale, b), {
        reply_markup: new InlineKeyboard().text(ctx.t("legal-my-move"), `${MY_PREFIX}:r:${b.id}`).text(ctx.t("legal-my-cancel"), `${MY_PREFIX}:c:${b.id}`),
      });
    }
    return undefined;
  }

  private async own(ctx: BotContext, id: number) {
    const b = await this.view(ctx, id);
    return b && b.userId === ctx.user?.id && ACTIVE_STATUSES.includes(b.status as BookingStatus) && b.startsAt > ctx.deps.clock.now() ? b : undefined;
  }

  private async askCancel(ctx: BotContext, id: number): Promise<unknown> {
    const b = await this.own(ctx, id);
    if (!b) return ctx.answerCallbackQuery({ text: ctx.t("legal-my-gone"), show_alert: true });
    await ctx.answerCallbackQuery();
    return ctx.reply(ctx.t("legal-my-cancel-sure", { ref: b.ref, when: whenText(translator(ctx.user!.language ?? "ru"), b.startsAt) }), {
      reply_markup: new InlineKeyboard().text(ctx.t("legal-my-cancel-yes"), `${MY_PREFIX}:cy:${b.id}`).text(ctx.t("legal-my-cancel-no"), `${MY_PREFIX}:cn:${b.id}`),
    });
  }

  private async cancel(ctx: BotContext, id: number): Promise<unknown> {
    const b = await this.own(ctx, id);
    if (!b || !(await cancelBooking(ctx.deps.db, b.id, ctx.deps.clock.now(), { notify: true }))) return ctx.answerCallbackQuery({ text: ctx.t("legal-my-gone"), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("legal-my-cancelled-short") });
    await ctx.editMessageText(ctx.t("legal-my-cancelled", { ref: b.ref }), { reply_markup: new InlineKeyboard().text(ctx.t("legal-again"), `${MENU_PREFIX}:legal-aid`) }).catch(() => undefined);
    await ctx.services.deliverNotices(ctx.api, { kind: "booking", subjectId: b.id });
    return undefined;
  }

  // ---- Staff: /today, /week, /block ----

  /** Handles /today, /week and /block in private chats and in the clinic's linked group. */
  middleware(): Middleware<BotContext> {
    return (ctx, next) => {
      const command = ctx.message ? commandOf(ctx) : undefined;
      if (!command || !["today", "week", "block"].includes(command.name) || !ctx.from || ctx.from.is_bot) return next();
      if (command.name === "today") return this.listing(ctx, 1);
      if (command.name === "week") return this.listing(ctx, 7);
      return this.block(ctx, command.arg);
    };
  }

  /** The clinics this chat speaks for: the group's linked clinic, or the person's own. */
  private async clinicsHere(ctx: BotContext): Promise<number[]> {
    const mine = staffClinicIds(rolesOf(ctx.deps.reads, BigInt(ctx.from!.id)));
    if (ctx.chat?.type === "private") return mine;
    const linked = await ctx.deps.db.staffGroup.findMany({ where: { chatId: BigInt(ctx.chat!.id), role: "clinic_staff" } });
    return linked.map((g) => Number(g.scope.slice("clinic:".length))).filter((id) => mine.includes(id));
  }

  async listing(ctx: BotContext, days: number): Promise<unknown> {
    const clinicIds = await this.clinicsHere(ctx);
    if (clinicIds.length === 0) return ctx.reply(ctx.t("legal-staff-not-clinic"));
    const locale = ctx.user?.language ?? "ru";
    const blocks: string[] = [];
    for (const clinicId of clinicIds) {
      const listing = await clinicListing(ctx.deps.db, clinicId, ctx.deps.clock.now(), days, locale);
      if (listing) blocks.push(listing.text);
    }
    for (const part of packBlocks(blocks)) await ctx.reply(part);
    return this.pendingCards(ctx, clinicIds, days);
  }

  /**
   * Every upcoming booking of these clinics still waiting for confirmation, each
   * with Confirm / Decline signed for this chat: staff who joined after it was
   * made (or missed the notice) can act on it.
   */
  async pendingCards(ctx: BotContext, clinicIds: readonly number[], days?: number): Promise<unknown> {
    const now = ctx.deps.clock.now();
    // Within the listing's days (to the end of the last one), or all upcoming ones.
    const until = days === undefined ? undefined : new Date(bishkekTime(bishkekDay(now), "00:00").getTime() + days * 86_400_000);
    const where = { clinicId: { in: [...clinicIds] }, status: "pending", startsAt: { gte: now, ...(until ? { lt: until } : {}) } };
    const total = await ctx.deps.db.booking.count({ where });
    const pending = await ctx.deps.db.booking.findMany({
      where,
      include: { clinic: true },
      orderBy: { startsAt: "asc" },
      take: PENDING_SHOWN,
    });
    if (pending.length === 0) return undefined;
    const locale = await chatLocale(ctx);
    const t = translator(locale);
    await ctx.reply([t("legal-staff-pending-title", { count: total }), ...(total > pending.length ? [t("staff-list-first", { shown: pending.length })] : [])].join("\n"));
    for (const b of pending) await ctx.reply(staffBookingText(locale, b, "new"), { reply_markup: this.keyboard(ctx.chat!.id, b, locale) });
    return undefined;
  }

  /** "/block 24.11 14:00-16:00 reason" or "/block 24.11" (the whole day). */
  private async block(ctx: BotContext, arg: string): Promise<unknown> {
    const clinicIds = await this.clinicsHere(ctx);
    if (clinicIds.length === 0) return ctx.reply(ctx.t("legal-staff-not-clinic"));
    if (clinicIds.length > 1) return ctx.reply(ctx.t("legal-block-which"));
    const match = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?:\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?(?:\s+([\s\S]{1,200}))?$/.exec(arg.trim());
    if (!match) return ctx.reply(ctx.t("legal-block-how"));
    const now = ctx.deps.clock.now();
    const today = bishkekDay(now);
    const pad = (v: string) => v.padStart(2, "0");
    let year = match[3] ?? today.slice(0, 4);
    let day = `${year}-${pad(match[2]!)}-${pad(match[1]!)}`;
    if (!match[3] && day < today) {
      year = String(Number(year) + 1);
      day = `${year}-${pad(match[2]!)}-${pad(match[1]!)}`;
    }
    const time = (v: string) => v.padStart(5, "0");
    const from = match[4] ? time(match[4]) : "00:00";
    const until = match[5] ? time(match[5]) : "24:00";
    const startsAt = bishkekTime(day, from);
    const endsAt = until === "24:00" ? new Date(bishkekTime(day, "00:00").getTime() + 86_400_000) : bishkekTime(day, until);
    if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt || bishkekDayOf(startsAt) !== day) {
      return ctx.reply(ctx.t("legal-block-how"));
    }
    const clinicId = clinicIds[0]!;
    await blockTime(ctx.deps.db, clinicId, startsAt, endsAt, BigInt(ctx.from!.id), match[6]?.trim() ?? "");
    const affected = await ctx.deps.db.booking.findMany({
      where: { clinicId, seat: { not: null }, startsAt: { gte: startsAt, lt: endsAt } },
      orderBy: { startsAt: "asc" },
    });
    const t = translator(await chatLocale(ctx));
    const lines = [t("legal-blocked", { day: `${pad(match[1]!)}.${pad(match[2]!)}.${year}`, from, until })];
    if (affected.length === 0) return ctx.reply(lines.join("\n"));
    // Those already booked then: one button each declines with the reason "closed", and the bot tells them.
    lines.push(t("legal-blocked-affected", { count: affected.length }));
    for (const b of affected) lines.push(`${formatTime(b.startsAt)} · ${b.ref} · ${b.name}`);
    const keyboard = InlineKeyboard.from(
      affected.map((b) => [
        InlineKeyboard.text(`❌ ${formatTime(b.startsAt)} ${b.ref}`, this.staffButtons.dataFor(ctx.chat!.id, STAFF_PREFIX, `dr.${clinicId}.${b.id}.${version(b.startsAt)}.closed`)),
      ]),
    );
    return ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  }
}
