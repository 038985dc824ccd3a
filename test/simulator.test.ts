// The chat simulator as a trainee uses it: typed lines in, printed chat out.
import { afterEach, beforeEach, expect, it } from "vitest";
import { ChatSimulator } from "../src/simulator.ts";
import { registerCommands } from "../src/features/commands.ts";
import { getI18n } from "../src/i18n.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let out: string[];
let sim: ChatSimulator;
beforeEach(async () => {
  t = await TestBot.start();
  await registerCommands(t.bot.api, getI18n());
  out = [];
  sim = new ChatSimulator({ fake: t.fake, userId: 9001, languageCode: "ru", name: "Тест", write: (s) => void out.push(s) });
});
afterEach(async () => {
  await t.close();
});

const printed = () => out.join("");

it("numbers buttons across messages, presses them by number or label, and sends plain numbers as text", async () => {
  sim.intro();
  expect(printed()).toContain("вы — пользователь Telegram с номером 9001");
  await sim.handle("/start");
  expect(printed()).toContain("[#1] Русский   [#2] Кыргызча");
  await sim.handle("Русский");
  expect(printed()).toContain("(нажато: «Русский»)");
  expect(printed()).toContain("[#3] 💰 Пособия");
  // The language question was edited: its buttons are gone, as in Telegram.
  out.length = 0;
  await sim.handle("#2");
  expect(printed()).toBe("(кнопки с номером 2 нет)\n\n");
  out.length = 0;
  await sim.handle("5");
  expect(printed()).toContain("Извините, я не понял это сообщение.");
  // An old menu's button still works (stale buttons can be tried).
  await sim.handle("#7");
  expect(printed()).toContain("Как пользоваться ботом");
});

it("has its own commands, in the trainee's language, and refuses unknown ones instead of sending them", async () => {
  await sim.handle(":stikcer");
  expect(printed()).toBe("(в симуляторе нет команды :stikcer; :help)\n\n");
  expect(t.fake.messagesIn(9001)).toHaveLength(0);
  await sim.handle(":commands");
  expect(printed()).toContain("/language — Сменить язык");
  await sim.handle(":sticker");
  expect(printed()).toContain("Тилди тандаңыз · Выберите язык");
  await sim.handle("Кыргызча");
  await sim.handle(":edit оңдодум");
  expect(printed()).toContain("Өзгөртүлгөн билдирүүлөрдү эске албайм");
  expect(await sim.handle(":quit")).toBe(false);
});

it("does not let one person press another's buttons after :user, and edits the right message", async () => {
  await sim.handle("/start");
  await sim.handle(":user 9002 ky");
  out.length = 0;
  await sim.handle("#1");
  expect(printed()).toBe("(1 номерлүү баскыч жок)\n\n");
  await sim.handle("/start");
  await sim.handle("Кыргызча");
  await sim.handle("биринчи");
  const typed = t.fake.lastUserMessageId(9002);
  await sim.handle(":edit оңдолду 1");
  await sim.handle(":edit оңдолду 2");
  // Both edits are of the message typed last; an edit is not a new message.
  expect(t.fake.lastUserMessageId(9002)).toBe(typed);
  const edits = t.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === 9002 && String(c.payload.text).startsWith("Өзгөртүлгөн"));
  expect(edits).toHaveLength(2);
});
