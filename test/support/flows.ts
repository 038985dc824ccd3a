// Test flows and the deep link that enters them: /start flow_<name>.
import { waitForText, type Flow } from "../../src/flow.ts";
import type { StartPayloadHandler } from "../../src/features/start.ts";
import type { FakeUser } from "./fake-telegram.ts";

export const enterFlowByLink: StartPayloadHandler[] = [{ prefix: "flow_", handle: (ctx, rest) => ctx.conversation.enter(rest) }];

/** Asks a name and thanks for it: a flow with progress in StoredState while it waits. */
export const askName: Flow = {
  name: "ask_name",
  version: 1,
  async run(conversation, ctx) {
    await ctx.reply("your name?");
    const { text } = await waitForText(conversation);
    await ctx.reply(`thanks, ${text}`);
  },
};

/** Sends answers one by one: text is typed, "#Label" presses the button with that label. */
export async function answer(user: FakeUser, ...answers: string[]): Promise<void> {
  for (const a of answers) {
    if (a.startsWith("#")) await user.click(a.slice(1));
    else await user.send(a);
  }
}
