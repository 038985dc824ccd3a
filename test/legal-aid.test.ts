// Legal aid as people use it: a citizen books a consultation (both languages,
// danger first, bad input re-asked, Back, a slot taken meanwhile), the clinic's
// staff confirm or decline, the citizen cancels or moves from /mybookings.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anonymizeOldBookings } from "../src/jobs/cleanup.ts";
import { noticeHandlers } from "../src/bot.ts";
import { escalateUnconfirmed, sendDigests, sendReminders } from "../src/jobs/legal-aid.ts";
import { deliverNotices } from "../src/jobs/notices.ts";
import { createLogger } from "../src/logger.ts";
import { projectRoot } from "../src/paths.ts";
import { createBooking } from "../src/services/bookings.ts";
import { importClinics, readClinicsFile, setShelters } from "../src/services/clinics.ts";
import { grantRole } from "../src/services/roles.ts";
import { linkGroup } from "../src/services/staff-groups.ts";
import { createInvite } from "../src/services/invites.ts";
import { ButtonSigner } from "../src/signed-data.ts";
import { ManualClock } from "./support/clock.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { answer } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let clock: ManualClock;
let jalalAbad: number; // one seat, Mon–Fri 09–17, lunch 13–14
let staff: FakeUser;

beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z"); // Monday 12:00 in Bishkek
  // (The clock stands still: the flood limit of 20 updates per 10 s would stop these long conversations.)
  t = await TestBot.start({ clock, rateLimit: false });
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics are invalid");
  await importClinics(t.db, read.clinics);
  jalalAbad = (await t.db.clinic.findUniqueOrThrow({ where: { key: "sample-jalal-abad" } })).id;
  staff = await t.userWithLanguage(9001, "ru");
  await grantRole(t.db, { userId: 9001n, role: "clinic_staff", scope: `clinic:${jalalAbad}`, by: null, via: "cli", now: clock.now() });
});
afterEach(async () => {
  await t.close();
});


