// The chat simulator as a trainee uses it: typed lines in, printed chat out.
import { afterEach, beforeEach, expect, it } from "vitest";
import { ChatSimulator } from "../src/simulator.ts";
import { registerCommands } from "../src/features/commands.ts";
import { getI18n } from "../src/i18n.ts";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../src/paths.ts";
import { importClinics, readClinicsFile } from "../src/services/clinics.ts";
import { grantRole } from "../src/services/roles.ts";
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
  await sim.handle("#9");
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
  // A forwarded rumour is checked, as in Telegram.
  const before = t.fake.messagesIn(9001).length;
  await sim.handle(":forward Чеснок защищает от коронавируса");
  expect(printed()).not.toContain("нет команды :forward");
  expect(t.fake.messagesIn(9001).length).toBeGreaterThan(before);
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

it("shows the keyboard under the typing field (share the phone, Back) and what the bot sent another person once the trainee becomes them", async () => {
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics are invalid");
  await importClinics(t.db, read.clinics);
  const clinic = await t.db.clinic.findUniqueOrThrow({ where: { key: "sample-bishkek" } });
  await grantRole(t.db, { userId: 9002n, role: "clinic_staff", scope: `clinic:${clinic.id}`, by: null, via: "cli", now: new Date() });
  // The staff member has chosen Russian once.
  await sim.handle(":user 9002 ru");
  for (const line of ["/start", "Русский", ":user 9001 ru", "/start", "Русский", "⚖️ Юридическая помощь", "❓ Другое", "Пропустить ➡️", "Бишкек"]) await sim.handle(line);
  // The first day and the first time offered.
  const day = /\[#(\d+)\] [А-Яа-я]{2}, \d\d\.\d\d/.exec(printed().split("Выберите день:").at(-1)!)![1]!;
  await sim.handle(`#${day}`);
  const time = /\[#(\d+)\] \d\d:\d\d/.exec(printed().split("выберите время").at(-1)!)![1]!;
  await sim.handle(`#${time}`);
  const phone = printed().split("Как с вами связаться?").at(-1)!;
  expect(phone).toMatch(/\[#\d+\] ⌨ 📱 Отправить мой номер/);
  expect(phone).toMatch(/\[#\d+\] ⌨ ⬅️ Назад/);
  await sim.handle(`#${/\[#(\d+)\] ⌨ 📱 Отправить мой номер/.exec(phone)![1]}`);
  expect(printed()).toContain("📱 Номер: +996 700 123 456");
  for (const line of ["Айгүль", "Женщина", "📞 Да, можно звонить и писать SMS", "✅ Согласен(на)", "✅ Записаться"]) await sim.handle(line);
  expect(printed()).toContain("✅ Вы записаны!");
  out.length = 0;
  await sim.handle(":user 9002 ru");
  expect(printed()).toMatch(/🆕 Новая запись [A-Z2-9-]{7}/);
  await sim.handle("✅ Подтвердить");
  expect(printed()).toContain("Статус: подтверждена");
});

it("prints the usage, not a stack trace, for an unknown or malformed option (npm run chat -- …)", () => {
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  for (const args of [["--bogus"], ["--user", "abc"], ["--lang", "fr"]]) {
    const result = spawnSync(tsx, [path.join(projectRoot, "src", "chat.ts"), ...args], { encoding: "utf8", input: "", timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run chat -- \[--lang ky\|ru\|en\]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
});
