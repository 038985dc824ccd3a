// Property-based fuzzing of every conversation (fast-check): a person goes
// through a flow, and before each answer does random things — any text, emoji,
// the longest message Telegram allows, stickers, photos, voice, location,
// contacts, forwards, commands, edits, stale or forged buttons — in any order.
// Whatever happens: every message gets a reply, every button press exactly one
// answer, nothing shown has a raw text key, `undefined`, `NaN`, an object dump
// or a stack trace, and nothing fails in the logs.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { ManualClock } from "../support/clock.ts";
import type { FakeUser } from "../support/fake-telegram.ts";
import { TestBot } from "../support/harness.ts";
import { SCRIPT_TIME, SCRIPTS } from "../support/scripts.ts";

/** Runs per flow; FUZZ_RUNS=200 npm run test:reliability for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** To replay a failure: FUZZ_SEED and FUZZ_PATH from its report (FUZZ_ONLY=<flow> runs one flow). */
const REPLAY = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {};

type Noise =
  | { kind: "text"; text: string }
  | { kind: "sticker" | "photo" | "voice" | "location" | "forward" }
  | { kind: "contact"; phone: string }
  | { kind: "edit"; text: string }
  | { kind: "old-button"; pick: number }
  | { kind: "forged-button"; data: string };

const EMOJI = ["👍", "🙏🏻", "❤️‍🔥", "🇰🇬", "👨‍👩‍👧‍👦", "😂😂😂", "⚖️", "1️⃣"];
const COMMANDS = ["/start", "/menu", "/help", "/cancel", "/language", "/mybookings", "/privacy", "/mydata", "/staff", "/subscribe", "/unsubscribe", "/foo", "/start x_y_z", "/start inv_nothing", "/report 2026-13-45"];
const nonBlank = (s: string) => s.trim().length > 0;

const noise: fc.Arbitrary<Noise> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter(nonBlank).map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 5 }).map((e) => ({ kind: "text" as const, text: e.join("") })) },
  { weight: 1, arbitrary: fc.constantFrom("ы", "7", "😀 ", "a b ").map((unit) => ({ kind: "text" as const, text: unit.repeat(Math.floor(4096 / [...unit].length)).slice(0, 4096) })) },
  { weight: 1, arbitrary: fc.constantFrom(...COMMANDS).map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-1", "1e9", "NaN", "99999999999999999999", "31.02", "25.11 25:61", "+996", "   12   ") .map((text) => ({ kind: "text" as const, text })) },
  { weight: 3, arbitrary: fc.constantFrom("sticker", "photo", "voice", "location", "forward").map((kind) => ({ kind }) as Noise) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?[0-9]{3,15}$/).map((phone) => ({ kind: "contact" as const, phone })) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).filter(nonBlank).map((text) => ({ kind: "edit" as const, text })) },
  { weight: 3, arbitrary: fc.nat().map((pick) => ({ kind: "old-button" as const, pick })) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 64 }).map((data) => ({ kind: "forged-button" as const, data })) },
);

/** Before each step of the script, up to two random things. */
const plan = (steps: number) => fc.array(fc.array(noise, { maxLength: 2 }), { minLength: steps, maxLength: steps });

