// Citizens check rumours; unknown ones go to the communications officers,
// whose answer reaches everyone who sent the same rumour.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Chat } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import { TUNING } from "../src/domain/factchecks/search.ts";
import { factIndex, importFactChecks } from "../src/services/factchecks.ts";
import { grantRole, revokeRole } from "../src/services/roles.ts";
import { linkGroup } from "../src/services/staff-groups.ts";
import { ButtonSigner } from "../src/signed-data.ts";
import { ManualClock } from "./support/clock.ts";
import { answer } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "factchecks", "fixture.jsonl"), "utf8");
let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z");
  t = await TestBot.start({ clock, rateLimit: false });
  await importFactChecks(t.db, FIXTURE, clock.now());
});
afterEach(async () => {
  await t.close();
});

const GARLIC_RU =
  "🔎 Похоже, об этом уже есть проверка:\n\n❌ ЛОЖЬ\n«Чеснок защищает от коронавируса»\n\nЧеснок полезен, но нет доказательств, что он защищает от COVID-19.\n\n📎 Источник: https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters\n🗓 проверено 20.11.2026, ВОЗ";

async function officerWithGroup(): Promise<{ officer: Awaited<ReturnType<TestBot["userWithLanguage"]>>; group: Chat }> {
  const officer = await t.userWithLanguage(7100, "ru");
  await grantRole(t.db, { userId: 7100n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
  const group = t.fake.group(-100_900, "Коммуникации");
  await linkGroup(t.db, { role: "comms_officer", scope: "", chatId: BigInt(group.id), title: "Коммуникации", language: "ru", by: 7100n, now: clock.now() });
  return { officer, group };
}

describe("checking a rumour", () => {
  it("finds it in Russian, shows verdict, explanation, source and date; 'this is it' offers a subscription", async () => {
    const user = await t.userWithLanguage(7001, "ru");
    await answer(user, "#🔎 Проверить слух");
    expect(user.last()!.text).toMatch(/^Напишите, что вы слышали, или перешлите/);
    await answer(user, "Правда, что чеснок защищает от коронавируса?");
    expect(user.last()!.text).toBe(GARLIC_RU);
    expect(user.last()!.buttons).toEqual([["✅ Да, об этом"], ["➡️ Нет, я о другом"], ["📤 Поделиться"]]);
    await answer(user, "#📤 Поделиться");
    expect(user.textsSince(user.messages().length - 2)).toEqual([
      "Перешлите следующее сообщение родным или в семейный чат: нажмите на него и выберите «Переслать».",
      "🔎 Проверка слуха (бот «Көмөк»)\n«Чеснок защищает от коронавируса»\n❌ ЛОЖЬ\n\nЧеснок полезен, но нет доказательств, что он защищает от COVID-19.\n\nИсточник: https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters (проверено 20.11.2026, ВОЗ)",
    ]);
    await user.clickIn(7001, "✅ Да, об этом");
    expect(user.last()!.text).toMatch(/^Рады, что помогли\. Хотите получать новые проверки/);
    await answer(user, "#🔔 Подписаться");
    expect(await t.db.subscription.findMany()).toEqual([expect.objectContaining({ userId: 7001n, topic: "covid" })]);
  });

  it("finds it in Kyrgyz, in Latin letters and with typos", async () => {
    const user = await t.userWithLanguage(7002, "ky");
    await answer(user, "#🔎 Ушакты текшерүү", "sarymsak koronavirustan korgoit dep ukтum");
    expect(user.last()!.text).toMatch(/^🔎 Бул тууралуу текшерүү бар окшойт:\n\n❌ ЖАЛГАН\n«Сарымсак коронавирустан коргойт»/);
    await answer(user, "/cancel", "#🔎 Ушакты текшерүү", "вышки 5ж распростроняют каронавирус");
    expect(user.last()!.text).toMatch(/«5G мунаралары коронавирусту таратат»/);
  });

  it("'not what I meant' shows the next one, then offers to send the rumour to the team", async () => {
    const user = await t.userWithLanguage(7003, "ru");
    await answer(user, "#🔎 Проверить слух", "чеснок и чесночная вода вылечивают и защищают от ковида");
    const first = user.last()!.text;
    await answer(user, "#➡️ Нет, я о другом");
    expect(user.last()!.text).toMatch(/^🔎 Может быть, об этом:/);
    expect(user.last()!.text).not.toBe(first);
    await answer(user, "#➡️ Нет, я о другом");
    expect(user.last()!.text).toBe("Больше похожих проверок нет. Отправить слух нашей команде? Когда его проверят, ответ придёт сюда.");
    await answer(user, "#Не нужно");
    expect(user.last()!.text).toMatch(/^Хорошо, ничего не отправлено/);
    expect(await t.db.rumour.count()).toBe(0);
  });

  it("asks politely for text when it gets a voice message or a sticker, and takes a photo's caption", async () => {
    const user = await t.userWithLanguage(7004, "ru");
    await answer(user, "#🔎 Проверить слух");
    await user.sendVoice();
    expect(user.last()!.text).toBe("Голосовые сообщения, стикеры и фото без подписи я пока не читаю. Напишите слух словами или перешлите сообщение с текстом.");
    await user.sendSticker();
    expect(user.last()!.text).toBe("Голосовые сообщения, стикеры и фото без подписи я пока не читаю. Напишите слух словами или перешлите сообщение с текстом.");
    await user.send("?!");
    expect(user.last()!.text).toMatch(/^Напишите слух подробнее/);
    await user.sendPhoto("Чеснок защищает от коронавируса!!!");
    expect(user.last()!.text).toBe(GARLIC_RU);
  });

  it("answers each claim of a forward that carries two, then 'not what I meant' walks through the other candidates", async () => {
    const user = await t.userWithLanguage(7006, "ru");
    const before = user.messages().length;
    await user.sendForward("Перешлите всем! Чеснок защищает от коронавируса. А вышки 5G распространяют коронавирус, их ставят по ночам.");
    const texts = user.textsSince(before);
    expect(texts[0]).toBe("🔎 В вашем сообщении несколько утверждений (2). Вот проверка каждого:");
    expect(texts[1]).toMatch(/^❌ ЛОЖЬ\n«Чеснок защищает от коронавируса»/);
    expect(texts[2]).toMatch(/^❌ ЛОЖЬ\n«Вышки 5G распространяют коронавирус»/);
    expect(user.messages().slice(before + 1, before + 3).map((m) => m.buttons)).toEqual([[["📤 Поделиться"]], [["📤 Поделиться"]]]);
    expect(user.last()!.text).toBe("Это то, о чём вы спрашивали?");
    await answer(user, "#➡️ Нет, я о другом");
    // The candidate not shown yet: the other garlic claim.
    expect(user.last()!.text).toMatch(/^🔎 Может быть, об этом:\n\n❌ ЛОЖЬ\n«Чесночная вода вылечивает ковид»/);
    await answer(user, "#➡️ Нет, я о другом");
    expect(user.last()!.text).toMatch(/^Больше похожих проверок нет\. Отправить слух нашей команде\?/);
  });

  it("asks 'did you mean' when it is not sure; the pick answers, and an officer confirms it so the search learns it", async () => {
    const user = await t.userWithLanguage(7007, "ru");
    await answer(user, "#🔎 Проверить слух", "правда что вода с чесноком помогает");
    expect(user.last()!.text).toBe(
      "🤔 Я не уверен, что понял. Вы имели в виду одно из этих утверждений? Выберите — я покажу проверку.\n\n1. ❌ ЛОЖЬ Чесночная вода вылечивает ковид\n2. ❌ ЛОЖЬ Чеснок защищает от коронавируса",
    );
    expect(user.last()!.buttons).toEqual([["1. Чесночная вода вылечивает ковид"], ["2. Чеснок защищает от коронавируса"], ["❌ Нет, ничего из этого"]]);
    await answer(user, "#1. Чесночная вода вылечивает ковид");
    expect(user.textsSince(user.messages().length - 2)[0]).toMatch(/^❌ ЛОЖЬ\n«Чесночная вода вылечивает ковид»\n\nЧесночная вода не лечит COVID-19/);
    expect(user.last()!.text).toMatch(/^Рады, что помогли/);
    expect(await t.db.factCheckPick.findMany()).toEqual([expect.objectContaining({ userId: 7007n, factCheckId: "garlic-water", text: "правда что вода с чесноком помогает", status: "pending" })]);
    // The pick alone changes nothing: the same message is still only "possible".
    expect((await factIndex(t.db)).search("правда что вода с чесноком помогает")[0]).toMatchObject({ id: "garlic-water", band: "possible" });
    // The person sees the pick in /mydata.
    await user.send("/mydata");
    expect(user.last()!.text).toContain("(garlic-water): «правда что вода с чесноком помогает»");

    const officer = await t.userWithLanguage(7100, "ru");
    await grantRole(t.db, { userId: 7100n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await answer(officer, "/staff", "#🤔 Выбор граждан «Вы имели в виду»");
    expect(officer.textsSince(officer.messages().length - 2)).toEqual([
      "🤔 Граждане сами выбрали проверку из предложенных (ждут подтверждения: 1). Подтвердите верный выбор — и бот сразу будет узнавать такие сообщения. Неверный отклоните: поиск не изменится.",
      "#1 · 23.11.2026\nСообщение: «правда что вода с чесноком помогает»\nВыбрана проверка garlic-water: Чесночная вода вылечивает ковид",
    ]);
    expect(officer.last()!.buttons).toEqual([["✅ Верно", "✖️ Неверно"]]);
    const pickMessage = officer.last()!;
    const confirmData = (pickMessage.replyMarkup as { inline_keyboard: { callback_data?: string }[][] }).inline_keyboard[0]![0]!.callback_data!;
    await officer.click("✅ Верно");
    expect(officer.last()!.text).toBe("✅ Выбор #1 подтверждён: бот теперь узнаёт такое сообщение как проверку garlic-water.");
    expect(await t.db.factCheckPick.findFirstOrThrow()).toMatchObject({ status: "confirmed", text: "", decidedBy: 7100n });
    expect(JSON.parse((await t.db.factCheck.findUniqueOrThrow({ where: { id: "garlic-water" } })).phrasings)).toContain("правда что вода с чесноком помогает");
    expect((await factIndex(t.db)).search("правда что вода с чесноком помогает")[0]).toMatchObject({ id: "garlic-water", band: "sure" });
    // A second press on the same pick changes nothing.
    const again = await officer.clickData(confirmData, pickMessage);
    expect(t.fake.answersTo(again)).toEqual([expect.objectContaining({ text: "Этот выбор уже разобран.", showAlert: true })]);
  });

  it("'none of these' offers to send the rumour to the team; a citizen cannot confirm picks", async () => {
    const user = await t.userWithLanguage(7008, "ru");
    await answer(user, "#🔎 Проверить слух", "чесночок помогает?");
    expect(user.last()!.buttons).toEqual([["1. Чеснок защищает от коронавируса"], ["2. Чесночная вода вылечивает ковид"], ["❌ Нет, ничего из этого"]]);
    await answer(user, "#❌ Нет, ничего из этого");
    expect(user.last()!.text).toBe("Больше похожих проверок нет. Отправить слух нашей команде? Когда его проверят, ответ придёт сюда.");
    expect(await t.db.factCheckPick.count()).toBe(0);
    const forged = await user.clickData("fp:c.1");
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ showAlert: true })]);
  });

  it("checks a message forwarded to the bot outside any conversation", async () => {
    const user = await t.userWithLanguage(7005, "ru");
    await user.sendForward("Срочно перешлите всем! Врачи молчат, но чеснок защищает от коронавируса лучше любой маски. Берегите себя и близких!");
    expect(user.last()!.text).toBe(GARLIC_RU);
  });
});

