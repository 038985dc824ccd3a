// Privacy: consent inside a flow, /mydata (and its JSON file), /deleteme,
// and /privacy, through the fake Bot API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { askConsent } from "../src/consent.ts";
import { waitForText, type Flow } from "../src/flow.ts";
import { grantRole } from "../src/services/roles.ts";
import { ManualClock } from "./support/clock.ts";
import { enterFlowByLink } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

const MENU_RU = "Главное меню. Какой раздел вам нужен?";
const MINUTE = 60_000;

/** Asks for consent to legal aid, then says what it got. */
const legalAid: Flow = {
  name: "legal_test",
  version: 1,
  async run(conversation, ctx) {
    const ok = await askConsent(conversation, ctx, "legal_aid");
    await ctx.reply(ok ? "consent: yes" : "consent: no");
  },
};

/** Asks for consent to the jobs service, then for a name (so a flow can be left waiting). */
const jobs: Flow = {
  name: "jobs_test",
  version: 1,
  async run(conversation, ctx) {
    if (!(await askConsent(conversation, ctx, "jobs"))) {
      await ctx.reply("no jobs");
      return;
    }
    await ctx.reply("your name?");
    const { text } = await waitForText(conversation);
    await ctx.reply(`thanks, ${text}`);
  },
};

let t: TestBot;
let clock: ManualClock;
let adilet: string;
beforeEach(async () => {
  clock = new ManualClock("2026-03-05T08:30:00Z"); // 14:30 in Bishkek
  t = await TestBot.start({ clock, flows: [legalAid, jobs], startPayloads: enterFlowByLink });
  const clinic = await t.db.clinic.create({ data: { nameKy: "Адилет клиникасы", nameRu: "Клиника Адилет" } });
  adilet = `clinic:${clinic.id}`;
});
afterEach(async () => {
  await t.close();
});

const iso = (date: Date) => date.toISOString();

describe("consent inside a flow", () => {
  it("records 'yes' with the service clock's time, once: the next time the flow goes straight on", async () => {
    const user = await t.userWithLanguage(7101, "ru");
    await user.send("/start flow_legal_test");
    const question = user.last()!;
    expect(question.text).toMatch(/^Чтобы записать вас на консультацию, нам нужны ваше имя, номер телефона и то, что вы написали о ситуации\./);
    expect(question.text).toMatch(/Вы согласны\?$/);
    expect(question.buttons).toEqual([["✅ Согласен(на)"], ["Нет, не согласен(на)"]]);
    expect(await t.db.consent.count()).toBe(0);

    clock.advance(5 * MINUTE);
    const update = await user.click("✅ Согласен(на)");
    expect(t.fake.answersTo(update)).toHaveLength(1);
    expect(question.text).toMatch(/Вы согласны\?\n\n✅ Спасибо, согласие записано\. Отозвать его можно в любой момент командой \/deleteme — она удалит все ваши данные в боте\.$/);
    expect(question.buttons).toEqual([]);
    expect(user.last()!.text).toBe("consent: yes");
    expect(await t.db.consent.findMany()).toEqual([{ userId: 7101n, purpose: "legal_aid", grantedAt: clock.now() }]);

    const before = user.messages().length;
    await user.send("/start flow_legal_test");
    expect(user.textsSince(before)).toEqual(["consent: yes"]);
    expect(await t.db.consent.count()).toBe(1);
  });

  it("records nothing on 'no', and asks again next time", async () => {
    const user = await t.userWithLanguage(7102, "ky");
    await user.send("/start flow_legal_test");
    const question = user.last()!;
    expect(question.buttons).toEqual([["✅ Макулмун"], ["Жок, макул эмесмин"]]);
    await user.click("Жок, макул эмесмин");
    expect(question.text).toMatch(/\n\nМакул, жеке маалыматыңызды сактабайбыз\.$/);
    expect(user.last()!.text).toBe("consent: no");
    expect(await t.db.consent.count()).toBe(0);
    await user.send("/start flow_legal_test");
    expect(user.last()!.buttons).toEqual([["✅ Макулмун"], ["Жок, макул эмесмин"]]);
  });

  it("counts only the buttons of the question asked: an old question for another purpose records nothing", async () => {
    const user = await t.userWithLanguage(7104, "ru");
    await user.send("/start flow_jobs_test");
    const jobsQuestion = user.last()!;
    await user.send("/cancel");
    await user.send("/start flow_legal_test");
    expect(user.last()!.text).toMatch(/^Чтобы записать вас на консультацию/);
    // The legal-aid question waits; "yes" is pressed on the old jobs question instead.
    const jobsYes = jobsQuestion.replyMarkup as { inline_keyboard: { callback_data: string }[][] };
    await user.clickData(jobsYes.inline_keyboard[0]![0]!.callback_data, jobsQuestion);
    expect(await t.db.consent.count()).toBe(0);
    expect(user.last()!.text).toBe("Пожалуйста, ответьте кнопкой: согласны ли вы, чтобы мы сохранили эти данные?");
    await user.click("✅ Согласен(на)");
    expect(await t.db.consent.findMany({ select: { purpose: true } })).toEqual([{ purpose: "legal_aid" }]);
  });

  it("asks politely for a button when the person types, sends a sticker or presses an old button", async () => {
    const user = await t.userWithLanguage(7103, "ru");
    await user.send("/start flow_jobs_test");
    expect(user.last()!.text).toMatch(/^Чтобы подобрать вам вакансии/);
    const pleaseChoose = "Пожалуйста, ответьте кнопкой: согласны ли вы, чтобы мы сохранили эти данные?";
    await user.send("да, конечно");
    expect(user.last()!.text).toBe(pleaseChoose);
    expect(user.last()!.buttons).toEqual([["✅ Согласен(на)"], ["Нет, не согласен(на)"]]);
    await user.sendSticker();
    expect(user.last()!.text).toBe(pleaseChoose);
    const stale = await user.clickData("old:button");
    expect(t.fake.answersTo(stale)).toHaveLength(1);
    expect(user.last()!.text).toBe(pleaseChoose);
    expect(await t.db.consent.count()).toBe(0);

    await user.click("✅ Согласен(на)"); // on the newest re-ask
    expect(user.last()!.text).toBe("your name?");
    expect(await t.db.consent.findMany()).toEqual([{ userId: 7103n, purpose: "jobs", grantedAt: clock.now() }]);
    await user.send("Асель");
    expect(user.last()!.text).toBe("thanks, Асель");
    expect(t.fake.refused).toEqual([]);
  });
});

