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

/**
 * Like `answer`, at a person's pace: the clock moves 2 s after each answer, so
 * a long questionnaire stays inside the per-person rate limit as it does for
 * someone reading each question on a phone.
 */
export async function answerAtPace(clock: { advance(ms: number): void }, user: FakeUser, ...answers: string[]): Promise<void> {
  for (const a of answers) {
    await answer(user, a);
    clock.advance(2_000);
  }
}