const RU_TO_TIME = ["#⚖️ Юридическая помощь", "#💼 Работа, невыплата зарплаты", "Три месяца не платят зарплату", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00"];

describe("booking a legal-aid consultation", () => {
  it("takes a citizen through topic, clinic, day, time, contact and consent to a booking the clinic confirms", async () => {
    const user = await t.userWithLanguage(7001, "ru");
    await user.click("⚖️ Юридическая помощь");
    expect(user.last()!.text).toBe("По какому вопросу вам нужна помощь? Если вы в опасности прямо сейчас — нажмите верхнюю кнопку.");
    expect(user.last()!.buttons[0]).toEqual(["🆘 Я в опасности сейчас"]);
    await answer(user, "#💼 Работа, невыплата зарплаты");
    expect(user.last()!.text).toMatch(/^Коротко опишите ситуацию \(до 500 символов\)/);
    await answer(user, "Три месяца не платят зарплату", "#Джалал-Абадская область");
    // One clinic in the region: straight to the days.
    expect(user.last()!.text).toBe("Юридическая клиника Джалал-Абада (образец)\nВыберите день:");
    // Monday from 13:00 (an hour from now) … the horizon: weekdays only.
    expect(user.last()!.buttons.flat().slice(0, 3)).toEqual(["Пн, 23.11", "Вт, 24.11", "Ср, 25.11"]);
    await answer(user, "#Вт, 24.11");
    expect(user.last()!.buttons.flat()).toEqual(["09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "⬅️ Назад"]);
    await answer(user, "#10:00");
    expect(user.last()!.text).toMatch(/^Как с вами связаться\?/);
    expect(user.last()!.buttons).toEqual([["📱 Отправить мой номер"], ["⬅️ Назад"]]);
    await answer(user, "мой номер");
    expect(user.last()!.text).toMatch(/^Не получилось прочитать номер\./);
    await answer(user, "0700 123 456");
    expect(user.textsSince(user.messages().length - 2)[0]).toBe("📱 Номер: +996 700 123 456");
    await answer(user, "A1");
    expect(user.last()!.text).toBe("Напишите имя буквами, от 2 до 60 символов, например Айгүль.");
    await answer(user, "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS");
    expect(user.last()!.text).toMatch(/^Чтобы записать вас на консультацию/);
    await answer(user, "#✅ Согласен(на)");
    const summary = user.last()!.text;
    expect(summary).toContain("📂 Тема: 💼 Работа, невыплата зарплаты");
    expect(summary).toContain("🕒 Когда: вторник, 24.11.2026, 10:00");
    expect(summary).toContain("📱 Телефон: +996 700 123 456");
    await answer(user, "#✅ Записаться");
    const booked = user.last()!.text;
    expect(booked).toMatch(/^✅ Вы записаны! Номер записи: [A-Z2-9]{3}-[A-Z2-9]{3}\n🕒 вторник, 24\.11\.2026, 10:00/);
    expect(booked).toContain("Возьмите паспорт");
    const row = await t.db.booking.findFirstOrThrow({ where: { userId: 7001n } });
    expect(row).toMatchObject({ clinicId: jalalAbad, status: "pending", phone: "+996700123456", name: "Айгүль", sex: "female", contact: "call", topic: "labour", description: "Три месяца не платят зарплату", seat: 1 });
    expect(row.startsAt.toISOString()).toBe("2026-11-24T04:00:00.000Z");
    // 22 hours ahead: the 24 h reminder's time has passed, the 2 h one is due at 08:00 on Tuesday.
    expect((await t.db.reminder.findMany({ where: { bookingId: row.id } })).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([["2h", "2026-11-24T02:00:00.000Z"]]);
    // The clinic's staff member gets it, with the buttons.
    const notice = staff.last()!;
    expect(notice.text).toContain(`🆕 Новая запись ${row.ref}`);
    expect(notice.text).toContain("👤 Айгүль");
    expect(notice.text).toContain("📞 +996 700 123 456");
    expect(notice.buttons).toEqual([["✅ Подтвердить", "❌ Отказать"]]);
    await staff.click("✅ Подтвердить");
    expect(staff.last()!.text).toContain("Статус: подтверждена");
    expect(staff.last()!.buttons).toEqual([["✔️ Консультация прошла", "🚫 Не пришёл(ла)"], ["❌ Отказать"]]);
    expect(user.last()!.text).toMatch(/^✅ Клиника подтвердила вашу запись\. Ждём вас!/);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("confirmed");
    // Done, with the outcome, for the report: only once the visit has begun (before, it would free the seat).
    const early = await staff.click("✔️ Консультация прошла");
    expect(t.fake.answersTo(early)).toEqual([expect.objectContaining({ text: "Отметить можно после начала консультации (10:00).", showAlert: true })]);
    clock.set("2026-11-24T04:50:00Z");
    await staff.click("✔️ Консультация прошла");
    await staff.click("Дана консультация");
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "done", outcome: "advice", seat: null });
    expect(t.fake.refused).toEqual([]);
  });

  it("works in Kyrgyz with the contact button and the nearest clinic to a shared location, and hides the phone when calls are unsafe", async () => {
    const user = await t.userWithLanguage(7002, "ky");
    await answer(user, "#⚖️ Юридикалык жардам", "#🛡 Үй-бүлөлүк зомбулук");
    expect(user.textsSince(user.messages().length - 2)[0]).toMatch(/^🛡 Кеңеш купуя\./);
    await answer(user, "#Өткөрүп жиберүү ➡️", "#📍 Мага жакындары");
    expect(user.last()!.buttons).toEqual([["📍 Жайгашкан жеримди жөнөтүү"], ["⬅️ Артка"]]);
    await user.sendLocation(40.95, 72.98); // near Jalal-Abad
    expect(user.last()!.text).toBe("Клиниканы тандаңыз:");
    expect(user.last()!.buttons[0]![0]).toMatch(/^Жалал-Абад укуктук жардам клиникасы \(үлгү\) · ~\d км$/);
    await user.click(/^Жалал-Абад/);
    await answer(user, "#Шей, 24.11", "#11:00");
    await user.sendContact("996555111222");
    expect(user.textsSince(user.messages().length - 2)[0]).toBe("📱 Номер: +996 555 111 222");
    await answer(user, "Жаңыл", "#Көрсөткүм келбейт", "#💬 Жок, ушул жерде, Telegram аркылуу гана", "#✅ Макулмун");
    expect(user.last()!.text).toContain("🕒 Качан: 24.11.2026, шейшемби, саат 11:00");
    expect(user.last()!.text).toContain("📝 Кырдаал: жазылган жок");
    await answer(user, "#✅ Жазылуу");
    expect(user.last()!.text).toMatch(/^✅ Сиз жазылдыңыз!/);
    const row = await t.db.booking.findFirstOrThrow({ where: { userId: 7002n } });
    expect(row).toMatchObject({ topic: "violence", description: null, sex: "unspecified", contact: "telegram", language: "ky" });
    expect(staff.last()!.text).not.toContain("555");
    expect(staff.last()!.text).toContain("📵 Не звонить и не писать SMS");
  });

  it("says when a clinic does not consult in the person's language", async () => {
    const user = await t.userWithLanguage(7007, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Нарынская область");
    expect(user.last()!.text).toBe("Юридическая клиника Нарына (образец) · консультации: на кыргызском\nВыберите день:");
  });

  it("shows emergency numbers first when the person is in danger, then lets them go on", async () => {
    const user = await t.userWithLanguage(7003, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#🆘 Я в опасности сейчас");
    const texts = user.textsSince(user.messages().length - 2);
    expect(texts[0]).toMatch(/^🆘 Если вы в опасности прямо сейчас, звоните:\n• Милиция — 102\n• Скорая помощь — 103\n• Детский телефон доверия — 111/);
    expect(texts[1]).toBe("По какому вопросу вам нужна помощь? Если вы в опасности прямо сейчас — нажмите верхнюю кнопку.");
    await answer(user, "#🛡 Домашнее насилие");
    expect(user.textsSince(user.messages().length - 2)[0]).toMatch(/^🛡 Консультация конфиденциальна/);
  });

  it("goes back a step from the phone question, and /cancel keeps nothing", async () => {
    const user = await t.userWithLanguage(7004, "ru");
    await answer(user, ...RU_TO_TIME);
    await user.send("⬅️ Назад");
    expect(user.last()!.text).toBe("Вт, 24.11: выберите время (показано только свободное).");
    await answer(user, "#11:00", "0555 111 222", "/cancel");
    expect(await t.db.booking.count()).toBe(0);
    expect(await t.db.storedState.count({ where: { key: "7004", scope: "conversation" } })).toBe(0);
  });

  it("asks the current question again in the new language when the person switches midway, and books with every earlier answer", async () => {
    const user = await t.userWithLanguage(7020, "ru");
    await answer(user, ...RU_TO_TIME);
    expect(user.last()!.text).toMatch(/^Как с вами связаться\?/);
    await user.send("/language");
    await user.click("Кыргызча");
    // The phone question again, in Kyrgyz, with its reply keyboard in Kyrgyz.
    expect(user.last()!.text).toMatch(/^Сиз менен кантип байланышабыз\?/);
    expect(user.last()!.buttons).toEqual([["📱 Номеримди жөнөтүү"], ["⬅️ Артка"]]);
    await answer(user, "0700 123 456", "Айгүль", "#Аял");
    await user.send("/language");
    await user.click("Русский");
    expect(user.last()!.text).toBe("Безопасно ли вам звонить и присылать SMS на этот номер?");
    await answer(user, "#📞 Да, можно звонить и писать SMS");
    // The consent question too (asked by its own helper).
    expect(user.last()!.text).toMatch(/^Чтобы записать вас на консультацию/);
    await user.send("/language");
    await user.click("Кыргызча");
    expect(user.last()!.text).toMatch(/^Сизди кеңешке жазуу үчүн/);
    expect(user.last()!.buttons.flat()).toEqual(["✅ Макулмун", "Жок, макул эмесмин"]);
    await user.send("/language");
    await user.click("Русский");
    await answer(user, "#✅ Согласен(на)");
    const summary = user.last()!.text;
    expect(summary).toContain("📂 Тема: 💼 Работа, невыплата зарплаты");
    expect(summary).toContain("🕒 Когда: вторник, 24.11.2026, 10:00");
    await answer(user, "#✅ Записаться");
    expect(user.last()!.text).toMatch(/^✅ Вы записаны!/);
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7020n } })).toMatchObject({
      topic: "labour", description: "Три месяца не платят зарплату", phone: "+996700123456", name: "Айгүль", sex: "female", language: "ru",
    });
    expect(t.fake.refused).toEqual([]);
  });

  it("shows the summary wholly in Kyrgyz (clinic, address, weekday) after a switch at the last question", async () => {
    const user = await t.userWithLanguage(7021, "ru");
    await answer(user, ...RU_TO_TIME, "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)");
    expect(user.last()!.text).toContain("Юридическая клиника Джалал-Абада");
    await user.send("/language");
    await user.click("Кыргызча");
    const summary = user.last()!.text;
    expect(summary).toContain("Жалал-Абад укуктук жардам клиникасы");
    expect(summary).toContain("Жалал-Абад ш., Үлгү көчөсү, 3");
    expect(summary).toContain("шейшемби");
    expect(summary).not.toMatch(/Юридическая|вторник|Образцовая/);
  });

  it("goes back step by step, and the corrected answers are the ones booked", async () => {
    const user = await t.userWithLanguage(7008, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#💼 Работа, невыплата зарплаты", "#Пропустить ➡️", "#Джалал-Абадская область");
    await user.click("⬅️ Назад");
    expect(user.last()!.text).toBe("Где вам удобнее прийти? Выберите город или область.");
    await answer(user, "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456");
    expect(user.last()!.text).toMatch(/^Как к вам обращаться\?/);
    await user.click("⬅️ Назад");
    expect(user.last()!.text).toMatch(/^Как с вами связаться\?/);
    expect(user.last()!.buttons).toEqual([["📱 Отправить мой номер"], ["⬅️ Назад"]]);
    await answer(user, "0555 111 222", "Айгүль", "#Женщина");
    await user.click("⬅️ Назад");
    expect(user.last()!.text).toMatch(/^Укажите, пожалуйста, ваш пол\./);
    await answer(user, "#Не хочу указывать", "#💬 Нет, только сообщения здесь, в Telegram", "#✅ Согласен(на)");
    await user.click("⬅️ Назад");
    expect(user.last()!.text).toBe("Безопасно ли вам звонить и присылать SMS на этот номер?");
    await answer(user, "#📞 Да, можно звонить и писать SMS");
    // Consent was given already: straight to the summary.
    expect(user.last()!.text).toMatch(/^Проверьте, пожалуйста:/);
    await answer(user, "#✅ Записаться");
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7008n } })).toMatchObject({ phone: "+996555111222", sex: "unspecified", contact: "call", description: null });
  });

  it("keeps the answers through a restart", async () => {
    const user = await t.userWithLanguage(7005, "ru");
    await answer(user, ...RU_TO_TIME, "0700 123 456");
    await t.restart();
    await answer(user, "Бакыт", "#Мужчина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7005n } })).toMatchObject({ name: "Бакыт", phone: "+996700123456" });
  });

  it("offers the next free times when the slot was taken meanwhile, keeping every answer", async () => {
    const user = await t.userWithLanguage(7006, "ru");
    await answer(user, ...RU_TO_TIME, "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)");
    // Someone else takes Tuesday 10:00 (the only seat) before the person confirms.
    const other = await createBooking(
      t.db,
      { userId: 1n, clinicId: jalalAbad, startsAt: new Date("2026-11-24T04:00:00Z"), topic: "other", description: null, phone: "+996700000000", name: "X", sex: "male", contact: "call", language: "ru" },
      clock.now(),
    );
    expect(other.ok).toBe(true);
    await answer(user, "#✅ Записаться");
    expect(user.last()!.text).toBe("😕 Пока вы отвечали, это время заняли. Ваши ответы сохранены — выберите другое время:");
    expect(user.last()!.buttons.flat()).toContain("Вт, 24.11 11:00");
    expect(user.last()!.buttons.flat()).not.toContain("Вт, 24.11 10:00");
    await answer(user, "#Вт, 24.11 11:00");
    expect(user.last()!.text).toContain("🕒 Когда: вторник, 24.11.2026, 11:00");
    expect(user.last()!.text).toContain("👤 Имя: Айгүль");
    await answer(user, "#✅ Записаться");
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7006n } })).toMatchObject({ name: "Айгүль", startsAt: new Date("2026-11-24T05:00:00Z") });
    expect(await t.db.booking.count({ where: { seat: { not: null } } })).toBe(2);
  });
});

