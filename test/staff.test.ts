// Staff accounts: invites (made in the bot, opened as deep links), the staff
// menu, and the admin's staff list with revoke and the audit trail.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../src/services/invites.ts";
import { grantRole, revokeRole } from "../src/services/roles.ts";
import { ButtonSigner } from "../src/signed-data.ts";
import { ManualClock } from "./support/clock.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { TestBot } from "./support/harness.ts";

const ADMIN = 9001;
const MENU_RU = "Главное меню. Какой раздел вам нужен?";
const MENU_KY = "Башкы меню. Кайсы бөлүм керек?";
const LINK = /https:\/\/t\.me\/komok_test_bot\?start=(inv_[A-Za-z0-9_-]+)/;
const HOUR = 3_600_000;

const ADMIN_MENU_BUTTONS = [["➕ Пригласить сотрудника"], ["👥 Список сотрудников"], ["📜 Журнал ролей"]];
const INVALID = "Эта кнопка недействительна, ничего не изменено.";
const REFUSED = "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.";

let t: TestBot;
let clock: ManualClock;
let adilet: string; // scope "clinic:<id>"
beforeEach(async () => {
  clock = new ManualClock("2026-03-05T08:30:00Z"); // 14:30 in Bishkek
  t = await TestBot.start({ adminIds: [BigInt(ADMIN)], clock });
  const a = await t.db.clinic.create({ data: { nameKy: "Адилет клиникасы", nameRu: "Клиника Адилет" } });
  await t.db.clinic.create({ data: { nameKy: "Укук клиникасы", nameRu: "Клиника Укук" } });
  adilet = `clinic:${a.id}`;
});
afterEach(async () => {
  await t.close();
});

/** Runs the /invite wizard as `admin` and returns the start payload of the link it shows. */
async function inviteViaBot(admin: FakeUser, roleLabel: string, placeLabel?: string): Promise<string> {
  await admin.send("/invite");
  await admin.click(roleLabel);
  if (placeLabel) await admin.click(placeLabel);
  const match = LINK.exec(admin.last()!.text);
  if (!match) throw new Error(`no invite link in: ${admin.last()!.text}`);
  return match[1]!;
}

/** The configured admin, named Бакыт (everyone else is Айгүл), with Russian chosen. */
async function adminUser(locale: "ru" | "ky" = "ru"): Promise<FakeUser> {
  const admin = t.user(ADMIN, locale, "Бакыт");
  await admin.send("/start");
  await admin.click(locale === "ky" ? "Кыргызча" : "Русский");
  return admin;
}

const grant = (userId: number, role: "admin" | "clinic_staff" | "comms_officer", scope = "") =>
  grantRole(t.db, { userId: BigInt(userId), role, scope, by: null, via: "cli", now: clock.now() });

const auditRows = async () =>
  (await t.db.auditEvent.findMany({ where: { NOT: { via: "config" } }, orderBy: { id: "asc" } })).map((e) => [
    e.action,
    e.actorId,
    e.subjectId,
    e.role,
    e.scope,
    e.via,
  ]);