/** What must never reach a person. */
const BAD = [
  /undefined|NaN|\[object |null\b/,
  /\bat .+\.(ts|js):\d+/, // a stack trace
  /\b(Error|TypeError|PrismaClient|SQLITE_)\b/,
  /\{\s*\$[a-z]|\{\?\?\?\}/, // an unfilled Fluent placeable
  /^[a-z]+(-[a-z0-9]+)+$/m, // a raw text key on a line of its own
];

/** Presses the newest button with this label, if there still is one. */
function tryClick(user: FakeUser, label: string): Promise<Update> | undefined {
  try {
    return user.click(label);
  } catch {
    return undefined;
  }
}

async function act(user: FakeUser, n: Noise): Promise<Update> {
  switch (n.kind) {
    case "text":
      return user.send(n.text);
    case "sticker":
      return user.sendSticker();
    case "photo":
      return user.sendPhoto("фото");
    case "voice":
      return user.sendVoice();
    case "location":
      return user.sendLocation();
    case "forward":
      return user.sendForward("Переслано: чеснок лечит ковид");
    case "contact":
      return user.sendContact(n.phone);
    case "edit":
      return user.editMessage(user.telegram.lastUserMessageId(user.id) ?? 1, n.text);
    case "old-button": {
      const withButtons = user.messages().filter((m) => m.buttons.flat().length > 0);
      const message = withButtons[n.pick % Math.max(1, withButtons.length)];
      if (!message) return user.clickData("nothing");
      const labels = message.buttons.flat();
      return tryClick(user, labels[n.pick % labels.length]!) ?? user.clickData("gone", message);
    }
    case "forged-button":
      return user.clickData(n.data);
  }
}

let t: TestBot;
let clock: ManualClock;
let nextId = 95_000;
beforeAll(async () => {
  clock = new ManualClock(SCRIPT_TIME);
  t = await TestBot.start({ clock, rateLimit: false });
});
afterAll(async () => {
  await t.close();
});

/**
 * The problems with one update: no reply, a callback not answered once,
 * something bad shown (what people typed themselves, e.g. "NaN" as a name,
 * may be shown back to them, and to staff: a rumour sent to the team in an
 * earlier run is in the officers' queue).
 */
/** What the people of earlier runs typed (the bot and its database are shared by the runs). */
const typedBefore = new Set<string>();

function problems(user: FakeUser, update: Update, callsBefore: number, label: string, typed: string[]): string[] {
  const found: string[] = [];
  const after = t.fake.calls.slice(callsBefore);
  if (update.callback_query) {
    const answers = t.fake.answersTo(update).length;
    if (answers !== 1) found.push(`${label}: the button press got ${answers} answers`);
  } else if (!after.some((c) => Number(c.payload.chat_id) === user.id && c.method !== "sendChatAction")) {
    found.push(`${label}: no reply`);
  }
  for (const c of after) {
    const shown = [c.payload.text, c.payload.caption, JSON.stringify(c.payload.reply_markup ?? "")]
      .filter((v): v is string => typeof v === "string")
      .map((text) => [...typed, ...typedBefore].reduce((rest, own) => (own.trim() ? rest.replaceAll(own.trim(), "") : rest), text));
    for (const text of shown) for (const bad of BAD) if (bad.test(text)) found.push(`${label}: ${c.method} showed ${bad}: ${JSON.stringify(text.slice(0, 300))}`);
  }
  return found;
}

describe("fuzzing every conversation", () => {
  for (const [name, script] of Object.entries(SCRIPTS).filter(([name]) => !process.env.FUZZ_ONLY || name === process.env.FUZZ_ONLY)) {
    it(`${name}: random input before every answer is always answered, never crashes and never shows garbage`, { timeout: 240_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(plan(script.steps.length), async (noises) => {
          const user = await script.setup(t, clock, nextId++);
          // Clinics with room for everyone the fuzzer books.
          await t.db.clinic.updateMany({ data: { seats: 500 } });
          const logsBefore = t.logs.length;
          const found: string[] = [];
          const typed: string[] = [];
          for (const [i, step] of script.steps.entries()) {
            for (const n of noises[i]!) {
              const before = t.fake.calls.length;
              if ("text" in n) typed.push(n.text);
              found.push(...problems(user, await act(user, n), before, `before step ${i} (${JSON.stringify(n).slice(0, 80)})`, typed));
            }
            const before = t.fake.calls.length;
            typed.push(step);
            // The noise may have left the flow (/cancel, /menu, an old button): then the step's button may be gone.
            const update = step.startsWith("#") ? await tryClick(user, step.slice(1)) : await user.send(step);
            if (update) found.push(...problems(user, update, before, `step ${i} ${step}`, typed));
          }
          for (const text of typed) typedBefore.add(text);
          const failures = t.logs.slice(logsBefore).filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
          found.push(...failures.map((line) => `logged: ${line.slice(0, 300)}`));
          if (found.length > 0 && process.env.FUZZ_DEBUG) console.log(user.messages().map((m) => `${m.text.slice(0, 120)} ${JSON.stringify(m.buttons)}`).join("\n"));
          expect(found).toEqual([]);
        }),
        { numRuns: RUNS, endOnFailure: true, ...REPLAY },
      );
    });
  }
});
