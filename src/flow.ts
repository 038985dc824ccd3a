// A guided conversation (one per file in flows/), as the bot registers it.
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, FlowContext } from "./context.ts";

export type FlowConversation = Conversation<BotContext, FlowContext>;

export interface Flow {
  /** The conversation id; also the menu entry id when `menu` is set. */
  name: string;
  /**
   * Bump when the flow's questions change shape: saved progress from an older
   * version is then dropped instead of being replayed into the new code.
   */
  version: number;
  run(conversation: FlowConversation, ctx: FlowContext): Promise<void>;
  /** Shown in the main menu and the greeting when set. */
  menu?: { labelKey: string; aboutKey: string };
}

/** The storage version for all conversations: changes whenever any flow's version does. */
export function flowsVersion(flows: readonly Flow[]): string {
  return flows
    .map((f) => `${f.name}@${f.version}`)
    .sort()
    .join(",");
}