describe("invites made in the bot", () => {
  it("lead the admin through role and clinic to a one-time link; a newcomer chooses a language, then becomes clinic staff", async () => {
    const admin = await adminUser();
    await admin.send("/invite");
    const wizard = admin.last()!;
    expect(wizard.text).toBe("Кого вы приглашаете? Выберите роль:");
    expect(wizard.buttons.flat()).toEqual([
      "Администратор",
      "Сотрудник юридической клиники",
      "Специалист по коммуникациям",
      "Специалист службы занятости",
      "Работодатель",
    ]);
    await admin.click("Сотрудник юридической клиники");
    expect(wizard.text).toBe("В какую клинику?");
    expect(wizard.buttons).toEqual([["Клиника Адилет"], ["Клиника Укук"]]);
    await admin.click("Клиника Адилет");
    // The wizard's message became the link: its buttons cannot make another.
    expect(wizard.buttons).toEqual([]);
    const payload = LINK.exec(wizard.text)?.[1];
    expect(payload).toMatch(/^inv_[A-Za-z0-9_-]{24}$/);
    expect(wizard.text).toBe(
      "Приглашение: Сотрудник юридической клиники (Клиника Адилет).\n" +
        "Перешлите эту ссылку только нужному человеку и не публикуйте её в общих чатах: кто откроет её первым, тот и получит роль. Она сработает один раз и действует до 08.03.2026 14:30:\n" +
        `https://t.me/komok_test_bot?start=${payload}`,
    );
    const invites = await t.db.invite.findMany();
    expect(invites).toMatchObject([{ role: "clinic_staff", scope: adilet, createdBy: BigInt(ADMIN), usedAt: null }]);
    // Only a hash of the token is kept.
    expect(JSON.stringify(invites, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(payload!.slice(4));

    const newcomer = t.user(9002, "ky");
    await newcomer.send(`/start ${payload}`);
    expect(newcomer.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
    expect(await t.db.roleGrant.count({ where: { userId: 9002n } })).toBe(0);
    await newcomer.click("Кыргызча");

    const welcome = newcomer.last()!;
    expect(welcome.text).toMatch(
      /^Командага кош келиңиз! Сиздин ролуңуз: Юридикалык клиниканын кызматкери \(Адилет клиникасы\)\.\nКлиникаңызга жарандардын/,
    );
    expect(welcome.text).toContain(
      "Кызматкердин менюсу ар дайым /staff буйругу менен ачылат.\n\n🧑‍💼 Кызматкердин менюсу\n\nСиздин ролдоруңуз:\n• Юридикалык клиниканын кызматкери (Адилет клиникасы)",
    );
    expect(welcome.buttons).toEqual([["📅 Бүгүнкү жазылуулар"], ["🗓 7 күндүк жазылуулар"], ["⛔ Жазылуу үчүн убакытты жабуу"], ["👥 Жумушчу топ"]]);
    // The greeting came first, in Kyrgyz.
    expect(newcomer.messages().at(-2)!.text).toMatch(/^Саламатсызбы!/);

    expect(await t.db.roleGrant.findMany({ where: { userId: 9002n } })).toMatchObject([
      { role: "clinic_staff", scope: adilet, grantedBy: BigInt(ADMIN), grantedVia: "invite", grantedAt: clock.now() },
    ]);
    expect(await t.db.invite.findFirst()).toMatchObject({ usedBy: 9002n, usedAt: clock.now() });
    expect(await t.db.user.findUnique({ where: { id: 9002n } })).toMatchObject({ language: "ky", displayName: "Айгүл" });
    expect(await auditRows()).toEqual([
      ["invite.create", BigInt(ADMIN), null, "clinic_staff", adilet, "bot"],
      ["role.grant", BigInt(ADMIN), 9002n, "clinic_staff", adilet, "invite"],
      ["invite.use", 9002n, BigInt(ADMIN), "clinic_staff", adilet, "invite"],
    ]);
    // The admin hears about it, in the admin's language.
    expect(admin.last()!.text).toBe("Ваше приглашение принято: Айгүл (ID 9002) — Сотрудник юридической клиники (Клиника Адилет).");
    // The new staff member's command list now has /staff, and the main menu the staff button.
    expect(t.fake.commandsFor(9002).map((c) => c.command)).toContain("staff");
    await newcomer.send("/menu");
    expect(newcomer.last()!.buttons.flat()).toContain("🧑‍💼 Кызматкердин менюсу");
  });

  it("work for someone who already uses the bot; an admin invite needs no clinic", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Администратор");
    expect(admin.last()!.text).toContain("Приглашение: Администратор.\n");
    const colleague = await t.userWithLanguage(9003, "ru");
    await colleague.send(`/start ${payload}`);
    expect(colleague.last()!.text).toMatch(/^Добро пожаловать в команду! Ваша роль: Администратор\.\nВы можете приглашать сотрудников/);
    expect(colleague.last()!.buttons).toEqual(ADMIN_MENU_BUTTONS);
    expect(await t.db.roleGrant.findMany({ where: { userId: 9003n } })).toMatchObject([{ role: "admin", scope: "" }]);
  });

  it("work once: the same link opened by a third person is refused and grants nothing", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Специалист по коммуникациям");
    const first = await t.userWithLanguage(9004, "ru");
    await first.send(`/start ${payload}`);
    expect(first.last()!.text).toContain("Ваша роль: Специалист по коммуникациям.");

    const adminMessages = admin.messages().length;
    const third = await t.userWithLanguage(9005, "ru");
    await third.send(`/start ${payload}`);
    expect(third.last()!.text).toBe(
      `Это приглашение уже использовано. Если оно было для вас, попросите у администратора новое.\n\n${MENU_RU}`,
    );
    expect(third.last()!.buttons.flat()).not.toContain("🧑‍💼 Меню сотрудника");
    expect(await t.db.roleGrant.count({ where: { userId: 9005n } })).toBe(0);
    expect(await t.db.invite.findFirst()).toMatchObject({ usedBy: 9004n });
    expect(admin.messages()).toHaveLength(adminMessages); // no second notice
    expect((await auditRows()).filter(([action]) => action === "invite.use")).toHaveLength(1);
  });

  it("work once when two people open the same link at the same moment", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Специалист по коммуникациям");
    const [a, b] = [await t.userWithLanguage(9040, "ru"), await t.userWithLanguage(9041, "ru")];
    await Promise.all([a.send(`/start ${payload}`), b.send(`/start ${payload}`)]);
    const texts = [a.last()!.text, b.last()!.text];
    expect(texts.filter((text) => text.startsWith("Добро пожаловать в команду!"))).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith("Это приглашение уже использовано."))).toHaveLength(1);
    expect(await t.db.roleGrant.count({ where: { role: "comms_officer" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "invite.use" } })).toBe(1);
  });

  it("work once even when the same person opens the link twice", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Специалист по коммуникациям");
    const user = await t.userWithLanguage(9006, "ky");
    await user.send(`/start ${payload}`);
    await user.send(`/start ${payload}`);
    expect(user.last()!.text).toBe(
      `Бул чакыруу колдонулуп бүткөн. Эгер ал сиз үчүн болсо, администратордон жаңысын сураңыз.\n\n${MENU_KY}`,
    );
    expect(await t.db.roleGrant.count({ where: { userId: 9006n } })).toBe(1);
  });

  it("expire after 72 hours by the service clock", async () => {
    const admin = await adminUser();
    const early = await inviteViaBot(admin, "Специалист по коммуникациям");
    const late = await inviteViaBot(admin, "Специалист по коммуникациям");
    clock.advance(72 * HOUR - 60_000);
    const inTime = await t.userWithLanguage(9007, "ru");
    await inTime.send(`/start ${early}`);
    expect(inTime.last()!.text).toContain("Добро пожаловать в команду!");

    clock.advance(60_000);
    const tooLate = await t.userWithLanguage(9008, "ru");
    await tooLate.send(`/start ${late}`);
    expect(tooLate.last()!.text).toBe(`Срок этого приглашения истёк. Попросите у администратора новое.\n\n${MENU_RU}`);
    expect(await t.db.roleGrant.count({ where: { userId: 9008n } })).toBe(0);
    expect(await t.db.invite.count({ where: { usedAt: null } })).toBe(1);
  });

  it("refuse an expired invite made elsewhere (e.g. the CLI) and a forged or unknown token", async () => {
    const { payload } = await createInvite(t.db, {
      role: "comms_officer",
      by: null,
      via: "cli",
      now: new Date(clock.now().getTime() - 2 * HOUR),
      hours: 1,
    });
    const user = await t.userWithLanguage(9009, "ru");
    await user.send(`/start ${payload}`);
    expect(user.last()!.text).toBe(`Срок этого приглашения истёк. Попросите у администратора новое.\n\n${MENU_RU}`);

    await user.send(`/start inv_${"A".repeat(24)}`);
    expect(user.last()!.text).toBe(`Эта ссылка-приглашение неверна. Попросите у администратора новую.\n\n${MENU_RU}`);
    // A real token with one character changed is unknown too.
    const { payload: real } = await createInvite(t.db, { role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const forged = real.slice(0, -1) + (real.endsWith("A") ? "B" : "A");
    await user.send(`/start ${forged}`);
    expect(user.last()!.text).toContain("Эта ссылка-приглашение неверна.");
    expect(await t.db.roleGrant.count({ where: { userId: 9009n } })).toBe(0);
    expect((await auditRows()).filter(([action]) => action !== "invite.create")).toEqual([]);

    // A forged link opened by a newcomer: the language first, then the refusal.
    const newcomer = t.user(9010, "ru");
    await newcomer.send(`/start inv_${"B".repeat(24)}`);
    await newcomer.click("Русский");
    expect(newcomer.last()!.text).toBe(`Эта ссылка-приглашение неверна. Попросите у администратора новую.\n\n${MENU_RU}`);
  });

  it("are left unused for someone who already holds the role, so the right person can still use them", async () => {
    const admin = await adminUser();
    const staff = await t.userWithLanguage(9011, "ru");
    await grant(9011, "clinic_staff", adilet);
    const payload = await inviteViaBot(admin, "Сотрудник юридической клиники", "Клиника Адилет");
    await staff.send(`/start ${payload}`);
    expect(staff.last()!.text).toBe(
      `У вас уже есть эта роль: Сотрудник юридической клиники (Клиника Адилет). Приглашение осталось неиспользованным.\n\n${MENU_RU}`,
    );
    expect(await t.db.invite.findFirst()).toMatchObject({ usedAt: null, usedBy: null });
    expect(await t.db.roleGrant.count({ where: { userId: 9011n } })).toBe(1);

    const other = await t.userWithLanguage(9012, "ru");
    await other.send(`/start ${payload}`);
    expect(other.last()!.text).toContain("Добро пожаловать в команду!");
  });

  it("are made by admins only", async () => {
    const staff = await t.userWithLanguage(9013, "ru");
    await grant(9013, "clinic_staff", adilet);
    await staff.send("/invite");
    expect(staff.last()!.text).toBe(`Приглашения создают только администраторы.\n\n${MENU_RU}`);
    const citizen = await t.userWithLanguage(9014, "ky");
    await citizen.send("/invite");
    expect(citizen.last()!.text).toBe(`Чакырууларды администраторлор гана түзөт.\n\n${MENU_KY}`);
    // A wizard button made up by a non-admin is refused, and no invite is made.
    const update = await citizen.clickData("inv:r:admin:AAAAAAAA");
    expect(t.fake.answersTo(update)).toEqual([
      expect.objectContaining({ text: "Бул баскыч жараксыз, эч нерсе өзгөргөн жок.", showAlert: true }),
    ]);
    expect(await t.db.invite.count()).toBe(0);
  });

  it("say so when there is no clinic to invite to yet", async () => {
    await t.db.clinic.deleteMany();
    const admin = await adminUser();
    await admin.send("/invite");
    await admin.click("Сотрудник юридической клиники");
    expect(admin.last()!.text).toBe("Клиник пока нет. Их добавляет оператор сервера через командную строку.");
    await admin.send("/invite");
    await admin.click("Работодатель");
    expect(admin.last()!.text).toBe("Работодателей пока нет. Их добавляет оператор сервера через командную строку.");
    expect(await t.db.invite.count()).toBe(0);
  });
});

