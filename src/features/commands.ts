// The command list Telegram shows in its menu, in each language.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "../context.ts";
import type { FastReads } from "../db/fast-reads.ts";
import { getI18n } from "../i18n.ts";
import type { Logger } from "../logger.ts";
import { isStaff } from "../services/roles.ts";
import { userLanguage } from "../services/users.ts";

export const COMMANDS = ["start", "menu", "help", "language", "cancel", "mybookings", "subscribe", "unsubscribe", "privacy", "mydata", "deleteme"] as const;
/** Shown in a staff member's own chat only. */
export const STAFF_COMMANDS = ["staff"] as const;

export function commandList(t: (key: string) => string, staff = false): BotCommand[] {
  return [...COMMANDS, ...(staff ? STAFF_COMMANDS : [])].map((command) => ({ command, description: t(`command-${command}`) }));
}

/** The command list in this person's chat: their language, and /staff for staff. */
export async function setChatCommands(ctx: BotContext): Promise<void> {
  const staff = isStaff(ctx.deps.reads, BigInt(ctx.chat!.id));
  await ctx.api
    .setMyCommands(commandList(ctx.t.bind(ctx), staff), { scope: { type: "chat", chat_id: ctx.chat!.id } })
    .catch((err: unknown) => ctx.log.warn({ err }, "could not set the chat's commands"));
}

/**
 * The same for someone else's chat, when their roles change while they are not
 * writing (an admin revoked one): /staff goes once they are no longer staff.
 * Nothing to do for someone who never chose a language (their chat has no list of its own).
 */
export async function setCommandsFor(api: Api, reads: FastReads, userId: bigint, log: Logger): Promise<void> {
  const language = userLanguage(reads, userId);
  if (!language) return;
  const t = (key: string) => getI18n().t(language, key);
  await api
    .setMyCommands(commandList(t, isStaff(reads, userId)), { scope: { type: "chat", chat_id: Number(userId) } })
    .catch((err: unknown) => log.warn({ err }, "could not set a person's commands"));
}

/** Registers the commands for Kyrgyz, Russian and every other app language (Russian). */
export async function registerCommands(api: Api, i18n: I18n<BotContext>): Promise<void> {
  await api.setMyCommands(commandList((key) => i18n.t("ru", key)));
  for (const locale of ["ky", "ru"] as const) {
    await api.setMyCommands(commandList((key) => i18n.t(locale, key)), { language_code: locale });
  }
}
