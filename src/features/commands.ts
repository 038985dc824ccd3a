// The command list Telegram shows in its menu, in each language.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "../context.ts";

export const COMMANDS = ["start", "menu", "help", "language", "cancel", "privacy"] as const;

export function commandList(t: (key: string) => string): BotCommand[] {
  return COMMANDS.map((command) => ({ command, description: t(`command-${command}`) }));
}

/** Registers the commands for Kyrgyz, Russian and every other app language (Russian). */
export async function registerCommands(api: Api, i18n: I18n<BotContext>): Promise<void> {
  await api.setMyCommands(commandList((key) => i18n.t("ru", key)));
  for (const locale of ["ky", "ru"] as const) {
    await api.setMyCommands(commandList((key) => i18n.t(locale, key)), { language_code: locale });
  }
}
