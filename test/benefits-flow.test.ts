// The benefits conversation, as a person goes through it in the chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "./support/clock.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z");
  t = await TestBot.start({ clock });
});
afterEach(async () => {
  await t.close();
});

/** Sends answers one by one: text is typed, "#Label" presses the button with that label. */
async function answer(user: FakeUser, ...answers: string[]): Promise<void> {
  for (const a of answers) {
    if (a.startsWith("#")) await user.click(a.slice(1));
    else await user.send(a);
  }
}

describe("the benefits conversation", () => {
  it("asks about the household one question at a time and tells what the family may get", async () => {
    const user = await t.userWithLanguage(5001, "ru");
    await user.click("💰 Пособия");
    const start = user.messages().length;
    expect(user.textsSince(start - 2)[0]).toMatch(/^💰 Проверим, какие государственные пособия/);
    expect(user.last()!.text).toBe("Сколько человек живёт в вашей семье (в одном хозяйстве), вместе с вами? Напишите число.");
    await answer(user, "4", "3 000 сом", "#👤 Каждого: возраст и пол (точнее)", "35", "#Женщина", "38", "#Мужчина", "10", "#Мужчина", "4", "#Женщина");
    expect(user.last()!.text).toBe("Есть ли в семье человек с инвалидностью (установленной медицинской комиссией)?");
    await answer(user, "#Нет", "#Нет", "#Нет");
    expect(user.last()!.text).toBe("Родились ли дети за последние 12 месяцев или ожидается рождение? Сколько за один раз?");
    await answer(user, "#Нет");
    const report = user.textsSince(start).join("\n");
    expect(report).toContain("📋 Результат на 23.11.2026.");
    expect(report).toContain("✅ «Үй-бүлөгө көмөк» (ежемесячное пособие семьям с детьми) — положено\n💵 2 400 сом в месяц на вашу семью");
    expect(report).toContain("Доход на человека 750 сом ниже гарантированного минимального дохода (1 000 сом).");
    expect(report).toContain("📜 Основание: Закон КР «О государственных пособиях в Кыргызской Республике»");
    expect(report).toContain("⚠️ Часть сведений здесь не подтверждена");
    expect(report).toContain("❌ «Балага сүйүнчү» (единовременное пособие при рождении ребёнка): За последние 12 месяцев в семье не было рождений.");
    expect(report).toContain("Детский телефон доверия — 111.");
    expect(user.last()!.buttons).toEqual([["🔁 Проверить ещё раз"]]);
    // Anonymous: nothing of the answers is kept once the result is out.
    expect(await t.db.storedState.count({ where: { key: "5001" } })).toBe(0);
    expect(t.fake.refused).toEqual([]);
  });

  it("goes back to the previous question with the Back button, and re-asks politely on bad numbers", async () => {
    const user = await t.userWithLanguage(5002, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "бир");
    expect(user.last()!.text).toBe("Адамдардын санын 1ден 30 чейин цифра менен жазыңыз, мисалы 4.");
    await answer(user, "2", "-5");
    expect(user.last()!.text).toBe("Сумманы цифра менен жазыңыз, мисалы 12 000 же 12000 сом. Киреше жок болсо — 0.");
    await answer(user, "1500");
    expect(user.last()!.text).toBe("Үй-бүлө мүчөлөрүн кантип көрсөтөсүз?");
    await user.click("⬅️ Артка");
    expect(user.last()!.text).toMatch(/^Бүт үй-бүлөнүн бир айлык жалпы кирешеси канча сом\?/);
    await answer(user, "3 000", "#👤 Ар бирин: жашы жана жынысы (тагыраак)");
    expect(user.last()!.text).toBe("Сиз канча жаштасыз? Санды жазыңыз.");
    await answer(user, "200");
    expect(user.last()!.text).toBe("Жашты 0дөн 120 чейин цифра менен жазыңыз, мисалы 34. Бир жашка чейинки бала үчүн — 0.");
    await answer(user, "30", "#Аял", "5", "#Эркек", "#Жок", "#Жок", "#Жок", "#Жок");
    const report = user.messages().map((m) => m.text).join("\n");
    // 3000 for two people is 1500 each: not below the minimum (the corrected answer counts).
    expect(report).toContain("Бир адамга туура келген киреше 1 500 сом, бул кепилденген минималдуу кирешеден (1 000 сом) төмөн эмес");
  });

  it("has a quick path: how many children and babies, with a note on what it leaves out", async () => {
    const user = await t.userWithLanguage(5005, "ru");
    await user.click("💰 Пособия");
    await answer(user, "3", "1000", "#⚡ Быстро: сколько взрослых и детей", "2", "1");
    expect(user.last()!.text).toBe("Есть ли в семье человек с инвалидностью (установленной медицинской комиссией)?");
    await answer(user, "#Нет", "#Нет", "#Нет", "#1");
    const report = user.messages().map((m) => m.text).join("\n");
    expect(report).toContain("⚡ Вы выбрали быструю проверку");
    expect(report).toContain("💵 2 400 сом в месяц на вашу семью");
    expect(report).toContain("💵 4 000 сом один раз");
  });

  it("refuses an old question's button even when the current question has the same number", async () => {
    const user = await t.userWithLanguage(5006, "ru");
    await user.click("💰 Пособия");
    await answer(user, "3", "0", "#👤 Каждого: возраст и пол (точнее)", "30", "#Женщина", "31", "#Мужчина", "32", "#Мужчина", "#Нет", "#Да");
    const who = user.last()!;
    expect(who.text).toBe("Кто получает пенсию?");
    await user.click("⬅️ Назад");
    await answer(user, "#Нет");
    expect(user.last()!.text).toBe("Родились ли дети за последние 12 месяцев или ожидается рождение? Сколько за один раз?");
    const old = (who.replyMarkup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[1]![0]!.callback_data;
    const update = await user.clickData(old, who);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Ответьте, пожалуйста, на последний вопрос." })]);
    await answer(user, "#Нет");
    const report = user.messages().map((m) => m.text).join("\n");
    expect(report).toContain("❌ «Балага сүйүнчү» (единовременное пособие при рождении ребёнка): За последние 12 месяцев в семье не было рождений.");
  });

  it("keeps the answers through a restart of the bot", async () => {
    const user = await t.userWithLanguage(5003, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0");
    await t.restart();
    await answer(user, "70", "#Мужчина", "#Нет", "#Нет", "#Нет");
    const report = user.messages().map((m) => m.text).join("\n");
    expect(report).toContain("Член семьи №1: пожилой человек без пенсии — 2 000 сом в месяц.");
  });

  it("asks who has a disability, which group and since when", async () => {
    const user = await t.userWithLanguage(5004, "ru");
    await user.click("💰 Пособия");
    await answer(user, "2", "0", "#👤 Каждого: возраст и пол (точнее)", "40", "#Женщина", "9", "#Мужчина", "#Да");
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["№1: 40 лет, жен."], ["№2: 9 лет, муж."]]);
    await answer(user, "#№2: 9 лет, муж.", "#II группа", "#С детства", "#Нет", "#Нет", "#Нет", "#Нет");
    const report = user.messages().map((m) => m.text).join("\n");
    expect(report).toContain("Член семьи №2: ребёнок с инвалидностью — 8 000 сом в месяц.");
    expect(report).toContain("🟡 Выплата на личного помощника — может быть положено");
  });
});