describe("the search index", () => {
  it("is built once for many people checking at the same moment, and again after a fact-check changes", async () => {
    let reads = 0;
    const findMany = t.db.factCheck.findMany.bind(t.db.factCheck);
    t.db.factCheck.findMany = ((args: Parameters<typeof findMany>[0]) => (reads++, findMany(args))) as typeof findMany;
    const first = await Promise.all(Array.from({ length: 40 }, () => factIndex(t.db)));
    expect(new Set(first).size).toBe(1);
    expect(reads).toBe(1);
    expect(await factIndex(t.db)).toBe(first[0]);
    await importFactChecks(t.db, FIXTURE.split("\n")[0]!.replace("Чеснок", "Лук"), clock.now());
    const second = await Promise.all(Array.from({ length: 40 }, () => factIndex(t.db)));
    expect(new Set(second).size).toBe(1);
    expect(second[0]).not.toBe(first[0]);
    expect(reads).toBe(2);
  });
});

describe("a rumour nobody has checked", () => {
  it("goes to the officers' group once; a second asker joins it; linking a fact-check tells both in their language", async () => {
    const { officer, group } = await officerWithGroup();
    const first = await t.userWithLanguage(7010, "ru");
    await answer(first, "#🔎 Проверить слух", "Говорят, что водка с перцем убивает коронавирус");
    expect(first.last()!.text).toBe("Проверенной информации об этом у нас пока нет. Отправить слух нашей команде? Когда его проверят, ответ придёт сюда.");
    await answer(first, "#📨 Отправить команде");
    expect(first.last()!.text).toBe("📨 Отправлено. Мы ответим здесь, когда команда проверит слух.");
    const inGroup = () => t.fake.messagesIn(group.id);
    expect(inGroup().map((m) => m.text)).toEqual(["🆕 Слух #1 в очереди (прислали: 1)\n«Говорят, что водка с перцем убивает коронавирус»"]);

    const second = await t.userWithLanguage(7011, "ky");
    await answer(second, "#🔎 Ушакты текшерүү", "vodka s percem ubivaet koronavirus", "#📨 Командага жөнөтүү");
    expect(second.last()!.text).toBe("📨 Жөнөтүлдү. Команда ушакты текшергенде ушул жерге жооп беребиз.\nБул тууралуу дагы 1 адам сураган — жоопту баары алат.");
    expect(inGroup()).toHaveLength(1); // the same group of rumours: no second notice
    expect(await t.db.rumourAsker.count({ where: { rumourId: 1 } })).toBe(2);

    // A citizen cannot press the officers' button, even with data signed for their chat.
    const forged = await first.clickData(new ButtonSigner(t.fake.token).sign(7010, "fq:d.1"));
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ text: "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.", showAlert: true })]);

    // The officer writes a new fact-check from the group: the link opens the private chat.
    await officer.clickIn(group.id, "✍️ Написать новую");
    expect(inGroup().at(-1)!.text).toBe("Новую проверку для слуха #1 удобнее написать в личном чате с ботом:");
    await officer.send("/start fcw_1");
    expect(officer.last()!.text).toMatch(/^Утверждение на русском/);
    expect(officer.textsSince(officer.messages().length - 2)[0]).toMatch(/^✍️ Новая проверка для слуха #1 \(прислали: 2\):\n«Говорят, что водка с перцем убивает коронавирус»/);
    await answer(
      officer,
      "Водка с перцем убивает коронавирус",
      "Перец кошулган арак коронавирусту өлтүрөт",
      "#❌ ЛОЖЬ",
      "Алкоголь не защищает от COVID-19 и не лечит его, а вредит здоровью. При симптомах обратитесь к врачу.",
      "короче",
    );
    expect(officer.last()!.text).toBe("Нужно от 20 до 1500 символов, сейчас 6.");
    await answer(officer, "Арак COVID-19дан коргобойт жана дарылабайт, ден соолукка зыян. Белгилер болсо дарыгерге кайрылыңыз.", "who.int", "https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters", "ВОЗ", "#Пропустить ➡️");
    expect(officer.last()!.text).toMatch(/^👀 Так проверку увидят граждане:\n\n❌ ЖАЛГАН\n«Перец кошулган арак коронавирусту өлтүрөт»/);
    await answer(officer, "#✅ Опубликовать");
    expect(officer.last()!.text).toMatch(/^✅ Проверка fc-[0-9a-z]+ опубликована\. Ответ получили: 2\.$/);
    expect(first.last()!.text).toMatch(/^📬 Мы проверили слух, который вы присылали:\n\n❌ ЛОЖЬ\n«Водка с перцем убивает коронавирус»/);
    expect(second.last()!.text).toMatch(/^📬 Сиз жөнөткөн ушакты текшердик:\n\n❌ ЖАЛГАН\n«Перец кошулган арак коронавирусту өлтүрөт»/);
    expect(await t.db.rumour.findFirstOrThrow()).toMatchObject({ status: "linked", decidedBy: 7100n });
    // The rumour's askers' texts are not kept once answered; the new fact-check is found from now on.
    expect((await t.db.rumourAsker.findMany()).map((a) => a.text)).toEqual(["", ""]);
    await answer(first, "#🔎 Проверить слух", "водка с перцем от коронавируса");
    expect(first.last()!.text).toMatch(/«Водка с перцем убивает коронавирус»/);
    // The group's buttons on the old notice now say it was handled.
    const stale = await officer.clickIn(group.id, "🚫 Не утверждение");
    expect(t.fake.answersTo(stale)).toEqual([expect.objectContaining({ text: "Этот слух уже разобран.", showAlert: true })]);
  });

  it("an officer links a queued rumour to an existing fact-check, or dismisses one as not a claim", async () => {
    const officer = await t.userWithLanguage(7100, "ru");
    await grantRole(t.db, { userId: 7100n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const user = await t.userWithLanguage(7020, "ru");
    // "Did you mean" garlic protects? The person means something else and sends it to the team.
    await answer(user, "#🔎 Проверить слух", "Бабушка говорит: чесночный сок в нос — и никакой заразы", "#❌ Нет, ничего из этого", "#📨 Отправить команде");
    expect(officer.last()!.text).toBe("🆕 Слух #1 в очереди (прислали: 1)\n«Бабушка говорит: чесночный сок в нос — и никакой заразы»");
    await officer.click("🔗 Есть проверка");
    expect(officer.last()!.text).toBe("Какая проверка отвечает на слух #1? Ответ сразу получат все, кто его прислал.");
    expect(officer.last()!.buttons.flat()).toContain("❌ ЛОЖЬ Чеснок защищает от коронавируса");
    await officer.click("❌ ЛОЖЬ Чеснок защищает от коронавируса");
    expect(officer.last()!.text).toBe("🔗 Слух #1 связан с проверкой garlic-cures. Ответ получили: 1.");
    expect(user.last()!.text).toMatch(/^📬 Мы проверили слух, который вы присылали:\n\n❌ ЛОЖЬ\n«Чеснок защищает от коронавируса»/);
    // The rumour is now a phrasing of that fact-check: the next person gets the answer at once.
    const next = await t.userWithLanguage(7021, "ru");
    await answer(next, "#🔎 Проверить слух", "бабушка говорит чесночный сок в нос и никакой заразы");
    expect(next.last()!.text).toMatch(/^🔎 Похоже, об этом уже есть проверка:\n\n❌ ЛОЖЬ\n«Чеснок защищает от коронавируса»/);

    await answer(user, "#🔎 Проверить слух", "Всем привет, как дела у вас сегодня", "#📨 Отправить команде");
    await officer.send("/staff");
    await officer.click("🧾 Очередь слухов");
    expect(officer.last()!.text).toBe("🧾 Слухи без ответа (первые 1, сначала самые частые):\n\n#2 · прислали 1 · «Всем привет, как дела у вас сегодня»");
    await officer.click("#2");
    await officer.click("🚫 Не утверждение");
    expect(officer.last()!.text).toBe("🚫 Слух #2 убран из очереди как не утверждение. Сообщили приславшим: 1.");
    expect(user.last()!.text).toMatch(/^Наша команда посмотрела сообщение/);
    await officer.send("/staff");
    await officer.click("🧾 Очередь слухов");
    expect(officer.last()!.text).toBe("Очередь пуста: все присланные слухи разобраны.");
  });
});

