// Buttons that act for staff, in private chats and in staff groups. Their
// callback data is signed for the chat (src/signed-data.ts) and every press is
// checked against the presser's roles: a citizen, a member without the role,
// or data that was not made by the bot gets a refusal and nothing changes.
import type { Middleware } from "grammy";
import type { BotContext } from "../context.ts";
import { rolesOf, type Grant } from "../services/roles.ts";
import type { ButtonSigner } from "../signed-data.ts";

export interface StaffButton {
  /** Whether someone holding `grants` may press this button with this argument. */
  allowed(grants: readonly Grant[], arg: string): boolean;
  /** Runs the action; the callback query is answered after it unless it answered itself. */
  handle(ctx: BotContext, arg: string): Promise<unknown>;
}

export class StaffButtons {
  private readonly buttons = new Map<string, StaffButton>();

  constructor(private readonly signer: ButtonSigner) {}

  add(prefix: string, button: StaffButton): this {
    if (prefix.includes(":")) throw new Error(`prefix ${prefix} has a colon`);
    this.buttons.set(prefix, button);
    return this;
  }

  /** Signed callback data for a button in this chat: "<prefix>:<arg>:<mac>". */
  data(ctx: BotContext, prefix: string, arg: string): string {
    return this.dataFor(ctx.chat!.id, prefix, arg);
  }

  /** The same for a message to another chat (e.g. a notification to a staff group). */
  dataFor(chatId: number, prefix: string, arg: string): string {
    return this.signer.sign(chatId, `${prefix}:${arg}`);
  }

  middleware(): Middleware<BotContext> {
    return (ctx, next) => {
      const query = ctx.callbackQuery;
      const data = query?.data;
      const colon = data?.indexOf(":") ?? -1;
      const button = data && colon > 0 ? this.buttons.get(data.slice(0, colon)) : undefined;
      if (!button || !ctx.chat) return next();
      return this.press(ctx, button, data!);
    };
  }

  private async press(ctx: BotContext, button: StaffButton, signed: string): Promise<unknown> {
    const data = this.signer.verify(ctx.chat!.id, signed);
    if (data === undefined) {
      ctx.log.warn({ prefix: signed.slice(0, signed.indexOf(":")) }, "a staff button with bad data was refused");
      return ctx.answerCallbackQuery({ text: ctx.t("staff-button-invalid"), show_alert: true });
    }
    const arg = data.slice(data.indexOf(":") + 1);
    const grants = rolesOf(ctx.deps.reads, BigInt(ctx.callbackQuery!.from.id));
    if (!button.allowed(grants, arg)) {
      return ctx.answerCallbackQuery({ text: ctx.t("staff-button-refused"), show_alert: true });
    }
    return button.handle(ctx, arg);
  }
}
