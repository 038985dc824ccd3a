// A guided conversation (one per file in flows/), as the bot registers it.
import type { Checkpoint, Conversation } from "@grammyjs/conversations";
import type { BotContext, FlowContext, Locale } from "./context.ts";
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

/** Bumped when every flow's stored progress must be dropped (3: the language is read again after each answer). */
const FLOWS_FRAME = 3;

/** The storage version for all conversations: changes whenever any flow's version (or the frame) does. */
export function flowsVersion(flows: readonly Flow[]): string {
  return [`frame@${FLOWS_FRAME}`, ...flows.map((f) => `${f.name}@${f.version}`).sort()].join(",");
}

/** Where the flow last read the person's language, and what it was. */
export interface LanguageMark {
  checkpoint: Checkpoint;
  locale: Locale;
}
const marks = new WeakMap<FlowConversation, { mark: LanguageMark; ctx: FlowContext }>();

/**
 * Reads the person's language into the flow: at its start and after each
 * accepted answer. A conversation is replayed from its first update on every
 * answer, so the language is read through `external` and kept in the replay
 * log: an answer typed earlier (a button label) is read again in the language
 * it was typed in. When the person picks another language while the flow waits
 * (`askAgainInNewLanguage`), the flow goes back to the last mark, the read
 * there is done afresh, and the current question is asked again in the new
 * language with the earlier answers kept.
 */
export async function markLanguage(conversation: FlowConversation, ctx: FlowContext): Promise<LanguageMark> {
  const checkpoint = conversation.checkpoint();
  const locale = await conversation.external((outside) => negotiateLocale(outside));
  ctx.user = ctx.user ? { ...ctx.user, language: locale } : ctx.user;
  ctx.i18n.useLocale(locale);
  const mark = { checkpoint, locale };
  marks.set(conversation, { mark, ctx });
  return mark;
}

/** The flow's last language mark (undefined outside `inFlowLanguage`). */
export function lastLanguageMark(conversation: FlowConversation): LanguageMark | undefined {
  return marks.get(conversation)?.mark;
}

/** "lang:ky" / "lang:ru": the language buttons, saved and answered outside, then passed to the waiting flow. */
export function isLanguageChange(update: FlowContext): boolean {
  return /^lang:(ky|ru)$/.test(update.callbackQuery?.data ?? "");
}

/** The current question again, in the language just chosen (see `markLanguage`). */
export async function askAgainInNewLanguage(conversation: FlowConversation, update: FlowContext): Promise<void> {
  const mark = lastLanguageMark(conversation);
  if (mark) return conversation.rewind(mark.checkpoint);
  await update.reply(update.t("flow-continue"));
}

/** Runs a flow with its language read at the start and after each answer (`markLanguage`). */
export function inFlowLanguage(flow: Flow): Flow["run"] {
  return async (conversation, ctx, env) => {
    await markLanguage(conversation, ctx);
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
    if (isLanguageChange(ctx)) {
      await askAgainInNewLanguage(conversation, ctx);
      continue;
    }
    const text = ctx.message?.text ?? (options.captions ? ctx.message?.caption : undefined);
    if (text !== undefined && !text.startsWith("/")) {
      const flow = marks.get(conversation);
      if (flow) await markLanguage(conversation, flow.ctx);
      return { text, ctx };
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const reason = text !== undefined ? "flow-command-unknown" : ctx.editedMessage ? "edited-message" : (options.pleaseKey ?? "flow-text-please");
    await ctx.reply(ctx.t(reason));
  }
}
