// Fact-checks outside the conversations. Citizens: Share and Subscribe
// buttons, /subscribe, /unsubscribe, STOP in plain text, and a message
// forwarded to the bot opens the rumour check. Communications officers: a
// rumour nobody's fact-check matched comes to their group (or to each of them)
// with signed buttons: link it to a fact-check, write a new one, or dismiss it
// as not a claim; whoever sent it is told the answer in their language.
import { InlineKeyboard, type Api, type Middleware } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import type { Routes } from "../router.ts";
import { translator } from "../services/booking-text.ts";
import { sendToPerson } from "../services/delivery.ts";
import { factCardIn, factCardText, factShareText } from "../services/factcheck-text.ts";
import { answerRumour, COVID_TOPIC, decidePick, dismissRumour, pendingPicks, rumourQueue, searchFactChecks, subscribe, unsubscribe } from "../services/factchecks.ts";
import { formatDate } from "../time.ts";
import { AUDIENCE_TOPICS } from "../services/broadcasts.ts";
import { rolesOf, type Grant } from "../services/roles.ts";
import { chatLocale, notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import type { StaffEntry } from "./staff.ts";
import type { StartPayloadHandler } from "./start.ts";
import { cut } from "../texts.ts";
import { inFlow } from "./basics.ts";

/** Citizens' buttons: "fc:share:<factCheckId>", "fc:sub". */
export const FACTS_PREFIX = "fc";
/** Officers' buttons on a queued rumour: "fq:<o|l|w|d>.<rumourId>", "fq:p.<rumourId>.<factCheckId>". */
const QUEUE_PREFIX = "fq";
/** Officers' buttons on a citizen's "did you mean" pick: "fp:<c|r>.<pickId>" (confirm, reject). */
const PICK_PREFIX = "fp";
/** Picks shown at once in the staff menu. */
const PICKS_SHOWN = 5;
/** Opening the officers' conversation (after the flows): "fw:new", "fw:edit", "fw:r<rumourId>". */
const WRITE_PREFIX = "fw";
/** The deep link that opens the fact-check conversation in an officer's private chat for a rumour. */
const WRITE_PAYLOAD = "fcw_";
/** Words that stop subscriptions when sent alone, in either language (as SMS services do). */
const STOP_WORDS = new Set(["stop", "стоп", "токтот", "токтотуу", "отписаться", "unsubscribe"]);
/** Lower score for the officers' candidates than for citizens: they judge. */
const CANDIDATE_SCORE = 0.25;

const isOfficer = (grants: readonly Grant[]) => grants.some((g) => g.role === "comms_officer");
/** A person's text cut for a staff message or a button (by code points, never half an emoji). */
const shorten = (text: string, max = 600) => cut(text, max);

export class FactChecksFeature {
  constructor(private readonly staffButtons: StaffButtons) {
    staffButtons.add(QUEUE_PREFIX, { allowed: isOfficer, handle: (ctx, arg) => this.onQueueButton(ctx, arg) });
    staffButtons.add(PICK_PREFIX, { allowed: isOfficer, handle: (ctx, arg) => this.onPickButton(ctx, arg) });
  }

  /** The officers' entries in the staff menu. */
  staffEntries(): StaffEntry[] {
    return [
      { id: "rumours", labelKey: "facts-staff-queue", roles: ["comms_officer"], open: (ctx) => this.showQueue(ctx) },
      { id: "factcheck-picks", labelKey: "facts-staff-picks", roles: ["comms_officer"], open: (ctx) => this.showPicks(ctx) },
      { id: "factcheck-new", labelKey: "facts-staff-new", roles: ["comms_officer"], data: `${WRITE_PREFIX}:new`, open: async () => undefined },
      { id: "factcheck-edit", labelKey: "facts-staff-edit", roles: ["comms_officer"], data: `${WRITE_PREFIX}:edit`, open: async () => undefined },
    ];
  }

  /** t.me/<bot>?start=fcw_<rumourId>: an officer writes the fact-check for a rumour in their private chat. */
  writeLink(): StartPayloadHandler {
    return {
      prefix: WRITE_PAYLOAD,
      handle: async (ctx, rest) => {
        if (!isOfficer(rolesOf(ctx.deps.reads, BigInt(ctx.from!.id))) || !/^\d+$/.test(rest)) return ctx.reply(ctx.t("staff-button-refused"));
        return ctx.conversation.enter("factcheck", { menu: [], arg: `r${rest}` });
      },
    };
  }

  /** After the flows (conversations can be entered only there): the buttons that open the officers' conversation. */
  routesAfterFlows(after: Routes): void {
    after.button(WRITE_PREFIX, async (ctx, arg) => {
      if (!isOfficer(rolesOf(ctx.deps.reads, BigInt(ctx.from!.id)))) return ctx.answerCallbackQuery({ text: ctx.t("staff-button-refused"), show_alert: true });
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter("factcheck", { menu: [], arg: arg === "new" ? "" : arg });
    });
  }

  routes(before: Routes): void {
    before.button(FACTS_PREFIX, async (ctx, arg, next) => {
      const [action, id] = arg.split(":");
      const t = ctx.t.bind(ctx);
      if (action === "share") {
        const f = await ctx.deps.db.factCheck.findUnique({ where: { id: id ?? "" } });
        if (!f) return ctx.answerCallbackQuery({ text: t("facts-gone"), show_alert: true });
        await ctx.answerCallbackQuery({ text: t("facts-share-short") });
        await ctx.reply(t("facts-share-how"));
        return ctx.reply(factShareText(t, factCardIn(f, ctx.user?.language ?? "ru")), { link_preview_options: { is_disabled: true } });
      }
      if (action === "sub") {
        await ctx.answerCallbackQuery();
        return this.subscribe(ctx);
      }
      if (action === "t") return this.toggleTopic(ctx, id ?? "");
      return next();
    });
    before.command("subscribe", (ctx) => this.subscribe(ctx));
    before.command("unsubscribe", (ctx) => this.unsubscribe(ctx));
  }

  /** COVID-19 facts at once; the other topics of verified messages with buttons under the answer. */
  private async subscribe(ctx: BotContext): Promise<unknown> {
    const fresh = await subscribe(ctx.deps.db, ctx.user!.id, COVID_TOPIC, ctx.deps.clock.now());
    return ctx.reply(ctx.t(fresh ? "facts-subscribed" : "facts-already-subscribed"), { reply_markup: await this.topicsKeyboard(ctx) });
  }

  private async topicsKeyboard(ctx: BotContext): Promise<InlineKeyboard> {
    const mine = new Set((await ctx.deps.db.subscription.findMany({ where: { userId: ctx.user!.id } })).map((s) => s.topic));
    return InlineKeyboard.from(AUDIENCE_TOPICS.map((topic) => [InlineKeyboard.text(`${mine.has(topic) ? "✅" : "➕"} ${ctx.t(`broadcast-topic-${topic}`)}`, `${FACTS_PREFIX}:t:${topic}`)]));
  }

  /** A topic button: subscribes or unsubscribes that topic, and shows the buttons as they are now. */
  private async toggleTopic(ctx: BotContext, topic: string): Promise<unknown> {
    if (!(AUDIENCE_TOPICS as readonly string[]).includes(topic)) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    const added = await subscribe(ctx.deps.db, ctx.user!.id, topic, ctx.deps.clock.now());
    if (!added) await unsubscribe(ctx.deps.db, ctx.user!.id, topic);
    const name = ctx.t(`broadcast-topic-${topic}`);
    await ctx.answerCallbackQuery({ text: ctx.t(added ? "facts-topic-on" : "facts-topic-off", { topic: name }) });
    return ctx.editMessageReplyMarkup({ reply_markup: await this.topicsKeyboard(ctx) }).catch(() => undefined);
  }

  private async unsubscribe(ctx: BotContext): Promise<unknown> {
    const removed = await unsubscribe(ctx.deps.db, ctx.user!.id);
    return ctx.reply(ctx.t(removed ? "facts-unsubscribed" : "facts-not-subscribed"));
  }

  /**
   * STOP (СТОП, ТОКТОТ…) typed alone in a private chat unsubscribes wherever the
   * person is: inside a guided conversation too, which it then ends, saying so.
   * Placed before the flows, so it is never taken as an answer.
   */
  stopWord(): Middleware<BotContext> {
    return async (ctx, next) => {
      const typed = ctx.message?.text?.trim().toLowerCase().replace(/[.!]+$/, "");
      if (!typed || !STOP_WORDS.has(typed) || ctx.chat?.type !== "private" || !ctx.user) return next();
      if (inFlow(ctx)) {
        await ctx.conversation.exitAll();
        await ctx.reply(ctx.t("stop-flow-ended"));
      }
      await this.unsubscribe(ctx);
    };
  }

  /**
   * For the fallback (outside conversations): a forwarded message with text
   * opens the rumour check with it. False when the message is not one.
   */
  async outsideFlows(ctx: BotContext): Promise<boolean> {
    const message = ctx.message;
    if (!message || ctx.chat?.type !== "private") return false;
    const text = message.text ?? message.caption;
    if (message.forward_origin && text) {
      await ctx.conversation.enter("rumour", { menu: [], arg: text });
      return true;
    }
    return false;
  }

  // ---- officers --------------------------------------------------------------

  /** A new rumour in the queue: the officers see it with its buttons. */
  async rumourQueued(deps: BotContext["deps"], api: Api, rumourId: number): Promise<void> {
    const r = await deps.db.rumour.findUnique({ where: { id: rumourId }, include: { _count: { select: { askers: true } } } });
    if (!r) return;
    await notifyStaff(deps, api, { role: "comms_officer", scope: "" }, (locale, chatId) => ({
      text: translator(locale)("facts-queued-new", { id: r.id, text: shorten(r.text), askers: r._count.askers }),
      options: { reply_markup: this.rumourKeyboard(locale, chatId, r.id), link_preview_options: { is_disabled: true } },
    }));
  }

  private rumourKeyboard(locale: Locale, chatId: number, rumourId: number): InlineKeyboard {
    const t = translator(locale);
    const data = (a: string) => this.staffButtons.dataFor(chatId, QUEUE_PREFIX, `${a}.${rumourId}`);
    // In an officer's own chat "write" opens the conversation there; in a group it gives a link to the private chat.
    const write = chatId > 0 ? `${WRITE_PREFIX}:r${rumourId}` : data("w");
    return new InlineKeyboard().text(t("facts-btn-link"), data("l")).text(t("facts-btn-write"), write).row().text(t("facts-btn-dismiss"), data("d"));
  }

  private async showQueue(ctx: BotContext): Promise<unknown> {
    const t = ctx.t.bind(ctx);
    const queue = await rumourQueue(ctx.deps.db, 10);
    if (queue.length === 0) return ctx.reply(t("facts-queue-empty"));
    const lines = queue.map((r) => t("facts-queue-line", { id: r.id, askers: r.askers, text: shorten(r.text.replace(/\s+/g, " "), 120) }));
    const keyboard = new InlineKeyboard();
    queue.forEach((r, i) => {
      keyboard.text(`#${r.id}`, this.staffButtons.data(ctx, QUEUE_PREFIX, `o.${r.id}`));
      if (i % 5 === 4) keyboard.row();
    });
    return ctx.reply([t("facts-queue-title", { count: queue.length }), ...lines].join("\n\n"), { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  }

  /** Citizens' picks among "did you mean" candidates, oldest first, each with Confirm / Reject. */
  private async showPicks(ctx: BotContext): Promise<unknown> {
    const t = ctx.t.bind(ctx);
    const { rows, total } = await pendingPicks(ctx.deps.db, PICKS_SHOWN);
    if (total === 0) return ctx.reply(t("facts-picks-empty"));
    await ctx.reply(t("facts-picks-title", { count: total }));
    const claims = new Map(
      (await ctx.deps.db.factCheck.findMany({ where: { id: { in: rows.map((r) => r.factCheckId) } }, select: { id: true, claimKy: true, claimRu: true } })).map((f) => [
        f.id,
        ctx.user?.language === "ky" ? f.claimKy : f.claimRu,
      ]),
    );
    for (const p of rows) {
      const keyboard = new InlineKeyboard()
        .text(t("facts-pick-confirm"), this.staffButtons.data(ctx, PICK_PREFIX, `c.${p.id}`))
        .text(t("facts-pick-reject"), this.staffButtons.data(ctx, PICK_PREFIX, `r.${p.id}`));
      await ctx.reply(t("facts-pick-line", { id: p.id, when: formatDate(p.createdAt), text: shorten(p.text.replace(/\s+/g, " "), 500), factCheck: p.factCheckId, claim: claims.get(p.factCheckId) ?? "—" }), {
        reply_markup: keyboard,
        link_preview_options: { is_disabled: true },
      });
    }
    return undefined;
  }

  private async onPickButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [action, idText] = arg.split(".");
    const t = ctx.t.bind(ctx);
    const say = translator(await chatLocale(ctx));
    const id = Number(idText);
    const decided = action === "c" || action === "r" ? await decidePick(ctx.deps.db, id, action === "c", BigInt(ctx.from!.id), ctx.deps.clock.now()) : null;
    if (!decided) return ctx.answerCallbackQuery({ text: t("facts-pick-decided"), show_alert: true });
    await ctx.answerCallbackQuery({ text: action === "c" ? t("facts-pick-confirm") : t("facts-pick-reject") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    const key = action === "r" ? "facts-pick-rejected" : decided.learned ? "facts-pick-confirmed" : "facts-pick-confirmed-long";
    return ctx.reply(say(key, { id, factCheck: decided.factCheckId }));
  }

  private async onQueueButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [action, idText, factCheckId] = arg.split(".");
    const t = ctx.t.bind(ctx);
    // Alerts in the presser's language; messages in the chat's (a group keeps its own).
    const locale: Locale = await chatLocale(ctx);
    const say = translator(locale);
    const rumour = await ctx.deps.db.rumour.findUnique({ where: { id: Number(idText) }, include: { _count: { select: { askers: true } } } });
    if (!rumour || rumour.status !== "open") return ctx.answerCallbackQuery({ text: t("facts-rumour-decided"), show_alert: true });
    if (action === "o") {
      await ctx.answerCallbackQuery();
      return ctx.reply(say("facts-queued-new", { id: rumour.id, text: shorten(rumour.text), askers: rumour._count.askers }), {
        reply_markup: this.rumourKeyboard(locale, ctx.chat!.id, rumour.id),
        link_preview_options: { is_disabled: true },
      });
    }
    if (action === "l") {
      const candidates = await searchFactChecks(ctx.deps.db, rumour.text, 6, CANDIDATE_SCORE, true);
      await ctx.answerCallbackQuery();
      if (candidates.length === 0) return ctx.reply(say("facts-no-candidates", { id: rumour.id }));
      const rows = await ctx.deps.db.factCheck.findMany({ where: { id: { in: candidates.map((c) => c.id) } } });
      const keyboard = InlineKeyboard.from(
        candidates.map((c) => {
          const f = rows.find((r) => r.id === c.id)!;
          const claim = locale === "ky" ? f.claimKy : f.claimRu;
          return [InlineKeyboard.text(`${say(`fact-verdict-${f.verdict}`)} ${shorten(claim, 40)}`, this.staffButtons.data(ctx, QUEUE_PREFIX, `p.${rumour.id}.${f.id}`))];
        }),
      );
      return ctx.reply(say("facts-pick-candidate", { id: rumour.id }), { reply_markup: keyboard });
    }
    if (action === "w") {
      await ctx.answerCallbackQuery();
      const link = `https://t.me/${ctx.me.username}?start=${WRITE_PAYLOAD}${rumour.id}`;
      return ctx.reply(say("facts-write-in-private", { id: rumour.id }), { reply_markup: new InlineKeyboard().url(say("facts-open-private"), link) });
    }
    if (action === "d") {
      const askers = await dismissRumour(ctx.deps.db, rumour.id, BigInt(ctx.from!.id), ctx.deps.clock.now());
      if (askers === null) return ctx.answerCallbackQuery({ text: t("facts-rumour-decided"), show_alert: true });
      await ctx.answerCallbackQuery({ text: t("facts-dismissed-short") });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      for (const userId of askers) {
        const tj = translator(userLanguage(ctx.deps.reads, userId) ?? "ru");
        await sendToPerson(ctx.api as Api, ctx.deps.reads, ctx.log, userId, tj("facts-dismissed-asker"));
      }
      return ctx.reply(say("facts-dismissed", { id: rumour.id, told: askers.length }));
    }
    if (action === "p" && factCheckId) {
      const told = await this.answer(ctx.deps, ctx.api as Api, rumour.id, factCheckId, BigInt(ctx.from!.id));
      if (told === null) return ctx.answerCallbackQuery({ text: t("facts-rumour-decided"), show_alert: true });
      await ctx.answerCallbackQuery({ text: t("facts-linked-short") });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      return ctx.reply(say("facts-linked", { id: rumour.id, factCheck: factCheckId, told }));
    }
    return ctx.answerCallbackQuery();
  }

  /**
   * Answers a queued rumour with a fact-check and tells everyone who sent it,
   * in their language, with a Share button. The number told, or null when the
   * rumour was answered or dismissed already.
   */
  async answer(deps: BotContext["deps"], api: Api, rumourId: number, factCheckId: string, by: bigint): Promise<number | null> {
    const f = await deps.db.factCheck.findUnique({ where: { id: factCheckId } });
    if (!f) return null;
    const askers = await answerRumour(deps.db, rumourId, factCheckId, by, deps.clock.now());
    if (askers === null) return null;
    let told = 0;
    for (const userId of askers) {
      const locale: Locale = userLanguage(deps.reads, userId) ?? "ru";
      const t = translator(locale);
      const text = `${t("facts-answer-lead")}\n\n${factCardText(t, factCardIn(f, locale))}`;
      const keyboard = new InlineKeyboard().text(t("rumour-share"), `${FACTS_PREFIX}:share:${f.id}`);
      if (await sendToPerson(api, deps.reads, deps.logger, userId, text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } })) told++;
    }
    return told;
  }
}
