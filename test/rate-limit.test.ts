// The per-person flood limit: told once, then dropped until the window ends;
// staff exempt; every button press still answered. Windows follow the
// injected clock, so these tests move time by hand.
import { afterEach, describe, expect, it } from "vitest";
import { grantRole } from "../src/services/roles.ts";
import { ManualClock } from "./support/clock.ts";
import { TestBot, type TestBotOptions } from "./support/harness.ts";

const ADMIN = 6000;
const MENU_RU = "Главное меню. Какой раздел вам нужен?";
const UNKNOWN_RU = `Извините, я не понял это сообщение. Выберите раздел в меню ниже или напишите /help.\n\n${MENU_RU}`;
const limited = (seconds: number) =>
  `Вы отправляете слишком много сообщений подряд. Подождите ${seconds} сек., пожалуйста, и напишите снова.`;

let t: TestBot | undefined;
let clock: ManualClock;
async function start(options: Partial<TestBotOptions> = { rateLimit: { limit: 3, windowMs: 10_000 } }): Promise<TestBot> {
  clock = new ManualClock();
  t = await TestBot.start({ clock, adminIds: [BigInt(ADMIN)], ...options });
  return t;
}
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A person with a language chosen, and a fresh window (choosing took two updates). */
async function person(t: TestBot, id: number, locale: "ru" | "ky" = "ru") {
  const user = await t.userWithLanguage(id, locale);
  clock.advance(10_000);
  return user;
}

describe("the rate limit", () => {
  it("answers up to the limit, says so once, drops the rest, and answers again when the window ends", async () => {
    const t = await start();
    const user = await person(t, 6001);
    const before = user.messages().length;
    for (const text of ["раз", "два", "три"]) await user.send(text);
    expect(user.textsSince(before)).toEqual([UNKNOWN_RU, UNKNOWN_RU, UNKNOWN_RU]);

    clock.advance(3_000);
    await user.send("четыре");
    expect(user.textsSince(before + 3)).toEqual([limited(7)]);
    expect(user.last()!.buttons).toEqual([]);

    // Dropped: not answered, and not acted on (/deleteme would have asked to confirm).
    for (const text of ["пять", "/menu", "/deleteme"]) await user.send(text);
    clock.advance(6_999);
    await user.send("ещё");
    expect(user.messages()).toHaveLength(before + 4);
    expect(await t.db.user.count({ where: { id: 6001n } })).toBe(1);

    clock.advance(1); // the window is over
    await user.send("/menu");
    expect(user.textsSince(before + 4)).toEqual([MENU_RU]);
    expect(t.logs.filter((line) => line.includes("rate limit reached"))).toHaveLength(1);
    expect(t.logs.join("\n")).not.toContain("четыре");
  });

  it("tells a Kyrgyz speaker in Kyrgyz, and a new window gets a new notice", async () => {
    const t = await start();
    const user = await person(t, 6002, "ky");
    for (let i = 0; i < 4; i++) await user.send(`билдирүү ${i}`);
    expect(user.last()!.text).toBe("Сиз катары менен өтө көп билдирүү жөнөтүп жатасыз. Сураныч, 10 сек. күтүп, кайра жазыңыз.");
    clock.advance(10_000);
    for (let i = 0; i < 4; i++) await user.send(`билдирүү ${i}`);
    const texts = user.messages().map((m) => m.text);
    expect(texts.filter((text) => text.startsWith("Сиз катары менен"))).toHaveLength(2);
  });

  it("counts each person separately", async () => {
    const t = await start();
    const flooder = await person(t, 6003);
    const other = await t.userWithLanguage(6004, "ru");
    for (let i = 0; i < 5; i++) await flooder.send(`spam ${i}`);
    expect(flooder.last()!.text).toBe(limited(10));
    const before = other.messages().length;
    await other.send("/menu");
    expect(other.textsSince(before)).toEqual([MENU_RU]);
  });

  it("does not apply to staff", async () => {
    const t = await start();
    const admin = await person(t, ADMIN);
    await grantRole(t.db, { userId: 6005n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const officer = await person(t, 6005);
    for (const staff of [admin, officer]) {
      const before = staff.messages().length;
      for (let i = 0; i < 6; i++) await staff.send("/menu");
      expect(staff.textsSince(before)).toEqual(Array(6).fill(MENU_RU));
    }
  });

  it("still answers every button press beyond the limit, with the notice the first time", async () => {
    const t = await start();
    const user = await person(t, 6006);
    for (let i = 0; i < 3; i++) await user.send("/menu");
    const before = user.messages().length;
    const presses = [];
    for (let i = 0; i < 3; i++) presses.push(await user.click("❓ Помощь"));
    expect(t.fake.answersTo(presses[0]!)).toEqual([expect.objectContaining({ text: limited(10), showAlert: true })]);
    for (const press of presses.slice(1)) {
      expect(t.fake.answersTo(press)).toEqual([expect.objectContaining({ text: undefined })]);
    }
    expect(user.messages()).toHaveLength(before); // help was not shown
    expect(t.fake.refused).toEqual([]);

    // Told by a message first, a press is answered quietly.
    const other = await person(t, 6007);
    for (let i = 0; i < 4; i++) await other.send("/menu");
    expect(other.last()!.text).toBe(limited(10));
    const press = await other.click("❓ Помощь");
    expect(t.fake.answersTo(press)).toEqual([expect.objectContaining({ text: undefined })]);
    expect(t.fake.refused).toEqual([]);
  });

  it("counts in groups too, but says nothing there", async () => {
    const t = await start();
    const group = t.fake.group(-100_800, "Группа");
    const user = await person(t, 6008);
    for (let i = 0; i < 6; i++) await user.sendIn(group, "/linkgroup");
    expect(t.fake.messagesIn(group.id).map((m) => m.text)).toEqual(
      Array(3).fill("Подключать группу могут только сотрудники клиники или специалисты по коммуникациям."),
    );
    // The flood in the group used up the private chat's allowance as well: one person, one count.
    const before = user.messages().length;
    await user.send("/menu");
    expect(user.textsSince(before)).toEqual([]);
  });

  it("defaults to 20 updates in 10 seconds", async () => {
    const t = await start({});
    const user = await t.userWithLanguage(6009, "ru"); // 2 updates
    const before = user.messages().length;
    for (let i = 0; i < 18; i++) await user.send("/menu");
    expect(user.textsSince(before)).toEqual(Array(18).fill(MENU_RU));
    await user.send("/menu");
    expect(user.last()!.text).toBe(limited(10));
  });

  it("can be turned off", async () => {
    const t = await start({ rateLimit: false });
    const user = await t.userWithLanguage(6010, "ru");
    const before = user.messages().length;
    for (let i = 0; i < 25; i++) await user.send("/menu");
    expect(user.textsSince(before)).toEqual(Array(25).fill(MENU_RU));
  });
});
