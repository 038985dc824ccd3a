// Under overload the bot turns new updates away with a short "busy" answer in
// the person's language, instead of queueing them without end (issue 21).
import { afterEach, expect, test } from "vitest";
import { busyAnswer } from "../src/bot.ts";
import { createLogger } from "../src/logger.ts";
import { limitUpdatesAtOnce } from "../src/server.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { TestBot } from "./support/harness.ts";
import { waitUntil } from "./support/process.ts";

const RU_BUSY = "Сейчас очень много обращений, и бот не успел ответить. Пожалуйста, повторите через минуту.";
const KY_BUSY = "Азыр кайрылуулар өтө көп, бот жооп берип үлгүргөн жок. Сураныч, бир мүнөттөн кийин кайталап көрүңүз.";

let t: TestBot | undefined;

/** Makes the bot's handling wait until the returned function is called, as when every update waits on a slow call. */
function holdHandling(bot: TestBot): () => void {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const handle = bot.bot.handleUpdate.bind(bot.bot);
  bot.bot.handleUpdate = async (update, envelope) => {
    await gate;
    return handle(update, envelope);
  };
  return open;
}
afterEach(async () => {
  await t?.close();
  t = undefined;
});

test("beyond 2 at once and 3 waiting, new updates get 'busy' at once; the others are answered in full, none lost", async () => {
  t = await TestBot.start({ rateLimit: false });
  const bot = t;
  const people: FakeUser[] = [];
  for (let i = 1; i <= 8; i++) people.push(await bot.userWithLanguage(71_000 + i, i % 2 ? "ky" : "ru"));
  // The last one chose Kyrgyz but writes from a phone set to Russian: the choice wins.
  const senders = [...people.slice(0, 7), bot.user(71_008, "ru")];
  await bot.db.user.update({ where: { id: 71_008n }, data: { language: "ky" } });
  const before = people.map((p) => p.messages().length);

  const open = holdHandling(bot);
  const logger = createLogger("debug", { write: (line: string) => void bot.logs.push(line) });
  limitUpdatesAtOnce(bot.bot, 2, 3, busyAnswer(bot.database.reads, bot.bot.api), logger);

  const sent = senders.map((p) => p.send("/menu"));
  // 2 handled + 3 waiting; the last 3 are answered "busy" without waiting for the gate.
  const shed = people.slice(5);
  await waitUntil(() => shed.every((p, i) => p.messages().length > before[5 + i]!));
  expect(shed.map((p) => p.last()!.text)).toEqual([RU_BUSY, KY_BUSY, KY_BUSY]);
  for (const [i, p] of people.slice(0, 5).entries()) expect(p.messages().length).toBe(before[i]);

  open();
  await Promise.all(sent);
  await waitUntil(() => people.slice(0, 5).every((p, i) => p.messages().length > before[i]!));
  for (const [i, p] of people.slice(0, 5).entries()) {
    expect(p.messages().length).toBe(before[i]! + 1);
    expect(p.last()!.text).toBe(i % 2 ? "Главное меню. Какой раздел вам нужен?" : "Башкы меню. Кайсы бөлүм керек?");
  }
  // A turned-away update is not handled later as well.
  for (const [i, p] of shed.entries()) expect(p.messages().length).toBe(before[5 + i]! + 1);
  expect(bot.logs.some((l) => l.includes("overloaded: answering new updates with busy"))).toBe(true);

  // Once the queue has drained, the bot answers as usual again.
  await senders[7]!.send("/menu");
  await waitUntil(() => people[7]!.last()!.text === "Башкы меню. Кайсы бөлүм керек?");
  expect(bot.logs.some((l) => l.includes("no longer overloaded"))).toBe(true);
});

test("someone who keeps writing under overload gets one 'busy' a minute, not one per message", async () => {
  t = await TestBot.start({ rateLimit: false });
  const bot = t;
  const first = await bot.userWithLanguage(73_001, "ru");
  const eager = await bot.userWithLanguage(73_002, "ru");
  const before = eager.messages().length;
  const open = holdHandling(bot);
  limitUpdatesAtOnce(bot.bot, 1, 0, busyAnswer(bot.database.reads, bot.bot.api), createLogger("silent"));
  const busy = first.send("/menu");
  for (let i = 0; i < 3; i++) await eager.send("/menu");
  expect(eager.messages().length).toBe(before + 1);
  expect(eager.last()!.text).toBe(RU_BUSY);
  open();
  await busy;
});

test("a button pressed under overload is answered with 'busy' as an alert, in the person's language", async () => {
  t = await TestBot.start({ rateLimit: false });
  const bot = t;
  const first = await bot.userWithLanguage(72_001, "ru");
  const pressing = await bot.userWithLanguage(72_002, "ky");
  await pressing.send("/menu");
  const open = holdHandling(bot);
  limitUpdatesAtOnce(bot.bot, 1, 0, busyAnswer(bot.database.reads, bot.bot.api), createLogger("debug", { write: (line: string) => void bot.logs.push(line) }));
  const busy = first.send("/menu"); // takes the one place
  await pressing.click("❓ Жардам");
  expect(pressing.callbackAnswers().at(-1)).toMatchObject({ text: KY_BUSY, showAlert: true });
  open();
  await busy;
  expect(first.last()!.text).toBe("Главное меню. Какой раздел вам нужен?");
});