describe("/mydata", () => {
  it("lists the profile of someone who has only chosen a language", async () => {
    const user = await t.userWithLanguage(7110, "ru");
    await user.send("/mydata");
    expect(user.last()!.text).toBe(
      [
        "📂 Что бот хранит о вас",
        "",
        "👤 Профиль",
        "• ID в Telegram: 7110 — по нему бот вас узнаёт",
        "• Язык: Русский",
        "• Впервые написали: 05.03.2026 14:30",
        "• Последний раз писали: 05.03.2026 14:30",
        "",
        "/mydata JSON — получить всё это одним файлом",
        "/deleteme — удалить всё о себе",
        "/privacy — зачем и сколько это хранится",
      ].join("\n"),
    );
    expect(user.last()!.buttons.flat()).toContain("❓ Помощь");
  });

  it("lists consents, staff roles and a flow in progress, in Kyrgyz, and the flow goes on afterwards", async () => {
    const user = await t.userWithLanguage(7111, "ky");
    await grantRole(t.db, { userId: 7111n, role: "clinic_staff", scope: adilet, by: null, via: "cli", now: clock.now() });
    await user.send("/staff"); // staff are shown to admins by their Telegram name
    await user.send("/start flow_jobs_test");
    await user.click("✅ Макулмун");
    expect(user.last()!.text).toBe("your name?");

    await user.send("/mydata");
    const text = user.last()!.text;
    expect(text).toContain(
      [
        "👤 Профиль",
        "• Telegram’дагы ID: 7111 — бот сизди ушул боюнча тааныйт",
        "• Тил: Кыргызча",
        "• Биринчи жолу жазган убакыт: 05.03.2026 14:30",
        "• Акыркы жолу жазган убакыт: 05.03.2026 14:30",
        "• Администраторлор көргөн ат: Айгүл",
      ].join("\n"),
    );
    expect(text).toMatch(/\n\n📝 Башталган аракет\n• Сакталган жооптор, акыркы өзгөртүү: \d\d\.\d\d\.\d{4} \d\d:\d\d\n\n/);
    expect(text).toContain("\n\n✅ Макулдуктар\n• Жумуш издөө: макулдук 05.03.2026 14:30 берилген\n\n");
    expect(text).toContain(
      "\n\n🧑‍💼 Кызматтагы иш\n• Роль: Юридикалык клиниканын кызматкери (Адилет клиникасы), берилген күнү: 05.03.2026\n• Ролдор журналында сиз жөнүндө жазуулар: 1\n\n",
    );
    // A flow is waiting: the reply reminds of it instead of showing the menu, and the answer still counts.
    expect(text).toMatch(/\/privacy — .*\n\nБашталган аракет сизди күтүп турат/);
    expect(user.last()!.buttons).toEqual([]);
    await user.send("Асель");
    expect(user.last()!.text).toBe("thanks, Асель");
  });

  it("sends everything as a JSON file with /mydata JSON", async () => {
    const user = await t.userWithLanguage(7112, "ru");
    await grantRole(t.db, { userId: 7112n, role: "clinic_staff", scope: adilet, by: null, via: "cli", now: clock.now() });
    await user.send("/start flow_legal_test");
    await user.click("✅ Согласен(на)");
    const now = iso(clock.now());

    await user.send("/mydata JSON");
    const file = user.last()!;
    expect(file.method).toBe("sendDocument");
    expect(file.text).toBe("Всё, что бот хранит о вас, одним файлом.");
    expect(file.document?.filename).toBe("komok-my-data.json");
    expect(JSON.parse(file.document!.content.toString("utf8"))).toEqual({
      telegramId: "7112",
      exportedAt: now,
      profile: { language: "ru", firstSeenAt: now, lastSeenAt: now, blockedAt: null, displayName: null },
      consents: [{ purpose: "legal_aid", grantedAt: now }],
      staff: {
        roles: [{ role: "clinic_staff", scope: adilet, grantedAt: now, grantedBy: null, grantedVia: "cli" }],
        invitesCreated: [],
        groupsLinked: [],
        auditEvents: [{ at: now, action: "role.grant", role: "clinic_staff", scope: adilet, actorId: null, subjectId: "7112" }],
      },
    });
    // Lower case works too, and another person's data is never in it.
    const other = await t.userWithLanguage(7113, "ru");
    await other.send("/mydata json");
    const theirs = JSON.parse(other.last()!.document!.content.toString("utf8")) as Record<string, unknown>;
    expect(theirs.telegramId).toBe("7113");
    expect(Object.keys(theirs)).toEqual(["telegramId", "exportedAt", "profile"]);
  });
});