describe("the staff menu", () => {
  it("is refused to a citizen, with the main menu, which has no staff button", async () => {
    const citizen = await t.userWithLanguage(9020, "ru");
    expect(citizen.last()!.buttons.flat()).toEqual(["💰 Пособия", "💼 Работа", "⚖️ Юридическая помощь", "🔎 Проверить слух", "🌐 Тил · Язык", "🔒 Конфиденциальность", "❓ Помощь"]);
    await citizen.send("/staff");
    expect(citizen.last()!.text).toBe(
      `Это меню только для сотрудников службы. Если вы сотрудник, попросите у администратора ссылку-приглашение.\n\n${MENU_RU}`,
    );
    expect(citizen.last()!.buttons.flat()).not.toContain("🧑‍💼 Меню сотрудника");
  });

  it("lists a staff member's roles and what they can open; the main menu has the staff button", async () => {
    const staff = await t.userWithLanguage(9021, "ru");
    await grant(9021, "clinic_staff", adilet);
    await grant(9021, "comms_officer");
    await staff.send("/menu");
    expect(staff.last()!.buttons.flat()).toEqual([
      "💰 Пособия",
      "💼 Работа",
      "⚖️ Юридическая помощь",
      "🔎 Проверить слух",
      "🧑‍💼 Меню сотрудника",
      "🌐 Тил · Язык",
      "🔒 Конфиденциальность",
      "❓ Помощь",
    ]);
    await staff.click("🧑‍💼 Меню сотрудника");
    expect(staff.last()!.text).toBe(
      "🧑‍💼 Меню сотрудника\n\nВаши роли:\n• Сотрудник юридической клиники (Клиника Адилет)\n• Специалист по коммуникациям",
    );
    expect(staff.last()!.buttons).toEqual([["📅 Записи на сегодня"], ["🗓 Записи на 7 дней"], ["⛔ Закрыть время для записи"], ["🧾 Очередь слухов"], ["🤔 Выбор граждан «Вы имели в виду»"], ["➕ Новая проверка фактов"], ["✏️ Изменить проверку"], ["📣 Новая рассылка"], ["🕓 Ждут одобрения"], ["👥 Рабочая группа"]]);
    await staff.click("👥 Рабочая группа");
    expect(staff.last()!.text).toMatch(/^Чтобы уведомления приходили в рабочую группу в Telegram:\n1\. Добавьте бота в группу\./);
  });

  it("gives an admin invites, the staff list and the audit trail, in Kyrgyz too", async () => {
    const admin = await adminUser("ky");
    expect(admin.last()!.buttons.flat()).toContain("🧑‍💼 Кызматкердин менюсу");
    await admin.send("/staff");
    expect(admin.last()!.text).toBe("🧑‍💼 Кызматкердин менюсу\n\nСиздин ролдоруңуз:\n• Администратор");
    expect(admin.last()!.buttons).toEqual([["➕ Кызматкерди чакыруу"], ["👥 Кызматкерлердин тизмеси"], ["📜 Ролдор журналы"]]);
    await admin.click("➕ Кызматкерди чакыруу");
    expect(admin.last()!.text).toBe("Кимди чакырасыз? Ролду тандаңыз:");
  });

  it("buttons with made-up, unsigned or another chat's data are refused and do nothing", async () => {
    const admin = await adminUser();
    await admin.send("/staff");
    const listButton = admin.buttonIn(ADMIN, "👥 Список сотрудников");
    const citizen = await t.userWithLanguage(9022, "ru");
    const before = citizen.messages().length;
    for (const data of ["stf:list:AAAAAAAA", "stf:list", listButton.data]) {
      const update = await citizen.clickData(data);
      expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: INVALID, showAlert: true })]);
    }
    expect(citizen.messages()).toHaveLength(before);
    // The same data works in the chat it was made for.
    await admin.clickData(listButton.data, listButton.message);
    expect(admin.last()!.text).toMatch(/^👥 Сотрудники\n/);
  });

  it("buttons a person kept from a role they lost are refused", async () => {
    const admin = await adminUser();
    const former = await t.userWithLanguage(9023, "ru");
    clock.advance(60_000); // listed after the configured admin
    await grant(9023, "admin");
    await former.send("/staff");
    await former.click("👥 Список сотрудников");
    const oldList = former.last()!;
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    await admin.click("✖ 2"); // admin 9001 is line 1, 9023 line 2 (same role, granted later)
    await admin.click("Да, снять");
    expect(await t.db.roleGrant.count({ where: { userId: 9023n } })).toBe(0);

    const auditBefore = await t.db.auditEvent.count();
    const update = await former.clickData(former.buttonIn(9023, "✖ 1").data, oldList);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: REFUSED, showAlert: true })]);
    // And one signed by the bot for this very chat but for an admin action is refused as well.
    const signed = new ButtonSigner(t.fake.token).sign(9023, "stf:audit");
    const update2 = await former.clickData(signed);
    expect(t.fake.answersTo(update2)).toEqual([expect.objectContaining({ text: REFUSED, showAlert: true })]);
    expect(await t.db.roleGrant.count({ where: { userId: BigInt(ADMIN) } })).toBe(1);
    expect(await t.db.auditEvent.count()).toBe(auditBefore);
  });
});