describe("officers' fact-checks", () => {
  it("an officer edits one field of a fact-check in the bot (found by words of its claim); a citizen cannot open the conversation", async () => {
    const officer = await t.userWithLanguage(7100, "ru");
    await grantRole(t.db, { userId: 7100n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    clock.set("2026-11-24T06:00:00Z");
    await officer.send("/staff");
    await answer(officer, "#✏️ Изменить проверку", "чеснок");
    expect(officer.last()!.text).toBe("Выберите проверку:");
    expect(officer.last()!.buttons.flat()).toContain("❌ ЛОЖЬ Чеснок защищает от коронавируса");
    await answer(officer, "#❌ ЛОЖЬ Чеснок защищает от коронавируса", "#Вердикт", "#⚠️ ВВОДИТ В ЗАБЛУЖДЕНИЕ");
    expect(officer.last()!.text).toMatch(/^👀 Так проверку увидят граждане:\n\n⚠️ АДАШТЫРАТ\n«Сарымсак коронавирустан коргойт»[\s\S]*— — —\n\n⚠️ ВВОДИТ В ЗАБЛУЖДЕНИЕ\n«Чеснок защищает от коронавируса»/);
    await answer(officer, "#✅ Сохранить");
    expect(officer.last()!.text).toBe("✅ Проверка garlic-cures обновлена; дата проверки — сегодня.");
    const row = await t.db.factCheck.findUniqueOrThrow({ where: { id: "garlic-cures" } });
    expect(row).toMatchObject({ verdict: "misleading", editedBy: 7100n, claimRu: "Чеснок защищает от коронавируса" });
    expect(row.reviewedAt.toISOString().slice(0, 10)).toBe("2026-11-24");
    // "Write a new one" on a rumour in the officer's own chat opens the conversation right there.
    const user = await t.userWithLanguage(7102, "ru");
    await answer(user, "#🔎 Проверить слух", "Говорят, что барсучий жир вылечивает ковид за два дня", "#📨 Отправить команде");
    await officer.click("✍️ Написать новую");
    expect(officer.textsSince(officer.messages().length - 2)).toEqual([
      "✍️ Новая проверка для слуха #1 (прислали: 1):\n«Говорят, что барсучий жир вылечивает ковид за два дня»\n\nПосле публикации ответ получат все, кто его прислал. Вернуться — «⬅️ Назад», прервать — /cancel.",
      "Утверждение на русском — так, как его пересказывают люди (5–300 символов):",
    ]);
    // A citizen who forges the staff entry gets a refusal, not the conversation.
    const forged = await user.clickData("fw:new");
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ text: "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.", showAlert: true })]);
    const citizen = await t.userWithLanguage(7101, "ru");
    await citizen.send("/start fcw_1");
    expect(citizen.last()!.text).toBe("Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.");
  });
});

