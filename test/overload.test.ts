// Under overload the bot turns new updates away with a short "busy" answer in
// the person's language, instead of queueing them without end (issue 21).
import { afterEach, expect, test } from "vitest";
import { busyAnswer } from "../src/bot.ts";
import { createLogger } from "../src/logger.ts";
import { limitUpdatesAtOnce } from "../src/server.ts";
import { TestBot } from "./support/harness.ts";
import { waitUntil } from "./support/process.ts";

const RU_BUSY = "Сейчас очень много обращений, и бот не успевает ответить. Пожалуйста, отправьте это ещё раз через минуту.";
const KY_BUSY = "Азыр кайрылуулар өтө көп, бот жооп берип үлгүрбөй жатат. Сураныч, муну бир мүнөттөн кийин кайра жөнөтүңүз.";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

test("beyond 2 at once and 3 waiting, new updates get 'busy' at once; the others are answered in full, none lost", async () => {
  t = await TestBot.start({ rateLimit: false });
  const bot = t;
  // People who chose their language; a Kyrgyz choice wins over a Russian phone.
  const kyrgyz = await bot.userWithLanguage(71_001, "ky");
  const people = [kyrgyz];
  for (let i = 2; i <= 8; i++) people.push(await bot.userWithLanguage(71_000 + i, i % 2 ? "ky" : "ru"));
  const kyrgyzOnRussianPhone = bot.user(71_001, "ru");
  const before = people.map((p) => p.messages().length);

  // Handling waits for a gate, as when every update waits on a slow call.
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const handle = bot.bot.handleUpdate.bind(bot.bot);
  bot.bot.handleUpdate = async (update, envelope) => {
    await gate;
    return handle(update, envelope);
  };
  limitUpdatesAtOnce(bot.bot, 2, 3, busyAnswer(bot.database.reads, bot.bot.api), createLogger("debug", { write: (line: string) => void bot.logs.push(line) }));

  const sent = [kyrgyzOnRussianPhone, ...people.slice(1)].map((p) => p.send("/menu"));
  // 2 handled + 3 waiting; the last 3 are answered "busy" without waiting for the gate.
  await waitUntil(() => people.slice(5).every((p, i) => p.messages().length > before[5 + i]!));
  for (const [i, p] of people.slice(5).entries()) {
    expect(p.messages().length).toBe(before[5 + i]! + 1);
    expect(p.last()!.text).toBe((5 + i + 1) % 2 ? KY_BUSY : RU_BUSY);
  }
  for (const [i, p] of people.slice(0, 5).entries()) expect(p.messages().length).toBe(before[i]);

  open();
  await Promise.all(sent);
  await waitUntil(() => people.slice(0, 5).every((p, i) => p.messages().length > before[i]!));
  expect(kyrgyz.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
  for (const p of people.slice(1, 5)) expect(p.last()!.text).toMatch(/^(Главное меню|Башкы меню)/);
  expect(bot.logs.some((l) => l.includes("overloaded: answering new updates with busy"))).toBe(true);
});

test("a button pressed under overload is answered with 'busy' as an alert, in the person's language", async () => {
  t = await TestBot.start({ rateLimit: false });
  const bot = t;
  const first = await bot.userWithLanguage(72_001, "ru");
  const pressing = await bot.userWithLanguage(72_002, "ky");
  await pressing.send("/menu");
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const handle = bot.bot.handleUpdate.bind(bot.bot);
  bot.bot.handleUpdate = async (update, envelope) => {
    await gate;
    return handle(update, envelope);
  };
  limitUpdatesAtOnce(bot.bot, 1, 0, busyAnswer(bot.database.reads, bot.bot.api), createLogger("debug", { write: (line: string) => void bot.logs.push(line) }));
  const busy = first.send("/menu"); // takes the one place
  await pressing.click("❓ Жардам");
  expect(pressing.callbackAnswers().at(-1)).toMatchObject({ text: KY_BUSY, showAlert: true });
  open();
  await busy;
  expect(first.last()!.text).toBe("Главное меню. Какой раздел вам нужен?");
});
