// A restart in the middle of every conversation: the bot process is replaced
// (a new bot and database client on the same file) after every single answer,
// and the person goes on from the same question with earlier answers kept —
// they see exactly what they would have seen without the restarts, and the
// database ends the same.
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../support/clock.ts";
import type { FakeUser } from "../support/fake-telegram.ts";
import { answer } from "../support/flows.ts";
import { TestBot } from "../support/harness.ts";
import { flowsWithoutScript, SCRIPT_TIME, SCRIPTS, withoutCodes, type Script } from "../support/scripts.ts";

let open: TestBot[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

interface Run {
  seen: string[];
  outcome: unknown;
}

async function run(script: Script, restartAfterEachStep: boolean): Promise<Run> {
  const clock = new ManualClock(SCRIPT_TIME);
  const t = await TestBot.start({ clock, rateLimit: false });
  open.push(t);
  const user: FakeUser = await script.setup(t, clock);
  const from = user.messages().length;
  for (const step of script.steps) {
    await answer(user, step);
    if (restartAfterEachStep) await t.restart();
  }
  const seen = user.messages().slice(from).map((m) => withoutCodes(`${m.text}\n${JSON.stringify(m.buttons)}`));
  return { seen, outcome: await script.outcome(t) };
}

describe("a restart in the middle of a conversation", () => {
  it("every flow of the bot is covered by a script here", () => {
    expect(flowsWithoutScript()).toEqual([]);
  });

  for (const [name, script] of Object.entries(SCRIPTS)) {
    it(`${name}: after a restart at every step the person sees the same questions and replies, and the same data is saved`, async () => {
      const straight = await run(script, false);
      const restarted = await run(script, true);
      // The straight run really finished something.
      expect(straight.outcome).toBeTruthy();
      expect(JSON.stringify(straight.outcome, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/^\[\]$|^\{"rumours":\[\]/);
      expect(restarted.seen).toEqual(straight.seen);
      expect(restarted.outcome).toEqual(straight.outcome);
      // No restart made the bot apologise or start over.
      expect(restarted.seen.join("\n")).not.toMatch(/Что-то пошло не так|Главное меню\. Какой раздел/);
    });
  }
});
