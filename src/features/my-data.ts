// /mydata shows what the bot holds about the person (or sends it as JSON);
// /deleteme deletes it after a confirmation; /privacy says what each feature
// keeps, why and for how long.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.ts";
import { collectAll, eraseAll, exportAll, toJson, type PersonalDataSection } from "../privacy/personal-data.ts";
import type { Routes } from "../router.ts";
import { sendLeadingParts } from "../texts.ts";
import { inFlow, replyThenGoOn } from "./basics.ts";
import type { MainMenu } from "./menu.ts";

/** Callback data "del:yes:<first seen, epoch milliseconds>" / "del:no". */
export const DELETE_PREFIX = "del";

const firstSeenMark = async (ctx: BotContext) => {
  const user = await ctx.deps.db.user.findUnique({ where: { id: ctx.user!.id }, select: { firstSeenAt: true } });
  return user ? String(user.firstSeenAt.getTime()) : "";
};

export class MyDataFeature {
  constructor(
    private readonly menu: MainMenu,
    private readonly sections: readonly PersonalDataSection[],
  ) {}

  /** Routes that work inside a guided conversation too (/deleteme leaves it). */
  routes(routes: Routes): void {
    routes.command("mydata", (ctx, arg) => (arg.toLowerCase() === "json" ? this.sendJson(ctx) : this.show(ctx)));
    routes.command("deleteme", (ctx) => this.askDelete(ctx));
    routes.command("privacy", (ctx) => this.showPrivacy(ctx));
    routes.button(DELETE_PREFIX, (ctx, arg) => this.onDeleteButton(ctx, arg));
  }

  /** /privacy: per feature, what is stored, why, and for how long. */
  showPrivacy(ctx: BotContext): Promise<unknown> {
    const notices = this.sections.map((s) => ctx.t(`privacy-${s.id}`));
    const text = [ctx.t("privacy-intro"), ...notices, ctx.t("privacy-rights")].join("\n\n");
    return replyThenGoOn(ctx, this.menu, text);
  }

  async show(ctx: BotContext): Promise<unknown> {
    const held = await collectAll(this.sections, ctx.deps.db, ctx.user!.id);
    const blocks: string[] = [ctx.t("mydata-title")];
    for (const { section, data } of held) {
      const lines = await section.describe(data, { t: ctx.t.bind(ctx), locale: ctx.user!.language ?? "ru", db: ctx.deps.db, userId: ctx.user!.id });
      blocks.push(`${ctx.t(section.titleKey)}\n${lines.map((l) => `• ${l}`).join("\n")}`);
    }
    blocks.push(ctx.t("mydata-footer"));
    const last = await sendLeadingParts((part) => ctx.reply(part), blocks.join("\n\n"));
    return replyThenGoOn(ctx, this.menu, last);
  }

  private async sendJson(ctx: BotContext): Promise<unknown> {
    const data = await exportAll(this.sections, ctx.deps.db, ctx.user!.id, ctx.deps.clock.now());
    const file = new InputFile(Buffer.from(toJson(data), "utf8"), "komok-my-data.json");
    return ctx.replyWithDocument(file, { caption: ctx.t("mydata-json-caption") });
  }

  private async askDelete(ctx: BotContext): Promise<unknown> {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("deleteme-yes"), `${DELETE_PREFIX}:yes:${await firstSeenMark(ctx)}`)
      .row()
      .text(ctx.t("deleteme-no"), `${DELETE_PREFIX}:no`);
    return ctx.reply(ctx.t("deleteme-confirm"), { reply_markup: keyboard });
  }

  private async onDeleteButton(ctx: BotContext, arg: string): Promise<unknown> {
    const [answer, mark] = arg.split(":");
    if (answer === "no") {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("deleteme-kept")).catch(() => undefined);
      return this.menu.show(ctx);
    }
    // The mark ties the button to this record: pressed again after the
    // deletion (the person now has a new record), it does nothing.
    if (answer !== "yes" || !mark || mark !== (await firstSeenMark(ctx))) {
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      return this.menu.show(ctx);
    }
    await ctx.answerCallbackQuery();
    if (inFlow(ctx)) await ctx.conversation.exitAll();
    const { db, reads, logger, clock } = ctx.deps;
    const userId = ctx.user!.id;
    await eraseAll(this.sections, userId, { db, reads, logger, now: clock.now(), api: ctx.api, actorId: userId, via: "self-delete" });
    await ctx.editMessageText(ctx.t("deleteme-confirm")).catch(() => undefined);
    // The chat's own command list (their language, /staff) goes too.
    await ctx.api
      .deleteMyCommands({ scope: { type: "chat", chat_id: ctx.chat!.id } })
      .catch((err: unknown) => ctx.log.warn({ err }, "could not reset the chat's commands"));
    return ctx.reply(ctx.t("deleteme-done"));
  }
}
