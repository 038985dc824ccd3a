// The chat simulator as a trainee uses it: typed lines in, printed chat out.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Api, GrammyError, InlineKeyboard } from "grammy";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ChatSimulator, loadSimulatorState, saveSimulatorState, SimClock, simulatorGroupId, simulatorJobs, simulatorStateFile } from "../src/simulator.ts";
import { createLogger } from "../src/logger.ts";
import { createBooking } from "../src/services/bookings.ts";
import { approveBroadcast, createBroadcast } from "../src/services/broadcasts.ts";
import { ManualClock } from "./support/clock.ts";
import { FakeTelegram } from "./support/fake-telegram.ts";
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

/** The sample clinics, and one clinic's id by its key. */
async function clinics(): Promise<(key: string) => Promise<number>> {
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics are invalid");
  await importClinics(t.db, read.clinics);
  return async (key) => (await t.db.clinic.findUniqueOrThrow({ where: { key } })).id;
}

/** The bot again on the same database, now with the simulator's clock (from a fixed time) and its jobs; a simulator of its own. */
async function withJobs(start = "2026-11-23T06:00:00Z") {
  const clock = new SimClock(new ManualClock(start));
  await t.restart({ clock, rateLimit: false });
  const lines: string[] = [];
  const jobs = simulatorJobs({ db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock, api: t.bot.api, token: t.fake.token, apiRoot: t.fake.apiRoot });
  const simulator = new ChatSimulator({ fake: t.fake, userId: 9001, languageCode: "ru", name: "Тест", write: (text) => void lines.push(text), jobs });
  return { simulator, clock, printed: () => lines.join(""), clear: () => void (lines.length = 0) };
}

it("remembers chats between runs: a person, a group and the bot's last buttons from an earlier run are known to a new fake", async () => {
  // Run 1: a citizen and a group write to the bot, which answers with a button.
  const first = await FakeTelegram.start();
  const second = await FakeTelegram.start();
  try {
    first.user({ id: 9100, first_name: "Айгүль" });
    first.group(-100_123, "Клиника");
    const api1 = new Api(first.token, { apiRoot: first.apiRoot });
    const old = await api1.sendMessage(9100, "Ваша запись", { reply_markup: new InlineKeyboard().text("❌ Отменить", "my:c:1") });
    await api1.sendMessage(-100_123, "Новая запись");
    const state = JSON.parse(JSON.stringify(first.snapshot()));
    // Run 2: a fresh fake does not know them…
    const api2 = new Api(second.token, { apiRoot: second.apiRoot });
    const refused = await api2.sendMessage(9100, "Подтверждена").catch((error: GrammyError) => error.description);
    expect(refused).toBe("Bad Request: chat not found");
    expect(() => second.restore({ version: 1, chats: "nope" })).toThrow("not a snapshot");
    // …until it is given the earlier run's snapshot.
    second.restore(state);
    const confirmed = await api2.sendMessage(9100, "Подтверждена");
    expect(confirmed.message_id).toBeGreaterThan(old.message_id);
    expect((await api2.sendMessage(-100_123, "Ещё запись")).chat).toMatchObject({ type: "supergroup", title: "Клиника" });
    // The old message can still be edited, and its button pressed.
    await api2.editMessageText(9100, old.message_id, "Ваша запись (перенесена)", { reply_markup: new InlineKeyboard().text("❌ Отменить", "my:c:1") });
    const press = await second.user({ id: 9100 }).click("❌ Отменить");
    expect(press.callback_query).toMatchObject({ data: "my:c:1", message: { message_id: old.message_id, chat: { id: 9100 } } });
  } finally {
    await first.close();
    await second.close();
  }
});

