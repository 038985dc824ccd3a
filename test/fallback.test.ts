import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

const MENU_RU = "Главное меню. Какой раздел вам нужен?";
const MENU_KY = "Башкы меню. Кайсы бөлүм керек?";

describe("anything the bot does not expect", () => {
  it("answers unknown text and unknown commands in Russian with the menu", async () => {
    const user = await t.userWithLanguage(2001, "ru");
    await user.send("где моя пенсия?");
    expect(user.last()!.text).toBe(`Извините, я не понял это сообщение. Выберите раздел в меню ниже или напишите /help.\n\n${MENU_RU}`);
    expect(user.last()!.buttons.length).toBeGreaterThan(0);
    await user.send("/foo");
    expect(user.last()!.text).toContain("я не понял");
  });

  it("answers stickers, photos, voice, location and contacts in Kyrgyz, storing none of them", async () => {
    const user = await t.userWithLanguage(2002, "ky");
    await user.sendSticker();
    expect(user.last()!.text).toBe(
      `Азырынча сүрөттү, үн билдирүүнү, видеону же стикерди түшүнө албайм. Сураныч, текст түрүндө жазыңыз же менюдан бөлүм тандаңыз.\n\n${MENU_KY}`,
    );
    await user.sendPhoto("сүрөт");
    expect(user.last()!.text).toContain("стикерди түшүнө албайм");
    await user.sendVoice();
    expect(user.last()!.text).toContain("үн билдирүүнү");
    await user.sendLocation();
    expect(user.last()!.text).toContain("Жайгашкан жериңиз азыр керек эмес");
    await user.sendContact("+996555123456");
    expect(user.last()!.text).toContain("Телефон номериңиз азыр керек эмес");
    const stored = JSON.stringify(await t.db.storedState.findMany()) + JSON.stringify(await t.db.user.findMany(), (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(stored).not.toContain("555123456");
  });

  it("understands a greeting, 'help' and 'menu' typed without a slash", async () => {
    const user = await t.userWithLanguage(2007, "ky");
    await user.send("Салам!");
    expect(user.last()!.text).toBe(`Саламатсызбы! Кайсы бөлүм керек экенин төмөндөн тандаңыз.\n\n${MENU_KY}`);
    await user.send("жардам");
    expect(user.last()!.text).toContain("Ботту кантип колдонуу керек");
    expect(user.last()!.buttons.length).toBe(7);
    await user.send("Главное меню");
    expect(user.last()!.text).toBe(MENU_KY);
    await user.send("саламдашуу эмес");
    expect(user.last()!.text).toContain("түшүнгөн жокмун");
  });

  it("ends help and privacy with the menu, so they are no dead end", async () => {
    const user = await t.userWithLanguage(2008, "ru");
    await user.send("/privacy");
    expect(user.last()!.text).toContain("Что бот хранит о вас");
    expect(user.last()!.buttons.flat()).toContain("❓ Помощь");
  });

  it("answers an edited message", async () => {
    const user = await t.userWithLanguage(2003, "ru");
    await user.editMessage(1, "исправил");
    expect(user.last()!.text).toBe(`Изменённые сообщения я не учитываю. Если нужно, отправьте новое сообщение.\n\n${MENU_RU}`);
  });

  it("answers a stale or unknown button with a callback answer and a fresh menu", async () => {
    const user = await t.userWithLanguage(2004, "ky");
    const answersBefore = t.fake.callbackAnswers.length;
    await user.clickData("menu:removed-feature");
    expect(t.fake.callbackAnswers.at(-1)?.text).toBe("Бул баскыч эскирип калган. Жаңы менюну жөнөттүм.");
    expect(user.last()!.text).toBe(MENU_KY);
    await user.clickData("garbage\u0000data");
    expect(t.fake.callbackAnswers.length).toBe(answersBefore + 2);
    // The old language prompt, pressed again, is answered too (no error, no silent spinner).
    await user.clickData("lang:ru");
    expect(t.fake.callbackAnswers.length).toBe(answersBefore + 3);
  });

  it("answers every callback query, including menu buttons", async () => {
    const user = await t.userWithLanguage(2005, "ru");
    const queries = () => t.fake.callbackAnswers.length;
    const before = queries();
    await user.click("❓ Помощь");
    await user.click("🔒 Конфиденциальность");
    expect(queries()).toBe(before + 2);
    expect(user.last()!.text).toContain("Что бот хранит о вас");
  });

  it("keeps quiet in groups unless addressed, then points to the private chat", async () => {
    const group = t.fake.group(-100500);
    const member = t.user(2006, "ky");
    const message = (text: string) => ({
      message: {
        message_id: t.fake.newMessageId(group.id),
        from: member.from,
        chat: group,
        date: 1,
        text,
        ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
      },
    });
    await t.fake.sendUpdate(message("салам баарына"));
    expect(t.fake.messagesIn(group.id)).toHaveLength(0);
    await t.fake.sendUpdate(message("/start@komok_test_bot"));
    expect(t.fake.messagesIn(group.id).at(-1)!.text).toBe(
      "Мага жеке жазыңыз: https://t.me/komok_test_bot",
    );
  });
});

describe("errors", () => {
  it("apologises in the user's language when a handler fails, and the next update works", async () => {
    const user = await t.userWithLanguage(2010, "ky");
    let failures = 1;
    const stop = t.fake.intercept((call) =>
      call.method === "sendMessage" && failures-- > 0
        ? { error_code: 400, description: "Bad Request: can't parse entities" }
        : undefined,
    );
    await user.send("/help");
    stop();
    expect(user.last()!.text).toBe(
      "Кечиресиз, ката кетти. Бир аздан кийин кайра аракет кылып көрүңүз же /menu жазыңыз.",
    );
    const errorLog = t.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "update failed");
    expect(errorLog?.err?.method).toBe("sendMessage");
    expect(errorLog?.update_id).toBeTypeOf("number");

    await user.send("/menu");
    expect(user.last()!.text).toBe(MENU_KY);
  });

  it("answers the button and apologises when a button's handler fails", async () => {
    const user = await t.userWithLanguage(2011, "ru");
    const stop = t.fake.intercept((call) =>
      call.method === "sendMessage" && String(call.payload.text).startsWith("Как пользоваться")
        ? { error_code: 400, description: "Bad Request: chat not found" }
        : undefined,
    );
    const answers = t.fake.callbackAnswers.length;
    await user.click("❓ Помощь");
    stop();
    expect(t.fake.callbackAnswers.length).toBe(answers + 1);
    expect(user.last()!.text).toContain("Извините, что-то пошло не так");
  });
});
