// Staff groups: /linkgroup, sent in a Telegram group by clinic staff or a
// communications officer, makes the group receive that clinic's (or the comms
// team's) notifications; /unlinkgroup undoes it; removing the bot from the
// group unlinks it too.
import { InlineKeyboard, type Middleware } from "grammy";
import type { BotContext, Locale } from "../context.ts";
import { getI18n, negotiateLocale } from "../i18n.ts";
import { commandOf, type Routes } from "../router.ts";
import { scopeName } from "../services/orgs.ts";
import { rolesOf, type Grant } from "../services/roles.ts";
import { isGroupRole, linkGroup, unlinkGroup, type GroupRole } from "../services/staff-groups.ts";
import type { StaffButtons } from "./staff-buttons.ts";
import { cut } from "../texts.ts";

const GROUP_BUTTON = "grp";

const locale = (ctx: BotContext): Locale => negotiateLocale(ctx);
const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** What this person could link a group to: each clinic they work at, the comms team. */
const linkable = (grants: readonly Grant[]) =>
  grants.filter((g): g is Grant & { role: GroupRole } => isGroupRole(g.role));

export class GroupsFeature {
  constructor(private readonly buttons: StaffButtons) {
    buttons.add(GROUP_BUTTON, {
      // "<role>:<scope>": only someone who holds exactly that may link it.
      allowed: (grants, arg) => linkable(grants).some((g) => `${g.role}:${g.scope}` === arg),
      handle: async (ctx, arg) => {
        const colon = arg.indexOf(":");
        const role = arg.slice(0, colon);
        if (!isGroupRole(role) || !isGroup(ctx)) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
        await ctx.answerCallbackQuery();
        const text = await this.link(ctx, role, arg.slice(colon + 1));
        return ctx.editMessageText(text).catch(() => ctx.reply(text));
      },
    });
  }

  /** In private chats the commands only explain where to send them. */
  routes(routes: Routes): void {
    routes.command(["linkgroup", "unlinkgroup"], (ctx) => ctx.reply(ctx.t("group-link-in-group")));
  }

  /** Group side: the two commands, and the bot being removed from a group. */
  middleware(): Middleware<BotContext> {
    return (ctx, next) => {
      if (!isGroup(ctx)) return next();
      const member = ctx.myChatMember;
      if (member) {
        const gone = member.new_chat_member.status === "left" || member.new_chat_member.status === "kicked";
        return gone ? unlinkGroup(ctx.deps.db, BigInt(ctx.chat!.id), null, ctx.deps.clock.now()) : next();
      }
      // A group upgraded to a supergroup gets a new id: its links follow it.
      const migrated = ctx.message?.migrate_to_chat_id;
      if (migrated !== undefined) {
        return ctx.deps.db.staffGroup.updateMany({ where: { chatId: BigInt(ctx.chat!.id) }, data: { chatId: BigInt(migrated) } });
      }
      const command = ctx.message ? commandOf(ctx) : undefined;
      const linking = command?.name === "linkgroup" || command?.name === "unlinkgroup";
      // An admin writing as the group ("anonymous admin") has no roles the bot can check.
      if (linking && ctx.from?.is_bot) return ctx.reply(ctx.t("group-link-anonymous"));
      if (command?.name === "linkgroup") return this.onLink(ctx);
      if (command?.name === "unlinkgroup") return this.onUnlink(ctx);
      return next();
    };
  }

  private async onLink(ctx: BotContext): Promise<unknown> {
    const targets = linkable(rolesOf(ctx.deps.reads, BigInt(ctx.from!.id)));
    if (targets.length === 0) return ctx.reply(ctx.t("group-link-not-staff"));
    // Notifications will carry citizens' names and phones: never to a public group.
    if ("username" in ctx.chat! && ctx.chat.username) return ctx.reply(ctx.t("group-link-public"));
    if (targets.length === 1) return ctx.reply(await this.link(ctx, targets[0]!.role, targets[0]!.scope));
    const rows = [];
    for (const g of targets) {
      rows.push([InlineKeyboard.text(await this.target(ctx, g.role, g.scope), this.buttons.data(ctx, GROUP_BUTTON, `${g.role}:${g.scope}`))]);
    }
    const keyboard = InlineKeyboard.from(rows);
    return ctx.reply(ctx.t("group-link-pick"), { reply_markup: keyboard });
  }

  private async onUnlink(ctx: BotContext): Promise<unknown> {
    const { db, reads, clock } = ctx.deps;
    const chatId = BigInt(ctx.chat!.id);
    const links = await db.staffGroup.findMany({ where: { chatId } });
    if (links.length === 0) return ctx.reply(ctx.t("group-unlink-nothing"));
    // Admins unlink everything; staff what their own role receives here.
    const grants = rolesOf(reads, BigInt(ctx.from!.id));
    const admin = grants.some((g) => g.role === "admin");
    const own = links.filter((l) => admin || grants.some((g) => l.role === g.role && l.scope === g.scope));
    if (own.length === 0) return ctx.reply(ctx.t("group-unlink-refused"));
    await unlinkGroup(db, chatId, BigInt(ctx.from!.id), clock.now(), own);
    return ctx.reply(ctx.t("group-unlinked"));
  }

  /** "the comms team", or the clinic's name. */
  private target(ctx: BotContext, role: GroupRole, scope: string): Promise<string> {
    return this.targetIn(ctx, locale(ctx), role, scope);
  }

  private async targetIn(ctx: BotContext, language: Locale, role: GroupRole, scope: string): Promise<string> {
    if (role === "comms_officer") return getI18n().t(language, "group-target-comms");
    return (await scopeName(ctx.deps.db, scope, language)) ?? scope;
  }

  private async link(ctx: BotContext, role: GroupRole, scope: string): Promise<string> {
    const chat = ctx.chat!;
    const target = await this.target(ctx, role, scope);
    // Moved from another group: that group is told it no longer gets them.
    const before = await ctx.deps.db.staffGroup.findUnique({ where: { role_scope: { role, scope } } });
    if (before && before.chatId !== BigInt(chat.id)) {
      const language = before.language === "ky" ? "ky" : "ru";
      const text = getI18n().t(language, "group-link-moved", { target: await this.targetIn(ctx, language, role, scope) });
      await ctx.api.sendMessage(Number(before.chatId), text).catch((err: unknown) => ctx.log.warn({ err }, "could not tell the old group"));
    }
    await linkGroup(ctx.deps.db, {
      role,
      scope,
      chatId: BigInt(chat.id),
      title: "title" in chat && chat.title ? cut(chat.title, 128) : "",
      language: locale(ctx),
      by: BigInt(ctx.from!.id),
      now: ctx.deps.clock.now(),
    });
    return ctx.t("group-linked", { target });
  }
}