describe("the admin's staff list", () => {
  it("revokes a role after a confirmation, tells the person, and ignores a replay of the confirmation", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Сотрудник юридической клиники", "Клиника Адилет");
    const staff = t.user(9030, "ky");
    await staff.send(`/start ${payload}`);
    await staff.click("Кыргызча");

    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    const list = admin.last()!;
    expect(list.text).toBe(
      [
        "👥 Сотрудники",
        "",
        "1. Бакыт (ID 9001) — Администратор, с 05.03.2026, выдал(а): оператор сервера (из настроек сервера)",
        "2. Айгүл (ID 9030) — Сотрудник юридической клиники (Клиника Адилет), с 05.03.2026, выдал(а): Бакыт (ID 9001) (по приглашению)",
        "",
        "Чтобы снять роль, нажмите ✖ с номером строки.",
      ].join("\n"),
    );
    expect(list.buttons).toEqual([["✖ 1", "✖ 2"]]);

    await admin.click("✖ 2");
    const confirm = admin.last()!;
    expect(confirm.text).toBe("Снять роль «Сотрудник юридической клиники (Клиника Адилет)» у Айгүл (ID 9030)?");
    expect(confirm.buttons).toEqual([["Да, снять"], ["Нет, оставить"]]);
    const yes = admin.buttonIn(ADMIN, "Да, снять");
    const staffMessages = staff.messages().length;
    expect(t.fake.commandsFor(9030).map((c) => c.command)).toContain("staff"); // set when the invite was accepted
    await admin.click("Да, снять");
    expect(confirm.text).toBe("Роль «Сотрудник юридической клиники (Клиника Адилет)» у Айгүл (ID 9030) снята.");
    expect(confirm.buttons).toEqual([]);
    expect(await t.db.roleGrant.count({ where: { userId: 9030n } })).toBe(0);
    const revokes = () => t.db.auditEvent.findMany({ where: { action: "role.revoke" } });
    expect(await revokes()).toMatchObject([
      { actorId: BigInt(ADMIN), subjectId: 9030n, role: "clinic_staff", scope: adilet, via: "bot" },
    ]);
    expect(staff.textsSince(staffMessages)).toEqual([
      "Администратор сиздин ролуңузду алып салды: Юридикалык клиниканын кызматкери (Адилет клиникасы).",
    ]);

    // The confirmation pressed again (a replay of genuine data) changes nothing.
    const update = await admin.clickData(yes.data, yes.message);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: "Этой роли уже нет." })]);
    expect(await revokes()).toHaveLength(1);
    expect(staff.messages()).toHaveLength(staffMessages + 1);

    // The person is a citizen again: no /staff in their command list, no staff menu.
    expect(t.fake.commandsFor(9030).map((c) => c.command)).not.toContain("staff");
    expect(t.fake.commandsFor(9030)[0]).toEqual({ command: "start", description: "Баштоо" });
    await staff.send("/staff");
    expect(staff.last()!.text).toMatch(/^Бул меню кызматтын кызматкерлери үчүн гана\./);
    expect(staff.last()!.buttons.flat()).not.toContain("🧑‍💼 Кызматкердин менюсу");
  });

  it("leaves /staff in the command list of someone who still holds another role", async () => {
    const admin = await adminUser();
    const staff = await t.userWithLanguage(9034, "ru");
    await grant(9034, "clinic_staff", adilet);
    clock.advance(60_000);
    await grant(9034, "comms_officer");
    await staff.send("/language");
    await staff.click("✓ Русский"); // sets the chat's command list, with /staff
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    expect(admin.last()!.text).toContain("\n3. ID 9034 — Специалист по коммуникациям, с 05.03.2026");
    await admin.click("✖ 3");
    await admin.click("Да, снять");
    expect(await t.db.roleGrant.findMany({ where: { userId: 9034n } })).toMatchObject([{ role: "clinic_staff" }]);
    expect(t.fake.commandsFor(9034).map((c) => c.command)).toContain("staff");
    await staff.send("/staff");
    expect(staff.last()!.text).toBe("🧑‍💼 Меню сотрудника\n\nВаши роли:\n• Сотрудник юридической клиники (Клиника Адилет)");
  });

  it("keeps the role when the admin says no", async () => {
    const admin = await adminUser();
    await grant(9031, "comms_officer");
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    await admin.click("✖ 2");
    await admin.click("Нет, оставить");
    expect(admin.last()!.text).toBe("Хорошо, роль оставлена.");
    expect(await t.db.roleGrant.count({ where: { userId: 9031n } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "role.revoke" } })).toBe(0);
  });

  it("does not let an admin revoke their own admin role", async () => {
    const admin = await adminUser();
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    const before = admin.messages().length;
    const update = await admin.click("✖ 1");
    expect(t.fake.answersTo(update)).toEqual([
      expect.objectContaining({ text: "Свою роль администратора снять нельзя: попросите другого администратора.", showAlert: true }),
    ]);
    expect(admin.messages()).toHaveLength(before);
    // Nor with a confirmation button signed for their chat.
    const grantId = (await t.db.roleGrant.findFirstOrThrow({ where: { userId: BigInt(ADMIN) } })).id;
    const confirm = new ButtonSigner(t.fake.token).sign(ADMIN, `adm:ry:${grantId}`);
    const update2 = await admin.clickData(confirm);
    expect(t.fake.answersTo(update2)[0]?.text).toBe("Свою роль администратора снять нельзя: попросите другого администратора.");
    expect(await t.db.roleGrant.count({ where: { userId: BigInt(ADMIN), role: "admin" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "role.revoke" } })).toBe(0);
  });

  it("refuses a forged revoke button and leaves the role alone", async () => {
    const admin = await adminUser();
    await grant(9032, "comms_officer");
    const id = (await t.db.roleGrant.findFirstOrThrow({ where: { userId: 9032n } })).id;
    const update = await admin.clickData(`adm:ry:${id}:AAAAAAAA`);
    expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: INVALID, showAlert: true })]);
    expect(await t.db.roleGrant.count({ where: { userId: 9032n } })).toBe(1);
  });

  it("shows the audit trail, newest first", async () => {
    const admin = await adminUser();
    const payload = await inviteViaBot(admin, "Специалист по коммуникациям");
    clock.advance(HOUR);
    const user = await t.userWithLanguage(9033, "ru");
    await user.send(`/start ${payload}`);
    await admin.send("/staff");
    await admin.click("📜 Журнал ролей");
    expect(admin.last()!.text).toBe(
      [
        "📜 Последние записи журнала (4)",
        "",
        "05.03.2026 15:30 · Айгүл (ID 9033): принял(а) приглашение: «Специалист по коммуникациям» (пригласил(а): Бакыт (ID 9001))",
        "05.03.2026 15:30 · Бакыт (ID 9001): выдал(а) роль «Специалист по коммуникациям» — Айгүл (ID 9033)",
        "05.03.2026 14:30 · Бакыт (ID 9001): создал(а) приглашение: «Специалист по коммуникациям»",
        "05.03.2026 14:30 · оператор сервера: выдал(а) роль «Администратор» — Бакыт (ID 9001)",
      ].join("\n"),
    );
  });
});

