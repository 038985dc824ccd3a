// Broadcasts around the writing conversation: a submitted broadcast goes to
// the comms officers' group (or each officer) with signed Approve / Reject
// buttons; a different officer must approve (four-eyes); the author is told.
// The author's progress message has Pause / Resume / Cancel.
import { InlineKeyboard, type Api } from "grammy";
import type { Broadcast } from "../generated/prisma/client.ts";
import type { BotContext, Locale } from "../context.ts";
import type { Routes } from "../router.ts";
import { translator } from "../services/booking-text.ts";
import { broadcastText } from "../services/broadcast-text.ts";
import { approveBroadcast, audienceSchema, controlBroadcast, rejectBroadcast } from "../services/broadcasts.ts";
import { sendLong, sendToPerson } from "../services/delivery.ts";
import { rolesOf, type Grant } from "../services/roles.ts";
import { chatLocale, notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import { formatDate, formatTime } from "../time.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import type { StaffEntry } from "./staff.ts";

/** Officers' buttons on a submitted broadcast: "bq:<a|r>.<id>.<version>", "bq:x.<id>.<version>.<reason>". */
const REVIEW_PREFIX = "bq";
/** The author's progress controls: "bc:<p|r|c>.<id>". */
export const CONTROL_PREFIX = "bc";
/** Opening the writing conversation after the flows: "bw:new". */
const WRITE_PREFIX = "bw";
export const REJECT_REASONS = ["source", "text", "audience", "other"] as const;

const isOfficer = (grants: readonly Grant[]) => grants.some((g) => g.role === "comms_officer");
/** A broadcast's version in button data: its last change, in minutes-and-milliseconds base 36. */
const version = (updatedAt: Date) => updatedAt.getTime().toString(36);

/** Pause or resume, and cancel, under the progress message; `sign` signs "<action>.<id>" for the chat. */
export function broadcastControls(sign: (chatId: number, arg: string) => string) {
  return (broadcastId: number, chatId: number, status: string, locale: Locale): InlineKeyboard => {
    const t = translator(locale);
    const data = (a: string) => sign(chatId, `${a}.${broadcastId}`);
    const keyboard = new InlineKeyboard();
    if (status === "paused") keyboard.text(t("broadcast-resume"), data("r"));
    else keyboard.text(t("broadcast-pause"), data("p"));
    return keyboard.text(t("broadcast-cancel"), data("c"));
  };
}

/** The author as officers know them: their display name, or their Telegram id. */
const authorName = async (deps: BotContext["deps"], b: Broadcast) =>
  (await deps.db.user.findUnique({ where: { id: b.authorId }, select: { displayName: true } }))?.displayName ?? `ID ${b.authorId}`;

export class BroadcastsFeature {
  constructor(private readonly staffButtons: StaffButtons) {
    staffButtons.add(REVIEW_PREFIX, { allowed: isOfficer, handle: (ctx, arg) => this.onReview(ctx, arg) });
    staffButtons.add(CONTROL_PREFIX, { allowed: isOfficer, handle: (ctx, arg) => this.onControl(ctx, arg) });
  }

  staffEntries(): StaffEntry[] {
    return [
      { id: "broadcast", labelKey: "broadcast-staff-new", roles: ["comms_officer"], data: `${WRITE_PREFIX}:new`, open: async () => undefined },
      { id: "broadcast-pending", labelKey: "broadcast-staff-pending", roles: ["comms_officer"], open: (ctx) => this.listPending(ctx) },
    ];
  }

  /**
   * The broadcasts waiting for a second officer, for an officer who joined later
   * or missed the notice: each as the officers' notice, with Approve / Reject
   * signed for this chat; the officer's own are listed without them.
   */
  private async listPending(ctx: BotContext): Promise<unknown> {
    const t = ctx.t.bind(ctx);
    const me = BigInt(ctx.from!.id);
    const total = await ctx.deps.db.broadcast.count({ where: { status: "pending" } });
    const pending = await ctx.deps.db.broadcast.findMany({ where: { status: "pending" }, orderBy: { id: "asc" }, take: 20 });
    if (pending.length === 0) return ctx.reply(t("broadcast-pending-none"));
    const locale = await chatLocale(ctx);
    const others = pending.filter((b) => b.authorId !== me);
    const own = pending.filter((b) => b.authorId === me);
    await ctx.reply([t("broadcast-pending-title", { count: total }), ...(total > pending.length ? [t("staff-list-first", { shown: pending.length })] : [])].join("\n"));
    for (const b of others) {
      const notice = this.reviewNotice(ctx.deps, b, await authorName(ctx.deps, b), locale, ctx.chat!.id);
      await sendLong(ctx.api, ctx.chat!.id, notice.text, notice.options);
    }
    if (own.length) await ctx.reply(t("broadcast-pending-own", { ids: own.map((b) => `#${b.id}`).join(", ") }));
    return undefined;
  }

  /** The officers' notice of a submitted broadcast, with Approve / Reject signed for `chatId`. */
  private reviewNotice(deps: BotContext["deps"], b: Broadcast, author: string, locale: Locale, chatId: number): { text: string; options: Parameters<Api["sendMessage"]>[2] } {
    const t = translator(locale);
    // The buttons carry the version they were shown for: after an edit, old buttons cannot approve the new text unseen.
    const data = (a: string) => this.staffButtons.dataFor(chatId, REVIEW_PREFIX, `${a}.${b.id}.${version(b.updatedAt)}`);
    const audience = audienceSchema.parse(JSON.parse(b.audience));
    const texts = [b.textKy ? `🇰🇬\n${broadcastText("ky", b, deps.clock.now())}` : t("broadcast-no-ky"), `🇷🇺\n${broadcastText("ru", b, deps.clock.now())}`];
    return {
      text: [
        ...(b.updatedAt.getTime() > b.createdAt.getTime() ? [t("broadcast-review-edited")] : []),
        t("broadcast-review", {
          id: b.id,
          author,
          audience: audienceLabel(t, audience, b.textKy === null),
          when: b.sendAt ? `${formatDate(b.sendAt)} ${formatTime(b.sendAt)}` : t("broadcast-when-now"),
          photo: b.photoFileId ? t("broadcast-with-photo") : "",
        }),
        ...texts,
      ].join("\n\n"),
      options: { reply_markup: new InlineKeyboard().text(t("broadcast-approve"), data("a")).text(t("broadcast-reject"), data("r")), link_preview_options: { is_disabled: true } },
    };
  }

  /** After the flows: /broadcast and the staff menu's button open the writing conversation. */
  routesAfterFlows(after: Routes): void {
    const open = (ctx: BotContext, arg?: string) => {
      if (!isOfficer(rolesOf(ctx.deps.reads, BigInt(ctx.from!.id)))) return ctx.reply(ctx.t("broadcast-officers-only"));
      return ctx.conversation.enter("broadcast", { menu: [], ...(arg ? { arg } : {}) });
    };
    after.command("broadcast", (ctx) => open(ctx));
    // "bw:new" from the staff menu; "bw:e<id>" edits one's own submitted broadcast (the flow checks it is theirs).
    after.button(WRITE_PREFIX, async (ctx, arg) => {
      await ctx.answerCallbackQuery();
      return open(ctx, /^e\d+$/.test(arg) ? arg : undefined);
    });
  }

  /** A submitted broadcast: the officers see it as citizens will, with Approve / Reject. */
  async submitted(deps: BotContext["deps"], api: Api, id: number): Promise<void> {
    const b = await deps.db.broadcast.findUnique({ where: { id } });
    if (!b) return;
    const author = await authorName(deps, b);
    await notifyStaff(deps, api, { role: "comms_officer", scope: "" }, (locale, chatId) => this.reviewNotice(deps, b, author, locale, chatId));
  }

  private async onReview(ctx: BotContext, arg: string): Promise<unknown> {
    const [action, idText, shown, reason] = arg.split(".");
    const id = Number(idText);
    const t = ctx.t.bind(ctx);
    const by = BigInt(ctx.from!.id);
    const now = ctx.deps.clock.now();
    const current = await ctx.deps.db.broadcast.findUnique({ where: { id } });
    if (current && current.status === "pending" && version(current.updatedAt) !== shown) return ctx.answerCallbackQuery({ text: t("broadcast-changed"), show_alert: true });
    // Alerts in the presser's language; messages in the chat's (a group keeps its own).
    const say = translator(await chatLocale(ctx));
    if (action === "a") {
      const result = await approveBroadcast(ctx.deps.db, id, by, now);
      if (!result.ok) return ctx.answerCallbackQuery({ text: t(result.reason === "own" ? "broadcast-own" : "broadcast-decided"), show_alert: true });
      await ctx.answerCallbackQuery({ text: t("broadcast-approved-short") });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      await ctx.reply(say("broadcast-approved", { id }));
      await this.tellAuthor(ctx, id, "broadcast-author-approved", {});
      return undefined;
    }
    if (action === "r") {
      // Which reason: the buttons, on the same message.
      const data = (r: string) => this.staffButtons.data(ctx, REVIEW_PREFIX, `x.${id}.${shown}.${r}`);
      await ctx.answerCallbackQuery();
      return ctx.reply(say("broadcast-reject-why", { id }), { reply_markup: InlineKeyboard.from(REJECT_REASONS.map((r) => [InlineKeyboard.text(say(`broadcast-reason-${r}`), data(r))])) });
    }
    if (action === "x" && reason) {
      if (!(await rejectBroadcast(ctx.deps.db, id, by, reason, now))) return ctx.answerCallbackQuery({ text: t("broadcast-decided"), show_alert: true });
      await ctx.answerCallbackQuery({ text: t("broadcast-rejected-short") });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      await ctx.reply(say("broadcast-rejected", { id }));
      await this.tellAuthor(ctx, id, "broadcast-author-rejected", { reasonKey: `broadcast-reason-${reason}` });
      return undefined;
    }
    return ctx.answerCallbackQuery();
  }

  private async tellAuthor(ctx: BotContext, id: number, key: string, args: { reasonKey?: string }): Promise<void> {
    const b = await ctx.deps.db.broadcast.findUniqueOrThrow({ where: { id } });
    const tj = translator(userLanguage(ctx.deps.reads, b.authorId) ?? "ru");
    const when = b.sendAt ? `${formatDate(b.sendAt)} ${formatTime(b.sendAt)}` : tj("broadcast-when-now");
    await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, b.authorId, tj(key, { id, when, reason: args.reasonKey ? tj(args.reasonKey) : "" }));
  }

  private async onControl(ctx: BotContext, arg: string): Promise<unknown> {
    const [action, idText] = arg.split(".");
    const id = Number(idText);
    const t = ctx.t.bind(ctx);
    const what = action === "p" ? "pause" : action === "r" ? "resume" : "cancel";
    const done = { pause: "paused", resume: "resumed", cancel: "cancelled" }[what];
    if (!(await controlBroadcast(ctx.deps.db, id, what, ctx.deps.clock.now()))) return ctx.answerCallbackQuery({ text: t("broadcast-cannot", { id }), show_alert: true });
    await ctx.answerCallbackQuery({ text: t(`broadcast-${done}-short`) });
    const b = await ctx.deps.db.broadcast.findUniqueOrThrow({ where: { id } });
    if (b.status === "cancelled") await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    else {
      const keyboard = broadcastControls((chatId, a) => this.staffButtons.dataFor(chatId, CONTROL_PREFIX, a));
      await ctx.editMessageReplyMarkup({ reply_markup: keyboard(id, ctx.chat!.id, b.status, ctx.user?.language ?? "ru") }).catch(() => undefined);
    }
    return ctx.reply(t(`broadcast-${done}`, { id }));
  }
}

/** "subscribers to COVID-19 facts, Kyrgyz speakers" in the officer's language. */
export function audienceLabel(t: (key: string, args?: Record<string, string | number>) => string, audience: { topics: string[]; languages: string[]; regions: string[] }, onlyRu: boolean): string {
  const parts = [audience.topics.length === 4 ? t("broadcast-audience-all") : audience.topics.map((x) => t(`broadcast-topic-${x}`)).join(", ")];
  const languages = onlyRu ? ["ru"] : audience.languages;
  if (languages.length) parts.push(languages.map((l) => t(`broadcast-language-${l}`)).join(", "));
  if (audience.regions.length) parts.push(audience.regions.map((r) => t(`region-${r}`)).join(", "));
  return parts.join("; ");
}
