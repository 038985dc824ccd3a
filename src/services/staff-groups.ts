// Telegram groups linked to a clinic or a team, and notifications to staff:
// to the linked group when there is one, else to each member privately.
import type { Api } from "grammy";
import { isLocale, type Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import type { FastReads } from "../db/fast-reads.ts";
import type { Logger } from "../logger.ts";
import { audit } from "./audit.ts";
import { sendLong, sendToPerson } from "./delivery.ts";
import { userLanguage } from "./users.ts";
import type { Role } from "./roles.ts";

/** Roles whose members can link a group, and so receive notifications there. */
export const GROUP_ROLES = ["clinic_staff", "comms_officer"] as const satisfies readonly Role[];
export type GroupRole = (typeof GROUP_ROLES)[number];
export const isGroupRole = (v: unknown): v is GroupRole => (GROUP_ROLES as readonly unknown[]).includes(v);

export interface GroupLink {
  role: GroupRole;
  scope: string;
  chatId: bigint;
  title: string;
  language: Locale;
  by: bigint;
  now: Date;
}

/** Links (or moves) the notifications of a clinic or team to a group. */
export async function linkGroup(db: Db, link: GroupLink): Promise<void> {
  const { role, scope, chatId, title, language, by, now } = link;
  await db.$transaction(async (tx) => {
    await tx.staffGroup.upsert({
      where: { role_scope: { role, scope } },
      create: { role, scope, chatId, title, language, linkedBy: by, linkedAt: now },
      update: { chatId, title, language, linkedBy: by, linkedAt: now },
    });
    await audit(tx, { action: "group.link", actorId: by, role, scope, via: "bot", now });
  });
}

/** Unlinks what a group receives (all of it, or only `only`); returns how many links went. */
export async function unlinkGroup(
  db: Db,
  chatId: bigint,
  by: bigint | null,
  now: Date,
  only?: readonly { role: string; scope: string }[],
): Promise<number> {
  return db.$transaction(async (tx) => {
    const all = await tx.staffGroup.findMany({ where: { chatId } });
    const links = only ? all.filter((l) => only.some((o) => o.role === l.role && o.scope === l.scope)) : all;
    for (const l of links) {
      await tx.staffGroup.delete({ where: { role_scope: { role: l.role, scope: l.scope } } });
      await audit(tx, { action: "group.unlink", actorId: by, role: l.role, scope: l.scope, via: "bot", now });
    }
    return links.length;
  });
}

export interface StaffNotice {
  text: string;
  options?: Parameters<Api["sendMessage"]>[2];
}

/**
 * Tells the staff of a clinic (role clinic_staff, scope "clinic:<id>") or of
 * the comms team (comms_officer, "") something: in their linked group if
 * there is one, else privately to each member in their language. Returns
 * how many chats got it.
 */
class PublicGroup extends Error {}

export async function notifyStaff(
  deps: { db: Db; reads: FastReads; logger: Logger },
  api: Api,
  target: { role: Role; scope: string },
  /** The message in a language, for a chat (buttons are signed per chat). */
  render: (locale: Locale, chatId: number) => StaffNotice,
): Promise<number> {
  const { db, reads, logger } = deps;
  const group = await db.staffGroup.findUnique({ where: { role_scope: { role: target.role, scope: target.scope } } });
  if (group) {
    const notice = render(isLocale(group.language) ? group.language : "ru", Number(group.chatId));
    try {
      // Notices carry citizens' names and phones: a group that became public since it was linked gets none.
      const chat = await api.getChat(Number(group.chatId));
      if ("username" in chat && chat.username) throw new PublicGroup();
      await sendLong(api, Number(group.chatId), notice.text, notice.options);
      return 1;
    } catch (err) {
      if (err instanceof PublicGroup) logger.warn({ role: target.role }, "a staff group is public now: notifications go to its members privately");
      else logger.warn({ err }, "a staff group did not get a notification; telling members privately");
    }
  }
  const members = await db.roleGrant.findMany({ where: { role: target.role, scope: target.scope }, select: { userId: true } });
  let sent = 0;
  for (const { userId } of members) {
    const notice = render(userLanguage(reads, userId) ?? "ru", Number(userId));
    if (await sendToPerson(api, reads, logger, userId, notice.text, notice.options)) sent++;
  }
  return sent;
}

/** The language to answer in a chat where a staff button was pressed: a linked group keeps its own, a private chat is the person's. */
export async function chatLocale(ctx: { chat?: { id: number; type: string }; user?: { language: Locale | null }; deps: { db: Db } }): Promise<Locale> {
  if (ctx.chat && ctx.chat.type !== "private") {
    const group = await ctx.deps.db.staffGroup.findFirst({ where: { chatId: BigInt(ctx.chat.id) } });
    if (group && isLocale(group.language)) return group.language;
  }
  return ctx.user?.language ?? "ru";
}