describe("clinic staff and the citizen afterwards", () => {
  async function booked(userId: number): Promise<FakeUser> {
    const user = await t.userWithLanguage(userId, "ru");
    await answer(user, ...RU_TO_TIME, "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    return user;
  }

  it("refuses the staff buttons to a citizen, even with data signed for their own chat", async () => {
    const user = await booked(7010);
    const row = await t.db.booking.findFirstOrThrow({ where: { userId: 7010n } });
    const copied = await user.clickData(staff.buttonIn(9001, "✅ Подтвердить").data);
    expect(t.fake.answersTo(copied)).toEqual([expect.objectContaining({ text: "Эта кнопка недействительна, ничего не изменено.", showAlert: true })]);
    const forged = new ButtonSigner(t.fake.token).sign(7010, `lb:c.${jalalAbad}.${row.id}`);
    const update = await user.clickData(forged);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.", showAlert: true })]);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("pending");
  });

  it("a decline with a reason frees the seat and tells the citizen why", async () => {
    const user = await booked(7011);
    const decline = staff.buttonIn(9001, "❌ Отказать");
    await staff.click("❌ Отказать");
    await staff.click("нет свободного юриста в это время");
    expect(user.last()!.text).toMatch(/^😕 Клиника не может принять вас в это время: нет свободного юриста\. Запишитесь, пожалуйста, на другое время\./);
    expect(user.last()!.buttons).toEqual([["⚖️ Записаться к юристу"]]);
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7011n } })).toMatchObject({ status: "declined", seat: null, declineReason: "no-lawyer" });
    expect(await t.db.reminder.count()).toBe(0);
    // The old button does nothing now.
    const stale = await staff.clickData(decline.data, decline.message);
    expect(t.fake.answersTo(stale)).toEqual([expect.objectContaining({ text: "Уже изменено: клиника отказала.", showAlert: true })]);
  });

  it("/mybookings lists the booking; cancelling asks first, then tells the clinic and drops the reminders", async () => {
    const user = await booked(7012);
    await user.send("/mybookings");
    expect(user.last()!.text).toMatch(/^📋 Запись [A-Z2-9-]{7} — ждёт подтверждения клиники\n🕒 вторник, 24\.11\.2026, 10:00/);
    await user.click("❌ Отменить");
    expect(user.last()!.text).toMatch(/^Отменить запись/);
    await user.click("Да, отменить");
    expect(user.last()!.text).toMatch(/^❌ Запись [A-Z2-9-]{7} отменена, клиника предупреждена\.$/);
    expect(staff.last()!.text).toMatch(/^🚫 Запись [A-Z2-9-]{7} отменена/);
    expect(staff.last()!.buttons).toEqual([]);
    expect(await t.db.reminder.count()).toBe(0);
    await user.send("/mybookings");
    expect(user.last()!.text).toBe("У вас нет предстоящих записей к юристу.");
  });

  it("moves a booking to another time; the clinic is told and confirms again", async () => {
    const user = await booked(7013);
    await staff.click("✅ Подтвердить");
    await user.send("/mybookings");
    await user.click("🔁 Перенести");
    expect(user.textsSince(user.messages().length - 2)[0]).toMatch(/^🔁 Перенос записи/);
    await answer(user, "#Ср, 25.11", "#15:00", "#✅ Перенести");
    expect(user.last()!.text).toMatch(/^🔁 Запись [A-Z2-9-]{7} перенесена\. Новое время: среда, 25\.11\.2026, 15:00\./);
    const row = await t.db.booking.findFirstOrThrow({ where: { userId: 7013n } });
    expect(row).toMatchObject({ status: "pending", startsAt: new Date("2026-11-25T09:00:00Z") });
    expect(staff.last()!.text).toContain(`🔁 Запись ${row.ref} перенесена`);
    expect(staff.last()!.buttons).toEqual([["✅ Подтвердить", "❌ Отказать"]]);
    // The old time is free again.
    const free = await createBooking(
      t.db,
      { userId: 2n, clinicId: jalalAbad, startsAt: new Date("2026-11-24T04:00:00Z"), topic: "other", description: null, phone: "+996700000000", name: "Y", sex: "male", contact: "call", language: "ru" },
      clock.now(),
    );
    expect(free.ok).toBe(true);
  });

  it("staff list today's and the week's bookings, and block time", async () => {
    await booked(7014);
    await staff.send("/week");
    // The list, then the booking waiting for confirmation with its buttons.
    expect(staff.last()!.buttons[0]).toEqual(["✅ Подтвердить", "❌ Отказать"]);
    expect(staff.messages().at(-3)!.text).toMatch(/^🗓 Юридическая клиника Джалал-Абада, записей на 7 дней: 1\n\nвторник, 24\.11\.2026\n10:00 · [A-Z2-9-]{7} · Айгүль · 💼 Работа, невыплата зарплаты · ждёт подтверждения клиники$/);
    await staff.send("/today");
    expect(staff.last()!.text).toBe("📅 Юридическая клиника Джалал-Абада, сегодня записей: 0\nЗаписей нет.");
    await staff.send("/block 24.11 09:00-12:00 семинар");
    expect(staff.last()!.text).toMatch(/^⛔ Закрыто для записи: 24\.11\.2026, 09:00–12:00\.\nНа это время уже записаны \(1\)/);
    const citizen = await t.userWithLanguage(7015, "ru");
    await answer(citizen, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11");
    expect(citizen.last()!.buttons.flat()).toEqual(["12:00", "14:00", "15:00", "16:00", "⬅️ Назад"]);
    // A citizen cannot list or block.
    await citizen.send("/block 25.11");
    expect(citizen.last()!.text).toMatch(/^Это доступно сотрудникам юридической клиники/);
  });
});

