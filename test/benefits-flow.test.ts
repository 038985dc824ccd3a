// The benefits conversation, as a person goes through it in the chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "./support/clock.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { answerAtPace } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";
import { benefitsFlow } from "../flows/benefits.ts";
import type { Flow } from "../src/flow.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z");
  t = await TestBot.start({ clock });
});
afterEach(async () => {
  await t.close();
});

/** Answers as a person does, one after another at a phone's pace. */
const answer = (user: FakeUser, ...answers: string[]) => answerAtPace(clock, user, ...answers);


/** The texts of the result: everything after the last question was answered. */
const texts = (user: FakeUser) => user.messages().map((m) => m.text);

describe("the benefits conversation", () => {
  it("asks a man of 70 living alone nothing about births, and offers neither job search nor the children's helpline", async () => {
    const user = await t.userWithLanguage(5050, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "6000", "70", "#Мужчина", "#Нет", "#Да", "#Нет");
    const all = texts(user);
    // Living alone: asked as "you".
    expect(all).toContain("Вы мужчина или женщина?");
    expect(all.some((m) => m.startsWith("Родился ли у вас ребёнок"))).toBe(false);
    // Nor told that nobody in his household is expecting: he was never asked.
    expect(all.join("\n")).not.toContain("Пособие по беременности и родам");
    expect(all.join("\n")).not.toContain("«Балага сүйүнчү»");
    const last = user.last()!;
    expect(last.buttons.flat()).not.toContain("💼 Встать на учёт как ищущий работу");
    expect(last.buttons.flat()).toContain("⚖️ Поговорить с юристом");
    expect(all.join("\n")).not.toContain("111");
    expect(all.join("\n")).toContain("❌ Не положено:");
  });

  it("asks a woman of 68 without a pension about the heroine-mother title, not about births; her social benefit is 2 000", async () => {
    const user = await t.userWithLanguage(5051, "ky");
    await user.click("💰 Жөлөкпулдар");
    // The age typed with its word, as people write it.
    await answer(user, "1", "0", "68 жаш", "#Аял", "#Жок", "#Жок", "#Жок", "#Жок");
    const all = texts(user);
    expect(all.some((m) => m.startsWith("Акыркы 12 айда"))).toBe(false);
    expect(all.join("\n")).toContain("2 000 сом");
    expect(user.last()!.buttons.flat().some((b) => b.startsWith("💼"))).toBe(false);
  });

  it("asks about a death only when the person says someone died, then gives the funeral benefit by whose death it was", async () => {
    const user = await t.userWithLanguage(5053, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "6000", "45", "#Женщина", "#Нет", "#Нет", "#Нет", "#Нет", "#Нет");
    expect(texts(user).join("\n")).not.toContain("Ритуальное пособие");
    await answer(user, "#🕯 В семье кто-то умер");
    expect(user.textsSince(user.messages().length - 2)).toEqual([
      "🕯 Примите наши соболезнования. Размер пособия на погребение зависит от того, кто умер.",
      "Кто умер?",
    ]);
    const before = user.messages().length;
    await answer(user, "#Работавший член семьи");
    const result = user.textsSince(before).join("\n");
    expect(result).toContain("✅ Ритуальное пособие — 7 189 сом один раз");
    expect(result).toContain("✅ Ритуальное пособие (на погребение) — положено");
    expect(result).toContain("Случай — умер работавший член семьи: 7 189 сом один раз (размер на 05.03.2026).");
    expect(result).toContain("свидетельство о смерти");
    expect(result).not.toContain("«Үй-бүлөгө көмөк»");
  });

  it("gives a pensioner's family in Kyrgyz the Social Fund's rule, not an amount", async () => {
    const user = await t.userWithLanguage(5054, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "1", "0", "45", "#Аял", "#Жок", "#Жок", "#Жок", "#Жок", "#Жок", "#🕯 Үй-бүлөдө бирөө каза болду", "#Пенсионер");
    expect(texts(user).join("\n")).toContain("Социалдык фонд төлөйт");
  });

  it("asks a family with a third child under 3 once whether it lives in a highland zone, and tells it of the 3 000 highland payment", async () => {
    const user = await t.userWithLanguage(5055, "ru");
    await user.click("💰 Пособия");
    await answer(user, "4", "2000", "#👤 Каждого: возраст и пол (точнее)", "30", "#Женщина", "8", "#Мальчик", "5", "#Девочка", "0", "#Мальчик", "#Нет", "#Нет", "#Нет", "#Нет", "#Нет");
    expect(user.last()!.text).toBe("Ваша семья постоянно живёт в высокогорной или отдалённой зоне (или в приграничном селе с особым статусом)?");
    await answer(user, "#Да", "#👶 Да, родился", "#Одного");
    const all = texts(user);
    expect(all.filter((m) => m.startsWith("Ваша семья постоянно живёт в высокогорной"))).toHaveLength(1);
    const report = all.join("\n");
    expect(report).toContain("🟡 Высокогорная выплата на детей — 3 000 сом в месяц");
    expect(report).toContain("только на детей, родившихся с 01.01.2026");
    expect(report).toContain("Вместе с «Үй-бүлөгө көмөк» эту выплату не платят");
    expect(report).toContain("✅ «Бала ырысы» — 1 200 сом в месяц");
  });

  it("still asks a family with a woman of 16–50 about births, and gives it the children's helpline when it has children", async () => {
    const user = await t.userWithLanguage(5052, "ru");
    await user.click("💰 Пособия");
    await answer(user, "2", "3000", "#👤 Каждого: возраст и пол (точнее)", "25", "#Женщина", "3", "#Мальчик", "#Нет", "#Нет", "#Нет", "#Нет");
    // Without work and not registered: the job search fits her.
    expect(user.last()!.text).toBe("Есть ли в семье взрослый трудоспособного возраста, у которого сейчас нет работы?");
    await answer(user, "#Да", "#Нет");
    expect(user.last()!.text).toBe("Родился ли у вас ребёнок за последние 12 месяцев, или вы ждёте ребёнка?");
    await answer(user, "#Нет");
    expect(texts(user).join("\n")).toContain("📞 Детский телефон доверия — 111.");
    expect(user.last()!.buttons.flat()).toContain("💼 Встать на учёт как ищущий работу");
  });

  it("asks about the household one question at a time and tells what the family may get, summary first", async () => {
    const user = await t.userWithLanguage(5001, "ru");
    await user.click("💰 Пособия");
    const start = user.messages().length;
    expect(user.textsSince(start - 2)[0]).toMatch(/^💰 Проверим, какие государственные пособия/);
    expect(user.last()!.text).toBe("Сколько человек живёт в вашей семье (в одном хозяйстве), вместе с вами? Напишите число.");
    await answer(user, "4", "3 000 сом", "#👤 Каждого: возраст и пол (точнее)", "35", "#Женщина");
    expect(user.last()!.text).toBe("Сколько лет члену семьи №2? Для ребёнка младше года напишите 0.");
    await answer(user, "38", "#Мужчина", "10");
    // A child is asked as a child.
    expect(user.last()!.text).toBe("Член семьи №3: девочка или мальчик?");
    await answer(user, "#Мальчик", "4", "#Девочка");
    expect(user.last()!.text).toBe("Есть ли в семье человек с инвалидностью (установленной медицинской комиссией)?");
    await answer(user, "#Нет", "#Нет", "#Нет", "#Нет", "#Да");
    expect(user.last()!.text).toBe("У кого нет работы?");
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["№1: 35 лет, жен."], ["№2: 38 лет, муж."]]);
    await answer(user, "#№2: 38 лет, муж.", "#Нет", "#Нет");
    expect(user.last()!.text).toBe("Родился ли у вас ребёнок за последние 12 месяцев, или вы ждёте ребёнка?");
    expect(user.last()!.buttons).toEqual([["👶 Да, родился"], ["🤰 Ждём ребёнка"], ["Нет"], ["⬅️ Назад"]]);
    const before = user.messages().length;
    await answer(user, "#Нет");
    const [summary, ...details] = user.textsSince(before);
    // First a short summary: what the family may get and how much.
    expect(summary).toBe(
      [
        "📋 Результат на 23.11.2026. Это предварительная оценка: окончательное решение принимает районное управление социального развития.",
        "",
        "Кратко:",
        "✅ «Үй-бүлөгө көмөк» — 2 400 сом в месяц на вашу семью",
        "✅ Служба занятости — доступна",
        "❌ Не положено: «Бала ырысы», «Балага сүйүнчү», Социальное пособие, Выплата на личного помощника, Пособие по беременности и родам, Пособие по безработице",
        "",
        "Почему, какие документы нужны и куда обращаться — ниже.",
      ].join("\n"),
    );
    const report = details.join("\n");
    expect(report).toContain("✅ «Үй-бүлөгө көмөк» (ежемесячное пособие семьям с детьми) — положено\n💵 2 400 сом в месяц на вашу семью");
    expect(report).toContain("Доход на человека 750 сом ниже гарантированного минимального дохода (1 000 сом).");
    expect(report).toContain("📜 Основание: Закон КР «О государственных пособиях в Кыргызской Республике»");
    expect(report).toContain("⚠️ Часть сведений здесь не подтверждена");
    expect(report).toContain("❌ «Балага сүйүнчү»: За последние 12 месяцев в семье не было рождений.");
    expect(report).toContain("📞 Детский телефон доверия — 111.");
    // Payments before the employment service, which comes last of the hopeful ones.
    expect(report.indexOf("Помощь службы занятости — доступна")).toBeGreaterThan(report.indexOf("«Үй-бүлөгө көмөк» (ежемесячное"));
    // Jobless but not registered: told how the unemployment benefit is got; nobody died: no funeral benefit.
    expect(report).toContain("❌ Пособие по безработице: Пособие по безработице платят тем, кто официально зарегистрирован");
    expect(report).not.toContain("Ритуальное пособие");
    // Whole blocks per message: no benefit is cut between two messages.
    for (const part of details) expect(part.length).toBeLessThanOrEqual(4096);
    expect(details.filter((d) => d.includes("«Үй-бүлөгө көмөк» (ежемесячное")).length).toBe(1);
    // Jobs and legal aid exist: the result offers both.
    expect(user.last()!.buttons).toEqual([["💼 Встать на учёт как ищущий работу"], ["⚖️ Поговорить с юристом"], ["🕯 В семье кто-то умер"], ["🔁 Проверить ещё раз"]]);
    // Anonymous: nothing of the answers is kept once the result is out.
    expect(await t.db.storedState.count({ where: { key: "5001" } })).toBe(0);
    expect(t.fake.refused).toEqual([]);
  });

  it("goes back to the previous question with the Back button, and re-asks politely on bad numbers", async () => {
    const user = await t.userWithLanguage(5002, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "бир");
    expect(user.last()!.text).toBe("Адамдардын санын цифра менен жазыңыз (1 – 30), мисалы 4.");
    await answer(user, "2", "-5");
    expect(user.last()!.text).toBe("Сумманы цифра менен жазыңыз, мисалы 12 000 же 12000 сом. Киреше жок болсо — 0.");
    await answer(user, "1500");
    expect(user.last()!.text).toBe("Үй-бүлө мүчөлөрүн кантип көрсөтөсүз?");
    await user.click("⬅️ Артка");
    expect(user.last()!.text).toMatch(/^Бүт үй-бүлөнүн бир айлык жалпы кирешеси канча сом\?/);
    await answer(user, "3 000", "#👤 Ар бирин: жашы жана жынысы (тагыраак)");
    expect(user.last()!.text).toBe("Сиз канча жаштасыз? Санды жазыңыз.");
    await answer(user, "200");
    expect(user.last()!.text).toBe("Жашты цифра менен жазыңыз (0 – 120), мисалы 34. Бир жашка чейинки бала үчүн — 0.");
    await answer(user, "30", "#Аял", "5", "#Уул", "#Жок", "#Жок", "#Жок", "#Жок", "#Жок", "#Жок");
    const report = texts(user).join("\n");
    // 3000 for two people is 1500 each: not below the minimum (the corrected answer counts).
    expect(report).toContain("Бир адамга туура келген киреше 1 500 сом, бул кепилденген минималдуу кирешеден (1 000 сом) төмөн эмес");
    expect(report).toContain("📋 23.11.2026-ж. карата жыйынтык.");
    expect(report).toContain("✅ Иш менен камсыз кылуу кызматы — жеткиликтүү");
  });

  it("asks for a button, not for text, when a sticker comes at a button question", async () => {
    const user = await t.userWithLanguage(5011, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0", "40");
    expect(user.last()!.text).toBe("Вы мужчина или женщина?");
    await user.sendSticker();
    expect(user.last()!.text).toBe("Пожалуйста, выберите ответ кнопкой ниже.");
    await answer(user, "#Женщина");
    expect(user.last()!.text).toBe("Есть ли в семье человек с инвалидностью (установленной медицинской комиссией)?");
  });

  it("has a quick path: how many children, babies and teenagers, with a note on what it leaves out", async () => {
    const user = await t.userWithLanguage(5005, "ru");
    await user.click("💰 Пособия");
    await answer(user, "3", "1000", "#⚡ Быстро: сколько взрослых и детей", "2");
    expect(user.last()!.text).toBe("Сколько из этих детей младше 3 лет? Если нет — 0.");
    await answer(user, "2");
    expect(user.last()!.text).toBe("Сколько из этих детей младше одного года? Если нет — 0.");
    await answer(user, "1");
    // One grown-up left: no question about teenagers.
    expect(user.last()!.text).toBe("Есть ли в семье человек с инвалидностью (установленной медицинской комиссией)?");
    await answer(user, "#Нет", "#Нет", "#Нет", "#Нет", "#Нет", "#👶 Да, родился");
    expect(user.last()!.text).toBe("Сколько детей родилось за один раз?");
    await answer(user, "#Одного");
    const report = texts(user).join("\n");
    expect(report).toContain("⚡ Вы выбрали быструю проверку");
    expect(report).toContain("💵 2 400 сом в месяц на вашу семью");
    expect(report).toContain("💵 4 000 сом один раз");
    // The newborn and the child of 1–2 years: «Бала ырысы» for both.
    expect(report).toContain("✅ «Бала ырысы» — 2 400 сом в месяц");
  });

  it("counts teenagers of 16 and 17 on the quick path as children for the social benefit, not for «Үй-бүлөгө көмөк»", async () => {
    const user = await t.userWithLanguage(5007, "ru");
    await user.click("💰 Пособия");
    await answer(user, "4", "2000", "#⚡ Быстро: сколько взрослых и детей", "1", "0");
    expect(user.last()!.text).toBe("Сколько из остальных — подростки 16 или 17 лет? Если нет — 0.");
    await answer(user, "3");
    expect(user.last()!.text).toBe("Напишите число цифрами, от 0 до 2, например 2.");
    await answer(user, "1", "#Нет", "#Нет", "#Да");
    expect(user.last()!.text).toBe("Кто из детей?");
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["№3: подросток"], ["№4: ребёнок"]]);
    await answer(user, "#№3: подросток", "#Обоих (или родители неизвестны)");
    expect(user.last()!.text).toBe("Получает ли этот ребёнок пенсию по случаю потери кормильца?");
    await answer(user, "#Нет", "#Нет", "#Нет", "#Нет", "#Нет");
    const report = texts(user).join("\n");
    expect(report).toContain("Член семьи №3: ребёнок-сирота — 6 000 сом в месяц (размер с 01.01.2022).");
    // Only the child under 16 counts for the family benefit: 1 × 1 200.
    expect(report).toContain("Детей младше 16 лет: 1, по 1 200 сом на каждого в месяц (размер с 01.06.2022).");
  });

  it("refuses an old question's button even when the current question has the same number", async () => {
    const user = await t.userWithLanguage(5006, "ru");
    await user.click("💰 Пособия");
    await answer(user, "3", "0", "#👤 Каждого: возраст и пол (точнее)", "30", "#Женщина", "31", "#Мужчина", "32", "#Мужчина", "#Нет", "#Да");
    const who = user.last()!;
    expect(who.text).toBe("Кто получает пенсию?");
    await user.click("⬅️ Назад");
    await answer(user, "#Нет");
    expect(user.last()!.text).toMatch(/^Есть ли у кого-то из взрослых в семье льготный статус/);
    const old = (who.replyMarkup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[1]![0]!.callback_data;
    const update = await user.clickData(old, who);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Ответьте, пожалуйста, на последний вопрос." })]);
    await answer(user, "#Нет", "#Нет");
    expect(user.last()!.text).toBe("Родился ли у вас ребёнок за последние 12 месяцев, или вы ждёте ребёнка?");
    await answer(user, "#Нет");
    const report = texts(user).join("\n");
    expect(report).toContain("❌ «Балага сүйүнчү»: За последние 12 месяцев в семье не было рождений.");
  });

  it("keeps the answers through a restart of the bot", async () => {
    const user = await t.userWithLanguage(5003, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0");
    await t.restart();
    await answer(user, "70", "#Мужчина", "#Нет", "#Нет", "#Нет");
    const report = texts(user).join("\n");
    expect(report).toContain("Член семьи №1: пожилой человек без пенсии — 2 000 сом в месяц (размер на 28.02.2025).");
  });

  it("asks an adult's disability group and cause, but not a child's", async () => {
    const user = await t.userWithLanguage(5004, "ru");
    await user.click("💰 Пособия");
    await answer(user, "2", "0", "#👤 Каждого: возраст и пол (точнее)", "40", "#Женщина", "9", "#Мальчик", "#Да");
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["№1: 40 лет, жен."], ["№2: 9 лет, муж."]]);
    await answer(user, "#№2: 9 лет, муж.");
    expect(user.last()!.text).toBe("Есть ли ещё кто-то с инвалидностью?");
    await answer(user, "#Да");
    // The only one left is chosen without asking.
    expect(user.last()!.text).toBe("Какая группа инвалидности?");
    await answer(user, "#II группа");
    expect(user.last()!.text).toBe("Причина инвалидности?");
    await answer(user, "#Общее заболевание (во взрослом возрасте)", "#Нет", "#Нет", "#Нет", "#Нет");
    const all = texts(user);
    expect(all.filter((m) => m === "Какая группа инвалидности?")).toHaveLength(1);
    const report = all.join("\n");
    expect(report).toContain("Член семьи №2: ребёнок с инвалидностью — 8 000 сом в месяц (размер с 01.01.2022).");
    expect(report).toContain("Член семьи №1: инвалидность от общего заболевания, II группа — 3 000 сом в месяц (размер на 31.01.2026).");
    expect(report).toContain("✅ Социальное пособие — 11 000 сом в месяц на вашу семью");
    expect(report).toContain("🟡 Выплата на личного помощника — 8 697,32 сом в месяц");
    expect(report).toContain("Сумма — 8 697,32 сом в месяц (размер с 01.02.2026).");
  });

  it("asks a child's survivor's pension, and tells a heroine mother under 55 when the benefit starts", async () => {
    const user = await t.userWithLanguage(5008, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "2", "0", "#👤 Ар бирин: жашы жана жынысы (тагыраак)", "52", "#Аял", "12", "#Уул", "#Жок", "#Жок");
    expect(user.last()!.text).toBe("Балдардын бирөөсү атасынан, энесинен же экөөнөн тең ажырадыбы?");
    await answer(user, "#Ооба");
    expect(user.last()!.text).toBe("Бирөөнөнбү же экөөнөн теңби?");
    await answer(user, "#Бирөөнөн (атасынан же энесинен)");
    expect(user.last()!.text).toBe("Бул бала багуучусунан ажыраганы үчүн пенсия алабы?");
    await answer(user, "#Ооба");
    expect(user.last()!.text).toBe("Үй-бүлөдө баатыр эне барбы?");
    await answer(user, "#Ооба", "#Жок", "#Жок");
    const report = texts(user).join("\n");
    expect(report).toContain("Үй-бүлөнүн 1-мүчөсү — баатыр эне: пенсияга укугу болбосо, социалдык жөлөкпул ага 55 жаштан тартып дайындалышы мүмкүн.");
    expect(report).toContain("Үй-бүлөнүн 2-мүчөсү пенсия алат");
  });

  it("asks how many at once, with a number for four or more, and notes an expected baby", async () => {
    const user = await t.userWithLanguage(5009, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0", "28", "#Женщина", "#Нет", "#Нет", "#Нет", "#Нет", "#🤰 Ждём ребёнка");
    expect(user.last()!.text).toBe("Сколько детей вы ждёте?");
    expect(user.last()!.buttons).toEqual([["Одного", "Двойню"], ["Тройню", "Четверых и больше"], ["⬅️ Назад"]]);
    await answer(user, "#Четверых и больше");
    expect(user.last()!.text).toBe("Сколько именно детей? Напишите число, например 4.");
    await answer(user, "12");
    expect(user.last()!.text).toBe("Напишите число цифрами, от 4 до 8, например 4.");
    await answer(user, "5");
    const report = texts(user).join("\n");
    expect(report).toContain("✅ «Балага сүйүнчү» — 250 000 сом один раз");
    expect(report).toContain("За один раз родилось детей: 5. Когда рождаются трое и больше, выплачивают по 50 000 сом на каждого, один раз (размер с 01.12.2019).");
    expect(report).toContain("🤰 Вы ждёте ребёнка: «Балага сүйүнчү» выплатят после рождения");
    expect(report).toContain("🟡 Пособие по беременности и родам — может быть положено");
  });

  it("asks a veteran living alone about his status, a page of buttons at a time, and gives today's compensation with its date", async () => {
    const user = await t.userWithLanguage(5060, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "15000", "62", "#Мужчина", "#Нет", "#Да");
    expect(user.last()!.text).toMatch(/^Есть ли у кого-то из взрослых в семье льготный статус/);
    await answer(user, "#Да");
    // Only one adult: no "who?"; the statuses come as buttons, six to a page.
    expect(user.last()!.text).toBe("Какой статус? Если их несколько, выберите один: компенсацию платят только по одному.");
    expect(user.last()!.buttons).toEqual([
      ["Участник войны 1941–1945"],
      ["Ветеран боевых действий"],
      ["Инвалид боевых действий"],
      ["Чернобылец, 1986–1987 годы"],
      ["Чернобылец с инвалидностью"],
      ["Вдова участника войны 1941–1945"],
      ["Ещё ▶"],
      ["⬅️ Назад"],
    ]);
    const before = user.messages().length;
    await answer(user, "#Инвалид боевых действий");
    const all = texts(user);
    const result = user.textsSince(before).join("\n");
    expect(result).toContain("✅ Компенсация взамен льгот — 10 000 сом в месяц на вашу семью");
    expect(result).toContain("✅ Денежная компенсация взамен льгот — положено\n💵 10 000 сом в месяц на вашу семью");
    expect(result).toContain("Член семьи №1: инвалид боевых действий на территории других государств — 10 000 сом в месяц (с 01.01.2025).");
    expect(result).toContain("Сумма для члена семьи №1 известна из одного источника");
    expect(result).toContain("Компенсацию платят вместе с пенсией");
    expect(result).toContain("📜 Основание: Постановление Правительства КР от 22 декабря 2009 года № 795");
    // Nothing that does not fit a man living alone on a pension.
    expect(all.some((m) => m.startsWith("Родился ли у вас ребёнок"))).toBe(false);
    expect(all.some((m) => m.startsWith("Есть ли в семье взрослый трудоспособного возраста"))).toBe(false);
    expect(result).not.toContain("111");
    expect(user.last()!.buttons.flat()).not.toContain("💼 Встать на учёт как ищущий работу");
    expect(t.fake.refused).toEqual([]);
  });

  it("pages on to a besieged-Leningrad resident in Kyrgyz, Back returns to the page before, and the 10 000 from 2025 is shown with its caveat", async () => {
    const user = await t.userWithLanguage(5061, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "1", "0", "99", "#Эркек", "#Жок", "#Ооба", "#Ооба", "#Дагы ▶");
    expect(user.last()!.buttons[0]).toEqual(["Курман болгон аскердин үй-бүлөсү"]);
    await user.click("⬅️ Артка");
    expect(user.last()!.buttons[0]).toEqual(["1941–45 согушунун катышуучусу"]);
    await answer(user, "#Дагы ▶", "#Дагы ▶");
    // The last page: no "more".
    expect(user.last()!.buttons.flat()).not.toContain("Дагы ▶");
    // Every status fits a phone's button: no label over 32 characters on any page.
    const labels = user.messages().filter((m) => m.text.startsWith("Кандай статус?")).flatMap((m) => m.buttons.flat());
    expect(labels.length).toBeGreaterThanOrEqual(18);
    for (const label of labels) expect([...label].length).toBeLessThanOrEqual(32);
    await answer(user, "#Курчоодогу Ленинграддын тургуну");
    const result = texts(user).join("\n");
    expect(result).toContain("✅ Жеңилдиктердин ордуна компенсация — үй-бүлөңүзгө айына 10 000 сом");
    expect(result).toContain("Үй-бүлөнүн 1-мүчөсү: «Ленинградды коргогондугу үчүн» медалы же «Курчоодогу Ленинграддын тургуну» белгиси менен сыйланган адам — айына 10 000 сом (01.01.2025-ж. тартып).");
    expect(result).toContain("бир гана булактан белгилүү");
  });

  it("asks a jobless adult whether he is registered and his insured months, and gives the unemployment benefit", async () => {
    const user = await t.userWithLanguage(5062, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0", "40", "#Мужчина", "#Нет", "#Нет", "#Нет");
    expect(user.last()!.text).toBe("Есть ли в семье взрослый трудоспособного возраста, у которого сейчас нет работы?");
    await answer(user, "#Да");
    expect(user.last()!.text).toBe("Этот человек зарегистрирован как безработный в службе занятости?");
    await answer(user, "#Да");
    expect(user.last()!.buttons).toEqual([["12 месяцев или больше"], ["Меньше 12 месяцев"], ["Не знаю"], ["⬅️ Назад"]]);
    await answer(user, "#12 месяцев или больше");
    const result = texts(user).join("\n");
    expect(result).toContain("✅ Пособие по безработице — не меньше 300 сом в месяц на вашу семью");
    expect(result).toContain("Член семьи №1 зарегистрирован как безработный");
    expect(result).toContain("каждый месяц отмечается в службе занятости");
    // Checked where it is paid: at the employment service.
    expect(result).toContain("Эта сумма известна из одного источника — проверьте её в районной службе занятости.");
    expect(result).toContain("⚠️ Часть сведений здесь не подтверждена — уточните в районной службе занятости.");
    expect(user.last()!.buttons.flat()).toContain("💼 Встать на учёт как ищущий работу");
  });

  it("tells a registered unemployed woman in Kyrgyz who does not know her insured months on what condition the benefit is shown", async () => {
    const user = await t.userWithLanguage(5063, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "1", "0", "35", "#Аял", "#Жок", "#Жок", "#Жок", "#Ооба", "#Ооба", "#Билбейм", "#Жок");
    const result = texts(user).join("\n");
    expect(result).toContain("✅ Жумушсуздук боюнча жөлөкпул — үй-бүлөңүзгө айына кеминде 300 сом");
    expect(result).toContain("📝 Стажды билген жоксуз");
  });

  it("tells a highland family in Kyrgyz on the quick path with a 2026 baby of the highland payment and «Бала ырысы»", async () => {
    const user = await t.userWithLanguage(5064, "ky");
    await user.click("💰 Жөлөкпулдар");
    await answer(user, "5", "3000", "#⚡ Тез: канча чоң киши жана бала", "3", "1", "1", "0", "#Жок", "#Жок", "#Жок", "#Жок", "#Жок");
    expect(user.last()!.text).toMatch(/бийик тоолуу/);
    await answer(user, "#Ооба", "#👶 Ооба, төрөлдү", "#Бирөө");
    const all = texts(user);
    expect(all.filter((m) => /бийик тоолуу/.test(m) && m.endsWith("?"))).toHaveLength(1);
    const result = all.join("\n");
    expect(result).toContain("🟡 Бийик тоолуу аймактарга көмөк — үй-бүлөңүзгө айына 3 000 сом");
    expect(result).toContain("✅ «Бала ырысы» — үй-бүлөңүзгө айына 1 200 сом");
    expect(result).toContain("«Үй-бүлөгө көмөк» менен бирге бул төлөм берилбейт");
    // Said in the summary too, so nobody adds the two up.
    expect(all.find((m) => m.startsWith("📋"))).toContain("ℹ️ «Үй-бүлөгө көмөк» жана бийик тоолуу аймактарга көмөк бирге берилбейт: үй-бүлө алардын бирин тандайт.");
  });

  it("offers to register as a jobseeker and to talk to a lawyer when the bot has those features", async () => {
    await t.close();
    const opened: string[] = [];
    const feature = (name: string): Flow => ({
      name,
      version: 1,
      menu: { labelKey: "menu-help", aboutKey: "menu-help-about" },
      async run(_conversation, ctx) {
        opened.push(name);
        await ctx.reply(name);
      },
    });
    t = await TestBot.start({ clock, flows: [benefitsFlow, feature("jobs"), feature("legal-aid")] });
    const user = await t.userWithLanguage(5010, "ru");
    await user.click("💰 Пособия");
    await answer(user, "1", "0", "30", "#Мужчина", "#Нет", "#Нет", "#Нет", "#Да", "#Нет");
    expect(user.last()!.buttons).toEqual([["💼 Встать на учёт как ищущий работу"], ["⚖️ Поговорить с юристом"], ["🕯 В семье кто-то умер"], ["🔁 Проверить ещё раз"]]);
    await user.click("💼 Встать на учёт как ищущий работу");
    expect(opened).toEqual(["jobs"]);
    expect(user.last()!.text).toBe("jobs");
  });
});
