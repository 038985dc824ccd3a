// A guided conversation (one per file in flows/), as the bot registers it.
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, FlowContext } from "./context.ts";
import { negotiateLocale } from "./i18n.ts";
import type { Role } from "./services/roles.ts";

export type FlowConversation = Conversation<BotContext, FlowContext>;

/** What a flow knows about the bot it runs in (passed when it is entered). */
export interface FlowEnv {
  /** The menu entries (by id) this bot has: a flow offers hand-offs only to those that exist. */
  menu: string[];
  /** What the flow is about when entered from a button (e.g. the booking to move). */
  arg?: string;
}

export interface Flow {
  /** The conversation id; also the menu entry id when `menu` is set. */
  name: string;
  /**
   * Bump when the flow's questions change shape: saved progress from an older
   * version is then dropped instead of being replayed into the new code.
   */
  version: number;
  run(conversation: FlowConversation, ctx: FlowContext, env: FlowEnv): Promise<void>;
  /** Shown in the main menu and the greeting when set. */
  menu?: {
    labelKey: string;
    aboutKey: string;
    /** Shown only to holders of one of these roles (the flow checks again when it starts). */
    roles?: readonly Role[];
  };
}

/** Bumped when every flow's stored progress must be dropped (2: the language is pinned at the start). */
const FLOWS_FRAME = 2;

/** The storage version for all conversations: changes whenever any flow's version (or the frame) does. */
export function flowsVersion(flows: readonly Flow[]): string {
  return [`frame@${FLOWS_FRAME}`, ...flows.map((f) => `${f.name}@${f.version}`).sort()].join(",");
}

/**
 * Runs a flow in the language it started in. A conversation is replayed from
 * its first update on every answer; were the language read afresh, a change of
 * language in the middle would replay the earlier answers differently (a typed
 * button label no longer matching, questions in another order) and break the
 * flow. So a language change applies to the next flow.
 */
export function inStartLanguage(flow: Flow): Flow["run"] {
  return async (conversation, ctx, env) => {
    const locale = await conversation.external(() => negotiateLocale(ctx));
    if (ctx.user) ctx.user = { ...ctx.user, language: locale };
    ctx.i18n.useLocale(locale);
    return flow.run(conversation, ctx, env);
  };
}

/**
 * Waits for the person's typed answer. Anything else gets a short, polite
 * reason and the flow keeps waiting: media and stickers ("please type"), an
 * unknown command (commands routed before the flows never get here), an edited
 * message, a stale button (answered too). With `captions`, a photo or
 * document with a caption (a forwarded post) answers with its caption, and
 * `pleaseKey` replaces the "please type" text.
 */
export async function waitForText(conversation: FlowConversation, options: { captions?: boolean; pleaseKey?: string } = {}): Promise<{ text: string; ctx: FlowContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const text = ctx.message?.text ?? (options.captions ? ctx.message?.caption : undefined);
    if (text !== undefined && !text.startsWith("/")) return { text, ctx };
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const reason = text !== undefined ? "flow-command-unknown" : ctx.editedMessage ? "edited-message" : (options.pleaseKey ?? "flow-text-please");
    await ctx.reply(ctx.t(reason));
  }
}