describe("the longest fact-check", () => {
  it("is previewed in parts within Telegram's limit, and published; a link over 500 characters is re-asked", async () => {
    const officer = await t.userWithLanguage(7110, "ru");
    await grantRole(t.db, { userId: 7110n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await officer.clickData("fw:new");
    const fill = (word: string, max: number) => `${word} `.repeat(Math.floor(max / (word.length + 1))).trim();
    await answer(officer, fill("Утверждение", 300), fill("Ырастоо", 300), "#❌ ЛОЖЬ", fill("Объяснение", 1500), fill("Түшүндүрмө", 1500));
    await answer(officer, `https://www.who.int/${"a".repeat(600)}`);
    expect(officer.last()!.text).toBe("Ссылка слишком длинная: нужно не больше 500 символов. Пришлите ссылку короче, например на саму страницу без лишних параметров.");
    await answer(officer, `https://www.who.int/${"a".repeat(450)}`, fill("Специалист", 100), "#Пропустить ➡️");
    const preview = officer.messages().slice(-3).map((m) => m.text);
    for (const part of preview) expect([...part].length).toBeLessThanOrEqual(4096);
    expect(officer.last()!.buttons[0]).toEqual(["✅ Опубликовать"]);
    await answer(officer, "#✅ Опубликовать");
    expect(officer.last()!.text).toMatch(/^✅ Проверка fc-[0-9a-z]+ опубликована/);
    expect(t.fake.refused).toEqual([]);
  });
});

describe("a role revoked during a staff conversation", () => {
  it("an officer revoked while writing a fact-check publishes nothing", async () => {
    const officer = await t.userWithLanguage(7120, "ru");
    await grantRole(t.db, { userId: 7120n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const before = await t.db.factCheck.count();
    await officer.clickData("fw:new");
    await answer(officer, "Водка с перцем убивает коронавирус", "Перец кошулган арак коронавирусту өлтүрөт", "#❌ ЛОЖЬ", "Алкоголь не защищает от COVID-19 и не лечит его, а вредит здоровью.", "Арак COVID-19дан коргобойт жана дарылабайт, ден соолукка зыян.", "https://www.who.int/", "ВОЗ", "#Пропустить ➡️");
    await revokeRole(t.db, { userId: 7120n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await answer(officer, "#✅ Опубликовать");
    expect(officer.last()!.text).toBe("⛔ Пока вы заполняли форму, вашу роль сотрудника отозвали: ничего не сохранено и не отправлено.");
    expect(await t.db.factCheck.count()).toBe(before);
  });
});

describe("subscriptions", () => {
  it("/subscribe and /unsubscribe, and STOP, СТОП or ТОКТОТ typed alone", async () => {
    const user = await t.userWithLanguage(7030, "ru");
    await user.send("/subscribe");
    expect(user.last()!.text).toMatch(/^🔔 Готово: новые проверки слухов/);
    // Other topics of verified messages with buttons under the answer.
    expect(user.last()!.buttons).toEqual([["✅ проверки слухов о COVID-19"], ["➕ пособия"], ["➕ работа"], ["➕ юридическая помощь"]]);
    await user.click("➕ работа");
    expect(user.last()!.buttons[2]).toEqual(["✅ работа"]);
    expect((await t.db.subscription.findMany({ orderBy: { topic: "asc" } })).map((s) => s.topic)).toEqual(["covid", "jobs"]);
    await user.send("/subscribe");
    expect(user.last()!.text).toMatch(/^Вы уже подписаны/);
    await user.send("СТОП");
    expect(user.last()!.text).toBe("🔕 Вы отписались: рассылок больше не будет. Подписаться снова: /subscribe.");
    expect(await t.db.subscription.count()).toBe(0);
    await user.send("/unsubscribe");
    expect(user.last()!.text).toBe("Вы не подписаны на рассылку. Подписаться: /subscribe.");
    const ky = await t.userWithLanguage(7031, "ky");
    await ky.send("/subscribe");
    await ky.send("Токтот");
    expect(ky.last()!.text).toMatch(/^🔕 Жазылуудан баш тарттыңыз/);
    expect(await t.db.subscription.count()).toBe(0);
  });

  it("STOP typed inside a guided conversation unsubscribes, ends the conversation and says so, in the person's language", async () => {
    const user = await t.userWithLanguage(7032, "ru");
    await user.send("/subscribe");
    await answer(user, "#💰 Пособия", "3");
    expect(user.last()!.text).toMatch(/^Какой общий доход/);
    const before = user.messages().length;
    await user.send("стоп!");
    expect(user.textsSince(before)).toEqual([
      "Текущий разговор завершён, введённые ответы не сохранены.",
      "🔕 Вы отписались: рассылок больше не будет. Подписаться снова: /subscribe.",
    ]);
    expect(await t.db.subscription.count()).toBe(0);
    // The conversation is over: a number now is not taken as its answer.
    await user.send("5000");
    expect(user.last()!.text).not.toMatch(/^Как указать членов семьи/);
    const ky = await t.userWithLanguage(7033, "ky");
    await answer(ky, "#🔎 Ушакты текшерүү");
    await ky.send("ТОКТОТ");
    expect(ky.textsSince(ky.messages().length - 2)).toEqual([
      "Учурдагы баарлашуу токтотулду, берген жоопторуңуз сакталган жок.",
      "Сиз жазылган эмессиз. Жазылуу: /subscribe.",
    ]);
  });

  it("/deleteme leaves none of the person's words: not in a decided rumour, not in a queued broadcast, not in the database file's free pages", async () => {
    const user = await t.userWithLanguage(7046, "ru");
    const words = "Говорят, что водка с перцем убивает коронавирус, так сказала Жылдызкан Султанбекова";
    await answer(user, "#🔎 Проверить слух", words, "#📨 Отправить команде");
    const rumour = await t.db.rumour.findFirstOrThrow();
    // Dismissed by an officer: the group stays for the reports.
    await t.db.rumour.update({ where: { id: rumour.id }, data: { status: "dismissed", decidedAt: clock.now(), decidedBy: 1n } });
    const broadcast = await t.db.broadcast.create({ data: { textRu: "Проверенное сообщение", audience: "{}", status: "sending", authorId: 1n, createdAt: clock.now(), updatedAt: clock.now() } });
    await t.db.outbox.create({ data: { broadcastId: broadcast.id, chatId: 7046n, language: "ru", status: "queued", nextAt: clock.now() } });
    await user.send("/deleteme");
    await user.click(/^🗑/);
    expect((await t.db.rumour.findUniqueOrThrow({ where: { id: rumour.id } })).text).toBe("");
    expect(await t.db.outbox.count({ where: { chatId: 7046n } })).toBe(0);
    // Not in the file either (secure_delete, and the log checkpointed): read its bytes.
    const file = t.databaseUrl.replace(/^file:/, "");
    const needle = Buffer.from("Султанбекова", "utf8");
    for (const part of [file, `${file}-wal`]) {
      if (existsSync(part)) expect(readFileSync(part).includes(needle)).toBe(false);
    }
  });

  it("cuts a long rumour for the officers and in /mydata by characters, never through an emoji", async () => {
    const { group } = await officerWithGroup();
    const user = await t.userWithLanguage(7045, "ru");
    // Emoji placed where a cut by UTF-16 units would split them: at 198 (the /mydata cut) and 598 (the officers' notice).
    const start = "Говорят, что водка с перцем убивает коронавирус";
    const text = `${`${start} `.padEnd(198, "ы")}😷${" ".padEnd(598 - 200, "ы")}😷 конец`;
    await answer(user, "#🔎 Проверить слух", text, "#📨 Отправить команде");
    const notice = t.fake.messagesIn(group.id).at(-1)!.text;
    expect(notice).toMatch(/^🆕 Слух #1 в очереди \(прислали: 1\)\n«Говорят, что водка/);
    expect(notice).toMatch(/…»$/);
    await user.send("/mydata");
    expect(user.last()!.text).toContain("😷");
    expect(t.fake.refused).toEqual([]);
  });

  it("shows the subscription and the rumours sent in /mydata, and /deleteme removes them", async () => {
    const user = await t.userWithLanguage(7040, "ru");
    await user.send("/subscribe");
    await answer(user, "#🔎 Проверить слух", "Говорят, что водка с перцем убивает коронавирус", "#📨 Отправить команде");
    await user.send("/mydata");
    expect(user.messages().map((m) => m.text).join("\n")).toContain(
      "🔎 Проверка слухов и рассылки\n• Подписки на проверенные сообщения: проверки слухов о COVID-19\n• Слух отправлен 23.11.2026 12:00 (ждёт проверки): «Говорят, что водка с перцем убивает коронавирус»",
    );
    await user.send("/deleteme");
    await user.click(/^🗑/);
    expect(await t.db.subscription.count()).toBe(0);
    expect(await t.db.rumourAsker.count()).toBe(0);
    expect(await t.db.rumourKey.count()).toBe(0);
    expect(await t.db.rumour.count()).toBe(0);
  });
});

describe("CLI", () => {
  async function cli(args: string[], env: Record<string, string> = { DATABASE_URL: t.databaseUrl }) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { env, out: (l) => out.push(l), err: (l) => err.push(l), clock });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("imports JSON Lines (bad lines reported by number, the rest upserted by id), searches, exports and lists the queue", async () => {
    const file = path.join(t.dir, "more.jsonl");
    const good = JSON.parse(FIXTURE.split("\n")[0]!) as Record<string, unknown>;
    writeFileSync(
      file,
      [
        JSON.stringify({ ...good, verdict: "misleading" }), // an update of garlic-cures
        "{not json",
        JSON.stringify({ ...good, id: "Bad Id", verdict: "maybe" }),
        "",
        JSON.stringify({ ...good, id: "vitamin-c", claim: { ky: "С витамини ковидди айыктырат", ru: "Витамин С вылечивает ковид" } }),
      ].join("\n"),
    );
    const imported = await cli(["factchecks", "import", file]);
    expect(imported.code).toBe(0);
    expect(imported.out).toBe("Imported 2 fact-checks (1 new, 1 updated); 2 line(s) refused (above).");
    expect(imported.err.split("\n")).toEqual([expect.stringMatching(/^line 2: not valid JSON/), expect.stringMatching(/^line 3: id: lower-case letters.*; verdict: /)]);
    expect((await t.db.factCheck.findUniqueOrThrow({ where: { id: "garlic-cures" } })).verdict).toBe("misleading");

    const search = await cli(["factchecks", "search", "сарымсак коронавирустан коргойт", "--json"]);
    const result = JSON.parse(search.out) as { query: string; matches: { id: string; band: string; score: number }[] };
    expect(result.query).toBe("сарымсак коронавирустан коргойт");
    // The first is sure; the others (another garlic claim) only possible, and nothing below that is printed.
    expect(result.matches[0]).toEqual({ id: "garlic-cures", score: expect.closeTo(1, 1), band: "sure", verdict: "misleading" });
    expect(result.matches.slice(1).map((m) => m.band)).toEqual(result.matches.slice(1).map(() => "possible"));
    expect(result.matches.every((m) => m.score >= TUNING.possible)).toBe(true);
    expect(JSON.parse((await cli(["factchecks", "search", "где получить пособие", "--json"])).out)).toEqual({ query: "где получить пособие", matches: [] });

    const batch = path.join(t.dir, "queries.txt");
    writeFileSync(batch, "Чеснок защищает от коронавируса\nvitamin c vylechivaet kovid\nпогода завтра\n");
    const lines = (await cli(["factchecks", "search", "--batch", batch])).out.split("\n").map((l) => JSON.parse(l) as { query: string; matches: { id: string }[] });
    expect(lines.map((l) => [l.query, l.matches[0]?.id ?? null])).toEqual([
      ["Чеснок защищает от коронавируса", "garlic-cures"],
      ["vitamin c vylechivaet kovid", "vitamin-c"],
      ["погода завтра", null],
    ]);

    const exported = (await cli(["factchecks", "export"])).out.split("\n");
    expect(exported).toHaveLength(5);
    expect(JSON.parse(exported[0]!)).toMatchObject({ id: "5g-spreads", claim: { ru: "Вышки 5G распространяют коронавирус" }, publishedAt: "2020-04-10" });

    expect(JSON.parse((await cli(["factchecks", "queue", "--json"])).out)).toEqual([]);
    expect(await cli(["factchecks", "search"])).toMatchObject({ code: 2 });
  });

  it("creates and migrates the database when it is missing", async () => {
    const url = `file:${path.join(t.dir, "new", "facts.db")}`;
    const file = path.join(t.dir, "fixture.jsonl");
    writeFileSync(file, FIXTURE);
    expect(await cli(["factchecks", "import", file], { DATABASE_URL: url })).toMatchObject({ code: 0, out: "Imported 4 fact-checks (4 new, 0 updated)." });
    const found = await cli(["factchecks", "search", "5G вышки распространяют коронавирус", "--json", "--limit", "1"], { DATABASE_URL: url });
    expect(JSON.parse(found.out).matches).toEqual([{ id: "5g-spreads", score: 1, band: "sure", verdict: "false" }]);
  });
});