describe("/deleteme", () => {
  async function someoneWithEverything(id: number) {
    const user = await t.userWithLanguage(id, "ru");
    await grantRole(t.db, { userId: BigInt(id), role: "clinic_staff", scope: adilet, by: null, via: "cli", now: clock.now() });
    await user.send("/start flow_jobs_test");
    await user.click("✅ Согласен(на)");
    expect(user.last()!.text).toBe("your name?"); // a flow in progress: StoredState holds it
    return user;
  }

  it("deletes the person's rows after a confirmation, counts them anonymously, and starts afresh", async () => {
    const user = await someoneWithEverything(7120);
    const bystander = await someoneWithEverything(7121);
    expect(await t.db.storedState.count({ where: { key: "7120" } })).toBe(1);
    expect(t.fake.commands.has("chat:7120:")).toBe(true);

    await user.send("/deleteme");
    const confirm = user.last()!;
    expect(confirm.text).toMatch(/^Удалить всё, что бот хранит о вас\?\n\nБудут удалены язык, даты обращений/);
    expect(confirm.buttons).toEqual([["🗑 Да, удалить всё"], ["Нет, оставить"]]);
    const yes = user.buttonIn(7120, "🗑 Да, удалить всё");
    expect(await t.db.user.count({ where: { id: 7120n } })).toBe(1); // nothing yet

    const update = await user.click("🗑 Да, удалить всё");
    expect(t.fake.answersTo(update)).toHaveLength(1);
    expect(confirm.buttons).toEqual([]);
    expect(user.last()!.text).toBe(
      "Готово: всё, что бот хранил о вас, удалено. Если захотите вернуться, напишите /start — начнём заново.",
    );
    expect(await t.db.user.findUnique({ where: { id: 7120n } })).toBeNull();
    expect(await t.db.storedState.count({ where: { key: "7120" } })).toBe(0);
    expect(await t.db.consent.count({ where: { userId: 7120n } })).toBe(0);
    expect(await t.db.roleGrant.count({ where: { userId: 7120n } })).toBe(0);
    // Their chat's own command list (their language, /staff) is gone too.
    expect(t.fake.commands.has("chat:7120:")).toBe(false);
    expect(await t.db.tally.findMany({ orderBy: { metric: "asc" } })).toEqual([
      { metric: "people.erased", day: "2026-03-05", count: 1 },
      { metric: "people.erased.first-seen", day: "2026-03-05", count: 1 },
    ]);
    // Who had access stays known: the revocation is in the audit trail.
    expect(await t.db.auditEvent.findMany({ where: { action: "role.revoke" } })).toMatchObject([
      { actorId: 7120n, subjectId: 7120n, role: "clinic_staff", scope: adilet, via: "self-delete" },
    ]);
    // Someone else's data is untouched.
    expect(await t.db.user.count({ where: { id: 7121n } })).toBe(1);
    expect(await t.db.consent.count({ where: { userId: 7121n } })).toBe(1);
    expect(await t.db.roleGrant.count({ where: { userId: 7121n } })).toBe(1);
    expect(await t.db.storedState.count({ where: { key: "7121" } })).toBe(1);
    await bystander.send("Бекзат");
    expect(bystander.last()!.text).toBe("thanks, Бекзат");

    // The flow that was waiting is gone with the rest: the next message starts afresh.
    clock.advance(MINUTE);
    await user.send("Асель");
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    await user.send("/start");
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");

    // The old confirmation pressed again deletes nothing more: first the language is asked…
    const replay = await user.clickData(yes.data, yes.message);
    expect(t.fake.answersTo(replay)).toHaveLength(1);
    expect(user.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    // …and once it is chosen, the button belongs to a record that no longer exists.
    await user.click("Русский");
    const replay2 = await user.clickData(yes.data, yes.message);
    expect(t.fake.answersTo(replay2)).toEqual([
      expect.objectContaining({ text: "Эта кнопка устарела. Я отправил новое меню." }),
    ]);
    expect(user.last()!.text).toBe(MENU_RU);
    expect(await t.db.user.findUnique({ where: { id: 7120n } })).toMatchObject({ language: "ru", firstSeenAt: clock.now() });
    expect(await t.db.tally.findFirst({ where: { metric: "people.erased" } })).toMatchObject({ count: 1 });
    await user.send("/mydata");
    expect(user.last()!.text).not.toContain("Согласия");
  });

  it("keeps everything when the person says no", async () => {
    const user = await someoneWithEverything(7122);
    await user.send("/deleteme");
    const confirm = user.last()!;
    await user.click("Нет, оставить");
    expect(confirm.text).toBe("Хорошо, ничего не удалено.");
    expect(user.last()!.text).toBe(MENU_RU);
    expect(await t.db.user.count({ where: { id: 7122n } })).toBe(1);
    expect(await t.db.consent.count({ where: { userId: 7122n } })).toBe(1);
    expect(await t.db.roleGrant.count({ where: { userId: 7122n } })).toBe(1);
    expect(await t.db.tally.count()).toBe(0);
  });

  it("counts each deletion on the day it happened", async () => {
    for (const id of [7123, 7124]) {
      const user = await t.userWithLanguage(id, "ky");
      await user.send("/deleteme");
      await user.click("🗑 Ооба, баарын өчүрүү");
      expect(user.last()!.text).toMatch(/^Даяр: бот сиз жөнүндө сактагандын баары өчүрүлдү\./);
    }
    clock.advance(24 * 60 * MINUTE);
    const late = await t.userWithLanguage(7125, "ru");
    await late.send("/deleteme");
    await late.click("🗑 Да, удалить всё");
    expect(await t.db.tally.findMany({ where: { metric: "people.erased" }, orderBy: { day: "asc" } })).toEqual([
      { metric: "people.erased", day: "2026-03-05", count: 2 },
      { metric: "people.erased", day: "2026-03-06", count: 1 },
    ]);
    expect(await t.db.user.count()).toBe(0);
  });

  it("refuses a made-up confirmation", async () => {
    const user = await t.userWithLanguage(7126, "ru");
    const update = await user.clickData("del:yes:12345");
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Эта кнопка устарела. Я отправил новое меню." })]);
    expect(await t.db.user.count({ where: { id: 7126n } })).toBe(1);
    expect(await t.db.tally.count()).toBe(0);
  });
});

describe("/privacy", () => {
  it("says per section what is kept, why and for how long, then the rights, with the menu", async () => {
    const user = await t.userWithLanguage(7130, "ky");
    await user.click("🔒 Купуялык");
    const text = user.last()!.text;
    const headings = [
      "🔒 Бот сиз жөнүндө эмнени, эмне үчүн жана канча убакыт сактайт",
      "👤 Профиль:",
      "📝 Башталган аракет:",
      "✅ Макулдуктар:",
      "🧑‍💼 Кызматкерлер үчүн гана:",
      "Башталган аракеттен тышкары билдирүүлөрүңүздү",
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/\/deleteme — өзүңүз жөнүндө баарын өчүрүү$/);
    expect(user.last()!.buttons.flat()).toContain("❓ Жардам");
    await user.send("/privacy");
    expect(user.last()!.text).toBe(text);
  });
});
