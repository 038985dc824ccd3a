import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

describe("/start and the language choice", () => {
  it("asks a new Russian-speaking user to choose, Russian first, then greets in Russian with the menu", async () => {
    const user = t.user(1001, "ru");
    await user.send("/start");
    const prompt = user.last()!;
    expect(prompt.text).toBe("Тилди тандаңыз · Выберите язык");
    expect(prompt.buttons.flat()).toEqual(["Русский", "Кыргызча"]);

    await user.click("Русский");
    const greeting = user.last()!;
    expect(greeting.text).toContain("Здравствуйте! Я — Көмөк");
    expect(greeting.text).toContain("посмотреть, что бот хранит о вас");
    expect(greeting.buttons.flat()).toEqual(["💰 Пособия", "💼 Работа", "⚖️ Юридическая помощь", "🔎 Проверить слух", "🌐 Тил · Язык", "🔒 Конфиденциальность", "❓ Помощь"]);
    // The question was replaced by the answer, so its buttons cannot be pressed again.
    expect(prompt.text).toBe("Хорошо, теперь будем общаться по-русски.");
    expect(prompt.buttons).toEqual([]);
    expect(t.fake.callbackAnswers).toHaveLength(1);

    const row = await t.db.user.findUnique({ where: { id: 1001n } });
    expect(row?.language).toBe("ru");
  });

  it("puts Kyrgyz first for a ky phone and greets in Kyrgyz", async () => {
    const user = t.user(1002, "ky");
    await user.send("/start");
    expect(user.last()!.buttons.flat()).toEqual(["Кыргызча", "Русский"]);
    await user.click("Кыргызча");
    const greeting = user.last()!;
    expect(greeting.text).toContain("Саламатсызбы! Мен — Көмөк");
    expect(greeting.buttons.flat()).toEqual(["💰 Жөлөкпулдар", "💼 Жумуш", "⚖️ Юридикалык жардам", "🔎 Ушакты текшерүү", "🌐 Тил · Язык", "🔒 Купуялык", "❓ Жардам"]);
    // The chat's own command list is set in the chosen language.
    const commands = t.fake.callsOf("setMyCommands").at(-1)!;
    expect(commands.payload.scope).toEqual({ type: "chat", chat_id: 1002 });
    expect(commands.payload.commands).toContainEqual({ command: "language", description: "Тилди алмаштыруу" });
  });

  it("asks an English-speaking user in both languages and does nothing else until they choose", async () => {
    const user = t.user(1003, "en");
    await user.send("/start");
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    await user.send("hello?");
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    expect(user.messages()).toHaveLength(2);
    await user.click("Кыргызча");
    expect(user.last()!.text).toContain("Саламатсызбы");
    expect(await t.db.user.findUnique({ where: { id: 1003n } })).toMatchObject({ language: "ky" });
  });

  it("sends a returning user straight to the menu in their language", async () => {
    const user = await t.userWithLanguage(1004, "ky");
    const before = user.messages().length;
    await user.send("/start");
    expect(user.textsSince(before)).toEqual(["Башкы меню. Кайсы бөлүм керек?"]);
  });

  it("keeps a deep-link payload through the language choice and says when a link does not work", async () => {
    const user = t.user(1005, "en");
    await user.send("/start nonexistent_payload");
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    expect(await t.db.storedState.count({ where: { scope: "session" } })).toBe(1);
    const before = user.messages().length;
    await user.click("Русский");
    // One new message: what went wrong above the greeting, with the menu under it.
    expect(user.messages()).toHaveLength(before + 1);
    expect(user.last()!.text).toMatch(/^Эта ссылка неверна или устарела\.\n\nЗдравствуйте! Я — Көмөк/);
    expect(user.last()!.buttons.length).toBe(7);
    expect(await t.db.storedState.count({ where: { scope: "session" } })).toBe(0);
  });

  it("routes deep links by prefix to the feature that owns them", async () => {
    await t.restart({
      startPayloads: [{ prefix: "test_", handle: (ctx, rest) => ctx.reply(`link ${rest}`) }],
    });
    const user = await t.userWithLanguage(1006, "ru");
    await user.send("/start test_abc123");
    expect(user.last()!.text).toBe("link abc123");
    await user.send("/start nope");
    expect(user.last()!.text).toBe("Эта ссылка неверна или устарела.\n\nГлавное меню. Какой раздел вам нужен?");
    // A link opened before choosing a language goes on after the greeting.
    const newcomer = t.user(1007, "ky");
    await newcomer.send("/start test_xyz");
    await newcomer.click("Кыргызча");
    expect(newcomer.textsSince(1).slice(-2)).toEqual([expect.stringMatching(/^Саламатсызбы!/), "link xyz"]);
  });
});

describe("/language", () => {
  it("switches the language, and the choice survives a restart", async () => {
    const user = await t.userWithLanguage(1010, "ru");
    await user.send("/language");
    expect(user.last()!.text).toContain("по-русски");
    expect(user.last()!.buttons.flat()).toEqual(["✓ Русский", "Кыргызча"]);
    await user.click("Кыргызча");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");

    await t.restart();
    await user.send("/menu");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
    await user.send("/help");
    expect(user.last()!.text).toContain("Ботту кантип колдонуу керек");
  });

  it("opens from the menu button too", async () => {
    const user = await t.userWithLanguage(1011, "ky");
    await user.click("🌐 Тил · Язык");
    expect(user.last()!.text).toContain("кыргызча сүйлөшүп жатасыз");
    await user.click("Русский");
    expect(user.last()!.text).toBe("Главное меню. Какой раздел вам нужен?");
  });
});