describe("reminders and the morning digest", () => {
  const jobDeps = () => ({ db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock });

  it("reminds the citizen 2 h before, once, even across a restart; a cancelled booking gets no reminder", async () => {
    const user = await t.userWithLanguage(7020, "ky");
    await answer(user, "#⚖️ Юридикалык жардам", "#❓ Башка", "#Өткөрүп жиберүү ➡️", "#Жалал-Абад облусу", "#Шар, 25.11", "#10:00", "0700 123 456", "Айгүл", "#Аял", "#📞 Ооба, чалып, SMS жазса болот", "#✅ Макулмун", "#✅ Жазылуу");
    const row = await t.db.booking.findFirstOrThrow({ where: { userId: 7020n } });
    expect((await t.db.reminder.findMany({ where: { bookingId: row.id }, orderBy: { dueAt: "asc" } })).map((r) => r.kind)).toEqual(["24h", "2h"]);
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(0); // nothing due yet
    clock.set("2026-11-24T04:00:00Z"); // Tuesday 10:00: a day before
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(1);
    expect(user.last()!.text).toMatch(/^⏰ Эскертүү: эртең юристтин кеңеши бар\./);
    expect(user.last()!.buttons).toEqual([["🔁 Жылдыруу", "❌ Жокко чыгаруу"]]);
    const count = user.messages().length;
    await t.restart();
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(0);
    clock.set("2026-11-25T02:00:00Z"); // Wednesday 08:00
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(1);
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(0);
    expect(user.messages().length).toBe(count + 1);
    expect(user.last()!.text).toMatch(/^⏰ 2 сааттан кийин юристтин кеңеши бар\./);

    // Another booking, cancelled from the reminder's own button: its reminders are gone.
    const other = await t.userWithLanguage(7021, "ru");
    await answer(other, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Пт, 27.11", "#10:00", "0700 123 456", "Бакыт", "#Мужчина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    await other.send("/mybookings");
    await other.click("❌ Отменить");
    await other.click("Да, отменить");
    clock.set("2026-11-27T03:00:00Z");
    expect(await sendReminders(jobDeps(), t.bot.api)).toBe(0);
  });

  it("sends each clinic its list of the day once", async () => {
    const user = await t.userWithLanguage(7022, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    clock.set("2026-11-24T02:00:00Z"); // Tuesday 08:00
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(1);
    expect(staff.last()!.text).toMatch(/^☀️ Доброе утро! Записи на сегодня:\n\n📅 Юридическая клиника Джалал-Абада, сегодня записей: 1\n10:00 · [A-Z2-9-]{7} · Айгүль/);
    await t.restart();
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(0);
  });

  it("sends a busy clinic's list in several messages within Telegram's limit, none lost", async () => {
    // A big clinic: 12 lawyers, 20-minute consultations.
    await t.db.clinic.update({ where: { id: jalalAbad }, data: { seats: 12, slotMinutes: 20 } });
    let booked = 0;
    for (let minutes = 0; minutes < 8 * 60; minutes += 20) {
      for (let person = 0; person < 12; person++) {
        const startsAt = new Date(Date.parse("2026-11-24T03:00:00Z") + minutes * 60_000);
        const name = `Айгүлжамал-${minutes}-${person} Абдыкадырова-Токтосунова кызы 👩‍👧`;
        const made = await createBooking(
          t.db,
          { userId: BigInt(80_000 + minutes * 100 + person), clinicId: jalalAbad, startsAt, topic: "family", description: "x", phone: "+996700000001", name, sex: "female", contact: "call", language: "ru" },
          clock.now(),
        );
        if (made.ok) booked++;
      }
    }
    expect(booked).toBeGreaterThan(150);
    clock.set("2026-11-24T02:00:00Z");
    const before = staff.messages().length;
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(1);
    const parts = staff.textsSince(before);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n").match(/Айгүлжамал-/g)).toHaveLength(booked);
    expect(t.fake.refused).toEqual([]);
  });

  it("marks the day's list done only once it went out: a failed send is tried again on the next run", async () => {
    const user = await t.userWithLanguage(7023, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    clock.set("2026-11-24T02:00:00Z");
    const down = t.fake.intercept(async (call) => (call.method === "sendMessage" ? { error_code: 400, description: "Bad Request: message is too long" } : undefined));
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(0);
    expect(await t.db.jobRun.count({ where: { name: "digest" } })).toBe(0);
    down();
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(1);
    expect(staff.last()!.text).toMatch(/^☀️ Доброе утро! Записи на сегодня/);
    expect(await sendDigests(jobDeps(), t.bot.api)).toBe(0);
  });
});

describe("a staff group that became public", () => {
  it("gets no booking with a name and phone any more: the clinic's staff get it privately", async () => {
    const group = t.fake.group(-100_777, "Клиника Жалал-Абад");
    await linkGroup(t.db, { role: "clinic_staff", scope: `clinic:${jalalAbad}`, chatId: BigInt(group.id), title: group.title!, language: "ru", by: 9001n, now: clock.now() });
    t.fake.makePublic(group.id, "jalal_abad_clinic");
    const user = await t.userWithLanguage(7070, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    expect(t.fake.messagesIn(group.id).some((m) => m.text.includes("Айгүль"))).toBe(false);
    expect(staff.last()!.text).toMatch(/^🆕 Новая запись/);
    expect(staff.last()!.text).toContain("Айгүль");
  });
});

describe("bookings nobody has confirmed yet", () => {
  const jobDeps = () => ({ db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock });

  it("staff who join after a booking was made get it with Confirm / Decline, and so does /week; confirming tells the citizen", async () => {
    // Nobody works at the clinic in the bot yet.
    await t.db.roleGrant.deleteMany({ where: { role: "clinic_staff" } });
    const user = await t.userWithLanguage(7060, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    const { payload } = await createInvite(t.db, { role: "clinic_staff", scope: `clinic:${jalalAbad}`, by: null, via: "cli", now: clock.now() });
    const lawyer = await t.userWithLanguage(9060, "ru");
    await lawyer.send(`/start ${payload}`);
    expect(lawyer.messages().some((m) => m.text.startsWith("⏳ Ждут подтверждения: 1."))).toBe(true);
    expect(lawyer.last()!.buttons[0]).toEqual(["✅ Подтвердить", "❌ Отказать"]);
    // /week shows it again with working buttons.
    await lawyer.send("/week");
    expect(lawyer.last()!.buttons[0]).toEqual(["✅ Подтвердить", "❌ Отказать"]);
    await lawyer.click("✅ Подтвердить");
    expect((await t.db.booking.findFirstOrThrow({ where: { userId: 7060n } })).status).toBe("confirmed");
    expect(user.last()!.text).toMatch(/подтвердила/);
    await lawyer.send("/week");
    expect(lawyer.messages().filter((m) => m.text.startsWith("⏳ Ждут подтверждения"))).toHaveLength(2);
  });

  it("tries a notice that reached nobody again from the notices job, and gives it up after its last try", async () => {
    const user = await t.userWithLanguage(7065, "ru");
    // Telegram refuses everything to the clinic's lawyer for now.
    const refuse = t.fake.intercept((call) => (call.method === "sendMessage" && call.payload.chat_id === 9001 ? { error_code: 400, description: "Bad Request: try later" } : undefined));
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    const b = await t.db.booking.findFirstOrThrow({ where: { userId: 7065n } });
    expect(user.last()!.text).toContain(b.ref);
    expect(staff.messages().some((m) => m.text.includes(b.ref))).toBe(false);
    expect(await t.db.notice.findFirstOrThrow({ where: { subjectId: b.id } })).toMatchObject({ event: "new", attempts: 1, sentAt: null, claimedAt: null });
    const handlers = noticeHandlers(t.fake.token);
    // Not due yet (a minute after the failed try).
    expect(await deliverNotices(jobDeps(), t.bot.api, handlers)).toBe(0);
    refuse();
    clock.advance(61_000);
    expect(await deliverNotices(jobDeps(), t.bot.api, handlers)).toBe(1);
    expect(staff.last()!.text).toContain(`🆕 Новая запись ${b.ref}`);
    expect(staff.last()!.buttons).toEqual([["✅ Подтвердить", "❌ Отказать"]]);
    expect(await deliverNotices(jobDeps(), t.bot.api, handlers)).toBe(0); // once

    // A citizen Telegram never lets the bot reach: tried 5 times, over about an hour and a half, then given up.
    t.fake.intercept((call) => (call.method === "sendMessage" && call.payload.chat_id === 7065 ? { error_code: 400, description: "Bad Request: try later" } : undefined));
    await staff.click("✅ Подтвердить");
    for (const minutes of [1, 5, 15, 60]) {
      clock.advance(minutes * 60_000 + 1_000);
      expect(await deliverNotices(jobDeps(), t.bot.api, handlers)).toBe(0);
    }
    const given = await t.db.notice.findFirstOrThrow({ where: { subjectId: b.id, event: "confirmed" } });
    expect(given).toMatchObject({ attempts: 5, error: "nobody reached" });
    expect(given.sentAt).not.toBeNull();
  });

  it("never sends a confirmation tried again after the clinic declined meanwhile", async () => {
    const user = await t.userWithLanguage(7066, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    const refuse = t.fake.intercept((call) => (call.method === "sendMessage" && call.payload.chat_id === 7066 ? { error_code: 400, description: "Bad Request: try later" } : undefined));
    await staff.click("✅ Подтвердить");
    refuse();
    await staff.click("❌ Отказать");
    await staff.click("нет свободного юриста в это время");
    expect(user.last()!.text).not.toMatch(/подтвердила/);
    const declinedAt = user.messages().length;
    clock.advance(61_000);
    await deliverNotices(jobDeps(), t.bot.api, noticeHandlers(t.fake.token));
    expect(user.messages().slice(declinedAt).map((m) => m.text)).toEqual([]);
    expect(user.messages().some((m) => /Клиника подтвердила/.test(m.text))).toBe(false);
    expect(await t.db.notice.count({ where: { sentAt: null } })).toBe(0);
  });

  it("tells the admins, once, of a booking still unconfirmed 12 hours after it was made or 24 hours before the visit", async () => {
    await grantRole(t.db, { userId: 9070n, role: "admin", by: null, via: "cli", now: clock.now() });
    const admin = await t.userWithLanguage(9070, "ru");
    const user = await t.userWithLanguage(7061, "ru");
    // Made on Monday 12:00 for Friday 10:00.
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Пт, 27.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    clock.advance(11 * 3_600_000);
    expect(await escalateUnconfirmed(jobDeps(), t.bot.api)).toBe(0);
    clock.advance(3_600_000);
    expect(await escalateUnconfirmed(jobDeps(), t.bot.api)).toBe(1);
    expect(admin.last()!.text).toMatch(/^⚠️ Запись [A-Z2-9-]{7} в клинику «Юридическая клиника Джалал-Абада.*» \(пятница, 27\.11\.2026, 10:00\) до сих пор не подтверждена/);
    expect(await escalateUnconfirmed(jobDeps(), t.bot.api)).toBe(0);
    // Confirmed ones are never escalated.
    const other = await t.userWithLanguage(7062, "ru");
    await answer(other, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Пт, 27.11", "#11:00", "0700 123 457", "Бакыт", "#Мужчина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    await staff.click("✅ Подтвердить");
    clock.set("2026-11-26T05:00:00Z"); // 24 hours before the visit
    expect(await escalateUnconfirmed(jobDeps(), t.bot.api)).toBe(0);
  });
});

describe("a citizen's bookings and their personal data", () => {
  it("/deleteme cancels an upcoming booking, tells the clinic, and leaves only what the report counts", async () => {
    const user = await t.userWithLanguage(7030, "ru");
    await answer(user, ...RU_TO_TIME, "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    await user.send("/mydata");
    expect(user.messages().map((m) => m.text).join("\n")).toMatch(/⚖️ Записи к юристу\n.*[A-Z2-9]{3}-[A-Z2-9]{3}: 24\.11\.2026 10:00 — ждёт подтверждения клиники; имя: Айгүль, телефон: \+996700123456/);
    await user.send("/deleteme");
    await user.click(/^🗑/);
    expect(staff.last()!.text).toMatch(/^🚫 Запись [A-Z2-9-]{7} отменена/);
    const row = await t.db.booking.findFirstOrThrow({ where: { clinicId: jalalAbad } });
    expect(row).toMatchObject({ userId: 0n, name: "", phone: "", description: null, status: "cancelled", seat: null, sex: "female", topic: "labour" });
    expect(await t.db.reminder.count()).toBe(0);
  });

  it("forgets name and phone a year after the visit (nightly job)", async () => {
    const made = await createBooking(
      t.db,
      { userId: 5n, clinicId: jalalAbad, startsAt: new Date("2026-11-24T04:00:00Z"), topic: "family", description: "x", phone: "+996700000001", name: "Z", sex: "female", contact: "call", language: "ru" },
      clock.now(),
    );
    expect(made.ok).toBe(true);
    expect(await anonymizeOldBookings(t.db, new Date("2027-11-24T03:00:00Z"))).toBe(0);
    expect(await anonymizeOldBookings(t.db, new Date("2027-11-24T05:00:00Z"))).toBe(1);
    expect(await t.db.booking.findFirstOrThrow()).toMatchObject({ userId: 0n, name: "", phone: "", description: null, topic: "family", sex: "female" });
  });
});

describe("after the review", () => {
  async function bookedRu(userId: number, day = "#Вт, 24.11", time = "#10:00"): Promise<FakeUser> {
    const user = await t.userWithLanguage(userId, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", day, time, "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    return user;
  }

  it("a staff button on the message about a booking's old time does nothing once it was moved", async () => {
    const user = await bookedRu(7040);
    const oldConfirm = staff.buttonIn(9001, "✅ Подтвердить");
    await user.send("/mybookings");
    await user.click("🔁 Перенести");
    await answer(user, "#Ср, 25.11", "#15:00", "#✅ Перенести");
    const update = await staff.clickData(oldConfirm.data, oldConfirm.message);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Уже изменено: ждёт подтверждения клиники.", showAlert: true })]);
    expect((await t.db.booking.findFirstOrThrow({ where: { userId: 7040n } })).status).toBe("pending");
    // The old message now shows the booking as it is: the new time.
    expect(oldConfirm.message.text).toContain("среда, 25.11.2026, 15:00");
  });

  it("/block lists who is booked then, with a button that declines each (they are told the clinic is closed); 9:00 needs no leading zero", async () => {
    const user = await bookedRu(7041, "#Ср, 25.11", "#09:00");
    await staff.send("/block 25.11 9:00-9:30");
    expect(staff.last()!.text).toMatch(/^⛔ Закрыто для записи: 25\.11\.2026, 09:00–09:30\.\nНа это время уже записаны \(1\)/);
    await staff.click(/^❌ 09:00 /);
    expect(user.last()!.text).toMatch(/^😕 Клиника в этот день закрыта, ваша запись отменена\./);
    expect(await t.db.booking.findFirstOrThrow({ where: { userId: 7041n } })).toMatchObject({ status: "declined", declineReason: "closed" });
  });

  it("tells the admins when a clinic has nobody in the bot to see a booking", async () => {
    await t.restart({ adminIds: [9100n] });
    const admin = await t.userWithLanguage(9100, "ru");
    const user = await t.userWithLanguage(7042, "ru");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Нарынская область", "#Вт, 24.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться");
    expect(admin.last()!.text).toMatch(/^⚠️ Новая запись [A-Z2-9-]{7} в клинику «Юридическая клиника Нарына», но у клиники нет сотрудников в боте/);
  });

  it("lets one person hold at most two upcoming bookings", async () => {
    const user = await bookedRu(7043);
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Ср, 25.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Записаться");
    await answer(user, "#⚖️ Юридическая помощь", "#❓ Другое", "#Пропустить ➡️", "#Джалал-Абадская область", "#Чт, 26.11", "#10:00", "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Записаться");
    expect(user.last()!.text).toMatch(/^У вас уже 2 предстоящие записи к юристу/);
    expect(await t.db.booking.count({ where: { userId: 7043n } })).toBe(2);
  });

  it("refuses a Kyrgyz number with a digit missing, and takes a foreign contact shared without '+'", async () => {
    const user = await t.userWithLanguage(7044, "ru");
    await answer(user, ...RU_TO_TIME, "+99670012345");
    expect(user.last()!.text).toMatch(/^Не получилось прочитать номер\./);
    await user.sendContact("79161234567");
    expect(user.textsSince(user.messages().length - 2)[0]).toBe("📱 Номер: +79161234567");
  });

  it("lists checked shelters with the emergency numbers when there are some", async () => {
    setShelters([{ name: { ky: "Үмүт борбору", ru: "Центр «Надежда»" }, region: "bishkek", phone: "+996 312 000 111", checked: "2026-11-01" }]);
    try {
      const user = await t.userWithLanguage(7045, "ru");
      await answer(user, "#⚖️ Юридическая помощь", "#🆘 Я в опасности сейчас");
      expect(user.textsSince(user.messages().length - 2)[0]).toContain("Кризисные центры и убежища:\n• Центр «Надежда» (Бишкек) — +996 312 000 111");
      // Asked again without a Back that would lead to itself.
      expect(user.last()!.buttons.flat()).not.toContain("⬅️ Назад");
    } finally {
      setShelters(undefined);
    }
  });

  it("drops the 24 h reminder when the bot was down and the visit is now less than 12 hours away", async () => {
    await bookedRu(7046, "#Ср, 25.11", "#10:00");
    clock.set("2026-11-25T02:30:00Z"); // Wednesday 08:30: both reminders are due
    expect(await sendReminders({ db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock }, t.bot.api)).toBe(1);
    const user = t.fake.messagesIn(7046).at(-1)!;
    expect(user.text).toMatch(/^⏰ Через 2 часа у вас консультация юриста\./);
  });
});