it("keeps the remembered chats in a file next to a file: database, and starts fresh from a broken one", () => {
  expect(simulatorStateFile("file:./data/chat.db")).toBe("./data/chat.db.sim.json");
  expect(simulatorStateFile("file:/tmp/x.db?connection_limit=1")).toBe("/tmp/x.db.sim.json");
  expect(simulatorStateFile("file::memory:")).toBeUndefined();
  expect(simulatorStateFile("postgres://localhost/komok")).toBeUndefined();
  const dir = mkdtempSync(path.join(tmpdir(), "komok-sim-"));
  try {
    const file = path.join(dir, "chat.db.sim.json");
    expect(loadSimulatorState(file)).toBe("missing");
    const fake = new FakeTelegram();
    fake.user({ id: 9100 });
    saveSimulatorState(file, { version: 1, telegram: fake.snapshot(), clockOffsetMs: 3_600_000 });
    const loaded = loadSimulatorState(file);
    expect(loaded).toMatchObject({ clockOffsetMs: 3_600_000, telegram: { chats: [{ id: 9100, type: "private" }] } });
    writeFileSync(file, "{ not json");
    expect(loadSimulatorState(file)).toBeInstanceOf(Error);
    writeFileSync(file, JSON.stringify({ version: 1, telegram: {}, clockOffsetMs: -5 }));
    expect(loadSimulatorState(file)).toBeInstanceOf(Error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("moves the clock with :time and runs the bot's jobs: the trainee's reminder is printed, the clinic's morning list waits for its staff", async () => {
  const { simulator: s, printed, clear, clock } = await withJobs(); // Monday 23.11, 12:00 in Bishkek
  const clinic = await (await clinics())("sample-jalal-abad");
  await grantRole(t.db, { userId: 9002n, role: "clinic_staff", scope: `clinic:${clinic}`, by: null, via: "cli", now: clock.now() });
  for (const line of [":user 9002 ru", "/start", "Русский", ":user 9001 ru", "/start", "Русский"]) await s.handle(line);
  const booking = (userId: bigint, startsAt: string) =>
    createBooking(t.db, { userId, clinicId: clinic, startsAt: new Date(startsAt), topic: "other", description: null, phone: "+996700123456", name: "Айгүль", sex: "female", contact: "call", language: "ru" }, clock.now());
  expect(await booking(9001n, "2026-11-25T04:00:00Z")).toMatchObject({ ok: true }); // the trainee: Wednesday 10:00
  expect(await booking(9003n, "2026-11-24T04:00:00Z")).toMatchObject({ ok: true }); // someone else: Tuesday 10:00
  clear();
  await s.handle(":time");
  expect(printed()).toBe("(время симулятора: Пн, 23.11.2026 12:00, Бишкек)\n\n");
  clear();
  await s.handle(":time +1d");
  // Tuesday 12:00: the day-before reminder of Wednesday's visit went out; the clinic's list at 08:00 too.
  expect(printed()).toContain("(время симулятора: Вт, 24.11.2026 12:00, Бишкек)");
  expect(printed()).toContain("🤖 Көмөк:\n⏰ Напоминаем: завтра у вас консультация юриста.");
  expect(printed()).toMatch(/\(задачи бота отправили — уведомлений: 2, напоминаний: 1, предупреждений админам: 0, сводок клиникам: 1, подборок вакансий: 0, сообщений рассылки: 0\)/);
  expect(await t.db.reminder.count({ where: { sentAt: { not: null } } })).toBe(2); // 9003's too (not on Telegram: not counted)
  clear();
  // Once: running the jobs again sends nothing new.
  await s.handle(":jobs");
  expect(printed()).toBe("(задачи бота отправили — уведомлений: 0, напоминаний: 0, предупреждений админам: 0, сводок клиникам: 0, подборок вакансий: 0, сообщений рассылки: 0)\n\n");
  await s.handle(":user 9002 ru");
  expect(printed()).toMatch(/☀️ Доброе утро! Записи на сегодня:\n\n📅 .+, сегодня записей: 1\n10:00 · [A-Z2-9-]{7} · Айгүль/);
});

it("sends an approved broadcast to the trainee on :jobs, and right after the next line", async () => {
  const { simulator: s, printed, clear, clock } = await withJobs();
  t.fake.user({ id: 7500 }); // the author follows the progress
  for (const line of ["/start", "Русский"]) await s.handle(line);
  await t.db.subscription.create({ data: { userId: 9001n, topic: "covid", createdAt: clock.now() } });
  const approved = async (textRu: string) => {
    const b = await createBroadcast(t.db, { textKy: null, textRu, audience: { topics: ["covid"], languages: [], regions: [] } }, 7500n, clock.now());
    expect(await approveBroadcast(t.db, b.id, 7501n, clock.now())).toEqual({ ok: true });
  };
  await approved("Пункты вакцинации работают и в субботу.");
  clear();
  await s.handle(":jobs");
  expect(printed()).toContain("🤖 Көмөк:\nПункты вакцинации работают и в субботу.");
  expect(printed()).toContain("сообщений рассылки: 1)");
  await approved("Маски в транспорте больше не обязательны.");
  clear();
  await s.handle("/help");
  expect(printed()).toContain("Маски в транспорте больше не обязательны.");
  expect(printed()).toContain("(рассылка: отправлено сообщений — 1)");
});

it("refuses a bad or backward :time with its usage, without moving the clock", async () => {
  const { simulator: s, printed, clear, clock } = await withJobs();
  const before = clock.now().getTime();
  for (const [input, expected] of [
    [":time soon", "(не понял «soon». :time — показать время симулятора; :time +30m, :time +2h, :time +1d — сдвинуть его вперёд)\n\n"],
    [":time +0h", "(не понял «+0h». :time — показать время симулятора; :time +30m, :time +2h, :time +1d — сдвинуть его вперёд)\n\n"],
    [":time -2h", "(назад время не идёт: бот уже видел это время. Вперёд: :time +30m, :time +2h, :time +1d)\n\n"],
  ] as const) {
    clear();
    expect(await s.handle(input)).toBe(true);
    expect(printed()).toBe(expected);
  }
  expect(clock.now().getTime()).toBe(before);
  clear();
  await s.handle(":time +1d2h30m");
  expect(printed()).toContain("(время симулятора: Вт, 24.11.2026 14:30, Бишкек)");
  // Without jobs (as in the other tests) there is no clock to move.
  out.length = 0;
  await sim.handle(":time +1h");
  expect(out.join("")).toBe("(в симуляторе нет команды :time +1h; :help)\n\n");
});

it("lets clinic staff create a group with :group and link it with /linkgroup, answers printed under the group's title", async () => {
  const clinic = await clinics();
  const bishkek = await clinic("sample-bishkek");
  await grantRole(t.db, { userId: 9001n, role: "clinic_staff", scope: `clinic:${bishkek}`, by: null, via: "cli", now: new Date() });
  for (const line of ["/start", "Русский"]) await sim.handle(line);
  out.length = 0;
  await sim.handle(":group Юристы Бишкека");
  expect(printed()).toBe("(создана группа «Юристы Бишкека», бот добавлен в неё. Теперь ваши сообщения идут в группу; :private — назад в личный чат)\n\n");
  expect(sim.prompt).toBe("«Юристы Бишкека» > ");
  const group = simulatorGroupId("Юристы Бишкека");
  expect(t.fake.chat(group)).toMatchObject({ type: "supergroup", title: "Юристы Бишкека" });
  await sim.handle("/linkgroup");
  expect(printed()).toMatch(/🤖 Көмөк в «Юристы Бишкека»:\n✅ Эта группа подключена: .+\. Уведомления будут приходить сюда/);
  expect(await t.db.staffGroup.findMany()).toMatchObject([{ role: "clinic_staff", scope: `clinic:${bishkek}`, chatId: BigInt(group), title: "Юристы Бишкека" }]);
  // Media go to the private chat only; :private goes back there.
  out.length = 0;
  await sim.handle(":sticker");
  expect(printed()).toContain("в группе можно писать текст и команды и нажимать кнопки");
  await sim.handle(":private");
  expect(sim.prompt).toBe("> ");
  const privately = t.fake.messagesIn(9001).length;
  await sim.handle("меню");
  expect(t.fake.messagesIn(9001).length).toBeGreaterThan(privately);

  // Staff of two clinics choose with a button, pressed in the group (the callback comes from the group's message).
  const osh = await clinic("sample-osh");
  await grantRole(t.db, { userId: 9001n, role: "clinic_staff", scope: `clinic:${osh}`, by: null, via: "cli", now: new Date() });
  await sim.handle(":group Ош");
  out.length = 0;
  await sim.handle("/linkgroup");
  expect(printed()).toContain("🤖 Көмөк в «Ош»:\nЧто будет приходить в эту группу?");
  const button = /\[#(\d+)\] [^\n]*Ош/.exec(printed())![1]!;
  await sim.handle(`#${button}`);
  expect(printed()).toMatch(/✏️ Көмөк в «Ош» \(изменено\):\n✅ Эта группа подключена: [^\n]*Ош/);
  const press = t.fake.callsOf("editMessageText").at(-1)!;
  expect(press.payload.chat_id).toBe(simulatorGroupId("Ош"));
  expect(await t.db.staffGroup.findUnique({ where: { role_scope: { role: "clinic_staff", scope: `clinic:${osh}` } } })).toMatchObject({ chatId: BigInt(simulatorGroupId("Ош")) });
});