describe("an admin who loses the role", () => {
  it("leaves behind no invite that still grants anything", async () => {
    await t.userWithLanguage(9501, "ru");
    await grant(9501, "admin");
    const kept = await createInvite(t.db, { role: "admin", by: 9501n, via: "bot", now: clock.now() });
    await revokeRole(t.db, { userId: 9501n, role: "admin", by: BigInt(ADMIN), via: "bot", now: clock.now() });
    expect(await t.db.invite.count({ where: { createdBy: 9501n } })).toBe(0);

    // An invite made before, still in the table (e.g. the role removed by hand): refused too.
    await grant(9502, "admin");
    const orphan = await createInvite(t.db, { role: "admin", by: 9502n, via: "bot", now: clock.now() });
    await t.db.roleGrant.deleteMany({ where: { userId: 9502n } });

    const taker = await t.userWithLanguage(9503, "ru");
    for (const { payload } of [kept, orphan]) {
      await taker.send(`/start ${payload}`);
      expect(taker.last()!.text).toBe(`Эта ссылка-приглашение неверна. Попросите у администратора новую.\n\n${MENU_RU}`);
    }
    expect(await t.db.roleGrant.count({ where: { userId: 9503n } })).toBe(0);
  });
});

describe("a long staff list", () => {
  it("is sent in parts Telegram accepts, with the revoke buttons under the last", async () => {
    const admin = await adminUser();
    const longName = "Александра-Валентина Константинопольская-Жолдошбекова (@a_very_long_username_for_staff)";
    for (let i = 0; i < 29; i++) {
      await grant(9600 + i, "clinic_staff", adilet);
      await t.db.user.update({ where: { id: BigInt(9600 + i) }, data: { displayName: longName } });
    }
    const before = admin.messages().length;
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    const parts = admin.messages().slice(before + 1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((m) => m.text.length <= 4096)).toBe(true);
    expect(parts.slice(0, -1).every((m) => m.buttons.length === 0)).toBe(true);
    expect(parts.at(-1)!.buttons.flat()).toHaveLength(30);
    expect(parts.map((m) => m.text).join("\n")).toContain(`30. ${longName} (ID 9628)`);
    expect(t.fake.refused).toEqual([]);
  });
});

it("forgets the name admins saw once the last role is revoked", async () => {
  const person = t.user(9701, "ru", "Айгүл");
  await person.send("/start");
  await person.click("Русский");
  await grant(9701, "comms_officer");
  await person.send("/staff");
  expect((await t.db.user.findUnique({ where: { id: 9701n } }))?.displayName).toBe("Айгүл");
  await revokeRole(t.db, { userId: 9701n, role: "comms_officer", by: null, via: "cli", now: clock.now() });
  expect((await t.db.user.findUnique({ where: { id: 9701n } }))?.displayName).toBeNull();
});
