// Staff groups: /linkgroup and /unlinkgroup sent in a Telegram group, the
// choice buttons there (pressed by the right and the wrong people), forged
// callback data, the bot being removed, and notifications going to the group.
import type { Chat } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { grantRole } from "../src/services/roles.ts";
import { notifyStaff } from "../src/services/staff-groups.ts";
import { ManualClock } from "./support/clock.ts";
import type { FakeUser } from "./support/fake-telegram.ts";
import { TestBot } from "./support/harness.ts";

const ADMIN = 8000;
const INVALID = "Эта кнопка недействительна, ничего не изменено.";
const REFUSED = "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.";
const NOT_STAFF = "Подключать группу могут только сотрудники клиники или специалисты по коммуникациям.";
const linked = (target: string) =>
  `✅ Эта группа подключена: ${target}. Уведомления будут приходить сюда, а кнопки сработают только у сотрудников с нужной ролью. Отключить: /unlinkgroup`;

let t: TestBot;
let clock: ManualClock;
let group: Chat;
let adilet: string;
let ukuk: string;
let third: string;
beforeEach(async () => {
  clock = new ManualClock();
  t = await TestBot.start({ adminIds: [BigInt(ADMIN)], clock });
  const clinics = [];
  for (const [ky, ru] of [
    ["Адилет клиникасы", "Клиника Адилет"],
    ["Укук клиникасы", "Клиника Укук"],
    ["Үчүнчү клиника", "Третья клиника"],
  ] as const) {
    clinics.push(await t.db.clinic.create({ data: { nameKy: ky, nameRu: ru } }));
  }
  [adilet, ukuk, third] = clinics.map((c) => `clinic:${c.id}`) as [string, string, string];
  group = t.fake.group(-100_500, "Адилет — сотрудники");
});
afterEach(async () => {
  await t.close();
});

const grant = (userId: number, role: "admin" | "clinic_staff" | "comms_officer", scope = "") =>
  grantRole(t.db, { userId: BigInt(userId), role, scope, by: null, via: "cli", now: clock.now() });

/** Someone who has chosen a language and holds the given clinic roles. */
async function staffOf(id: number, scopes: string[], locale: "ru" | "ky" = "ru"): Promise<FakeUser> {
  const user = await t.userWithLanguage(id, locale);
  for (const scope of scopes) await grant(id, "clinic_staff", scope);
  return user;
}

const inGroup = (chat: Chat = group) => t.fake.messagesIn(chat.id);
const groupRows = () => t.db.staffGroup.findMany();
const logger = createLogger("silent");

describe("/linkgroup in a group", () => {
  it("links the group to the sender's clinic and answers in the group", async () => {
    const staff = await staffOf(8001, [adilet]);
    const privateBefore = staff.messages().length;
    await staff.sendIn(group, "/linkgroup");
    expect(inGroup().map((m) => m.text)).toEqual([linked("Клиника Адилет")]);
    expect(staff.messages()).toHaveLength(privateBefore);
    expect(await groupRows()).toEqual([
      {
        role: "clinic_staff",
        scope: adilet,
        chatId: BigInt(group.id),
        title: "Адилет — сотрудники",
        language: "ru",
        linkedBy: 8001n,
        linkedAt: clock.now(),
      },
    ]);
    expect(await t.db.auditEvent.findMany({ where: { action: "group.link" } })).toMatchObject([
      { actorId: 8001n, role: "clinic_staff", scope: adilet, via: "bot" },
    ]);
  });

  it("answers in the sender's language, and notifications there follow it; /linkgroup@thisbot works too", async () => {
    const staff = await staffOf(8002, [adilet], "ky");
    await staff.sendIn(group, "/linkgroup@komok_test_bot");
    expect(inGroup().at(-1)!.text).toBe(
      "✅ Бул топ туташтырылды: Адилет клиникасы. Билдирмелер ушул жакка келет, ал эми баскычтар керектүү ролу бар кызматкерлерде гана иштейт. Ажыратуу: /unlinkgroup",
    );
    expect(await groupRows()).toMatchObject([{ language: "ky" }]);
  });

  it("works for staff granted by the operator who never wrote to the bot, in their app's language", async () => {
    await grant(8003, "comms_officer");
    const staff = t.user(8003, "ky");
    await staff.sendIn(group, "/linkgroup");
    expect(inGroup().at(-1)!.text).toMatch(/^✅ Бул топ туташтырылды: коммуникациялар командасы\./);
    expect(await groupRows()).toMatchObject([{ role: "comms_officer", scope: "", language: "ky", linkedBy: 8003n }]);
  });

  it("is refused to a citizen, an admin and anyone the bot does not know, and links nothing", async () => {
    const citizen = await t.userWithLanguage(8004, "ru");
    await citizen.sendIn(group, "/linkgroup");
    expect(inGroup().at(-1)!.text).toBe(NOT_STAFF);
    const admin = await t.userWithLanguage(ADMIN, "ru");
    await admin.sendIn(group, "/linkgroup");
    expect(inGroup().at(-1)!.text).toBe(NOT_STAFF);
    await t.user(8005, "ky").sendIn(group, "/linkgroup");
    expect(inGroup().at(-1)!.text).toBe(
      "Топту клиниканын кызматкерлери же коммуникациялар боюнча адистер гана туташтыра алат.",
    );
    expect(inGroup()).toHaveLength(3);
    expect(await groupRows()).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { action: "group.link" } })).toBe(0);
  });

  it("is ignored when addressed to another bot", async () => {
    const staff = await staffOf(8006, [adilet]);
    await staff.sendIn(group, "/linkgroup@some_other_bot");
    expect(inGroup()).toEqual([]);
    expect(await groupRows()).toEqual([]);
  });

  it("in a private chat only explains where to send it", async () => {
    const staff = await staffOf(8007, [adilet]);
    await staff.send("/linkgroup");
    expect(staff.last()!.text).toBe("Эту команду нужно отправить в рабочей группе, куда добавлен бот.");
    await staff.send("/unlinkgroup");
    expect(staff.last()!.text).toBe("Эту команду нужно отправить в рабочей группе, куда добавлен бот.");
    expect(await groupRows()).toEqual([]);
  });
});

describe("the choice of what a group receives", () => {
  it("is offered to someone with several group roles; only a holder of the chosen one can press it", async () => {
    const both = await staffOf(8010, [adilet, ukuk]);
    await grant(8010, "comms_officer");
    await both.sendIn(group, "/linkgroup");
    const choice = inGroup().at(-1)!;
    expect(choice.text).toBe("Что будет приходить в эту группу?");
    expect(choice.buttons).toEqual([["Клиника Адилет"], ["Клиника Укук"], ["команда коммуникаций"]]);
    expect(await groupRows()).toEqual([]);

    // A citizen in the group, staff of another clinic, and an admin: refused, nothing changes.
    const citizen = await t.userWithLanguage(8011, "ru");
    const otherClinic = await staffOf(8012, [third]);
    const admin = await t.userWithLanguage(ADMIN, "ru");
    for (const person of [citizen, otherClinic, admin]) {
      const update = await person.clickIn(group.id, "Клиника Укук");
      expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: REFUSED, showAlert: true })]);
    }
    // Staff of Adilet may link Adilet, but not Ukuk.
    const adiletOnly = await staffOf(8013, [adilet], "ky");
    const refused = await adiletOnly.clickIn(group.id, "Клиника Укук");
    expect(t.fake.answersTo(refused)).toEqual([
      expect.objectContaining({
        text: "Бул аракет керектүү ролу бар кызматкерлерге гана жеткиликтүү. Эч нерсе өзгөргөн жок.",
        showAlert: true,
      }),
    ]);
    expect(choice.text).toBe("Что будет приходить в эту группу?");
    expect(await groupRows()).toEqual([]);

    const update = await both.clickIn(group.id, "Клиника Укук");
    expect(t.fake.answersTo(update)).toHaveLength(1);
    expect(choice.text).toBe(linked("Клиника Укук"));
    expect(choice.buttons).toEqual([]);
    expect(await groupRows()).toMatchObject([{ role: "clinic_staff", scope: ukuk, linkedBy: 8010n }]);
    expect(t.fake.refused).toEqual([]);
  });

  it("links the comms team when that is chosen", async () => {
    const both = await staffOf(8014, [adilet]);
    await grant(8014, "comms_officer");
    await both.sendIn(group, "/linkgroup");
    await both.clickIn(group.id, "команда коммуникаций");
    expect(inGroup().at(-1)!.text).toBe(linked("команда коммуникаций"));
    expect(await groupRows()).toMatchObject([{ role: "comms_officer", scope: "" }]);
  });

  it("refuses a choice button from another group, and unsigned data, even to the person it was made for", async () => {
    const both = await staffOf(8015, [adilet, ukuk]);
    await both.sendIn(group, "/linkgroup");
    const { data } = both.buttonIn(group.id, "Клиника Укук");
    const other = t.fake.group(-100_600, "Другая группа");
    await both.sendIn(other, "/linkgroup");
    const otherChoice = inGroup(other).at(-1)!;
    for (const forged of [data, "grp:clinic_staff:" + ukuk, "grp:clinic_staff:" + ukuk + ":AAAAAAAA"]) {
      const update = await both.clickData(forged, otherChoice);
      expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: INVALID, showAlert: true })]);
    }
    expect(otherChoice.text).toBe("Что будет приходить в эту группу?");
    expect(await groupRows()).toEqual([]);
  });
});

describe("forged staff buttons in a group", () => {
  it("are refused and change nothing, even with data the bot signed for the admin's private chat", async () => {
    const admin = await t.userWithLanguage(ADMIN, "ru");
    await grant(8020, "comms_officer");
    const grantId = (await t.db.roleGrant.findFirstOrThrow({ where: { userId: 8020n } })).id;
    // The admin's genuine confirmation button, made for the admin's private chat.
    await admin.send("/staff");
    await admin.click("👥 Список сотрудников");
    await admin.click("✖ 2");
    const confirm = admin.buttonIn(ADMIN, "Да, снять");
    expect(confirm.data).toMatch(new RegExp(`^adm:ry:${grantId}:[A-Za-z0-9_-]{8}$`));

    const staff = await staffOf(8021, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    const groupMessage = inGroup().at(-1)!;
    const citizen = await t.userWithLanguage(8022, "ru");
    for (const [person, data] of [
      [citizen, `adm:ry:${grantId}:AAAAAAAA`],
      [admin, `adm:ry:${grantId}:AAAAAAAA`],
      [admin, confirm.data],
      [citizen, confirm.data],
    ] as const) {
      const update = await person.clickData(data, groupMessage);
      expect(t.fake.answersTo(update)).toEqual([expect.objectContaining({ text: INVALID, showAlert: true })]);
    }
    expect(await t.db.roleGrant.count({ where: { userId: 8020n } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "role.revoke" } })).toBe(0);
    expect(inGroup()).toHaveLength(1);
    expect(t.logs.join("\n")).toContain("a staff button with bad data was refused");
  });
});

describe("/unlinkgroup", () => {
  it("unlinks for a member of the linked clinic, and refuses citizens and other clinics' staff", async () => {
    const staff = await staffOf(8030, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    const citizen = await t.userWithLanguage(8031, "ru");
    const otherClinic = await staffOf(8032, [ukuk]);
    for (const person of [citizen, otherClinic]) {
      await person.sendIn(group, "/unlinkgroup");
      expect(inGroup().at(-1)!.text).toBe("Отключить группу может администратор или сотрудник, чьи уведомления сюда приходят.");
    }
    expect(await groupRows()).toHaveLength(1);

    clock.advance(60_000);
    await staff.sendIn(group, "/unlinkgroup");
    expect(inGroup().at(-1)!.text).toBe("Группа отключена: уведомления будут приходить сотрудникам лично.");
    expect(await groupRows()).toEqual([]);
    expect(await t.db.auditEvent.findMany({ where: { action: "group.unlink" } })).toMatchObject([
      { actorId: 8030n, role: "clinic_staff", scope: adilet, at: clock.now() },
    ]);
    await staff.sendIn(group, "/unlinkgroup");
    expect(inGroup().at(-1)!.text).toBe("Эта группа ни к чему не подключена.");
  });

  it("lets an admin unlink any group", async () => {
    const staff = await staffOf(8033, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    const admin = await t.userWithLanguage(ADMIN, "ru");
    await admin.sendIn(group, "/unlinkgroup");
    expect(inGroup().at(-1)!.text).toBe("Группа отключена: уведомления будут приходить сотрудникам лично.");
    expect(await groupRows()).toEqual([]);
  });
});

describe("the bot removed from a group", () => {
  it("unlinks it; being added does not link anything", async () => {
    const staff = await staffOf(8040, [adilet]);
    await t.fake.myChatMember(group, staff.from, "member");
    expect(inGroup()).toEqual([]);
    await staff.sendIn(group, "/linkgroup");
    expect(await groupRows()).toHaveLength(1);

    await t.fake.myChatMember(group, staff.from, "left");
    expect(await groupRows()).toEqual([]);
    expect(await t.db.auditEvent.findMany({ where: { action: "group.unlink" } })).toMatchObject([
      { actorId: null, role: "clinic_staff", scope: adilet },
    ]);
    expect(inGroup()).toHaveLength(1); // nothing said to a group the bot has left
  });

  it("(kicked) unlinks it too, and leaves other groups' links alone", async () => {
    const a = await staffOf(8041, [adilet]);
    const b = await staffOf(8042, [ukuk]);
    const other = t.fake.group(-100_700, "Укук");
    await a.sendIn(group, "/linkgroup");
    await b.sendIn(other, "/linkgroup");
    await t.fake.myChatMember(group, a.from, "kicked");
    expect(await groupRows()).toMatchObject([{ scope: ukuk, chatId: BigInt(other.id) }]);
  });
});

describe("notifications to staff", () => {
  const render = (locale: "ky" | "ru") => ({ text: locale === "ky" ? "Жаңы жазылуу" : "Новая запись" });

  it("go to the linked group, in the language of who linked it, and to nobody privately", async () => {
    const staff = await staffOf(8050, [adilet], "ky");
    const colleague = await staffOf(8051, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    const before = [staff.messages().length, colleague.messages().length];
    const sent = await notifyStaff({ db: t.db, reads: t.database.reads, logger }, t.bot.api, { role: "clinic_staff", scope: adilet }, render);
    expect(sent).toBe(1);
    expect(inGroup().at(-1)!.text).toBe("Жаңы жазылуу");
    expect([staff.messages().length, colleague.messages().length]).toEqual(before);
  });

  it("go to each member privately in their language when no group is linked, skipping people who blocked the bot", async () => {
    const ky = await staffOf(8052, [adilet], "ky");
    const ru = await staffOf(8053, [adilet]);
    const blocked = await staffOf(8054, [adilet]);
    await staffOf(8055, [ukuk]);
    await blocked.blockBot();
    const calls = t.fake.callsOf("sendMessage").length;
    const sent = await notifyStaff({ db: t.db, reads: t.database.reads, logger }, t.bot.api, { role: "clinic_staff", scope: adilet }, render);
    expect(sent).toBe(2);
    expect(ky.last()!.text).toBe("Жаңы жазылуу");
    expect(ru.last()!.text).toBe("Новая запись");
    // Two messages, none to the blocked person nor to the other clinic.
    expect(t.fake.callsOf("sendMessage").slice(calls).map((c) => c.payload.chat_id)).toEqual([8052, 8053]);
    expect(inGroup()).toEqual([]);
  });

  it("fall back to members privately when the linked group cannot be reached", async () => {
    const staff = await staffOf(8056, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    // The group is gone without the bot hearing of it (e.g. deleted).
    await t.db.staffGroup.updateMany({ data: { chatId: -100_999n } });
    const sent = await notifyStaff({ db: t.db, reads: t.database.reads, logger }, t.bot.api, { role: "clinic_staff", scope: adilet }, render);
    expect(sent).toBe(1);
    expect(staff.last()!.text).toBe("Новая запись");
  });

  it("reach the comms team's group", async () => {
    await grant(8057, "comms_officer");
    await t.user(8057, "ru").sendIn(group, "/linkgroup");
    const sent = await notifyStaff({ db: t.db, reads: t.database.reads, logger }, t.bot.api, { role: "comms_officer", scope: "" }, render);
    expect(sent).toBe(1);
    expect(inGroup().at(-1)!.text).toBe("Новая запись");
  });
});

describe("keeping citizens' data in the right group", () => {
  it("refuses a public group (one with a @username)", async () => {
    const staff = await staffOf(8101, [adilet]);
    const open = { ...t.fake.group(-100_777, "Открытая группа"), username: "open_group" } as Chat;
    await staff.sendIn(open, "/linkgroup");
    expect(inGroup(open).at(-1)!.text).toBe(
      "Публичную группу подключить нельзя: в уведомлениях будут личные данные граждан. Сделайте группу закрытой и отправьте /linkgroup снова.",
    );
    expect(await groupRows()).toEqual([]);
  });

  it("tells the old group when a clinic's notifications move to another group", async () => {
    const staff = await staffOf(8102, [adilet], "ky");
    await staff.sendIn(group, "/linkgroup");
    const second = t.fake.group(-100_778, "Адилет — жаңы топ");
    await staff.sendIn(second, "/linkgroup");
    expect(inGroup().at(-1)!.text).toBe("Билдирмелер (Адилет клиникасы) эми башка топко келет. Бул жакка мындан ары келбейт.");
    expect(await groupRows()).toMatchObject([{ role: "clinic_staff", scope: adilet, chatId: BigInt(second.id) }]);
  });

  it("follows a group that becomes a supergroup", async () => {
    const staff = await staffOf(8103, [adilet]);
    await staff.sendIn(group, "/linkgroup");
    await t.fake.sendUpdate({
      message: { message_id: 99, from: staff.from, chat: group, date: 1, migrate_to_chat_id: -100_999 },
    });
    expect(await groupRows()).toMatchObject([{ scope: adilet, chatId: -100_999n }]);
  });

  it("unlinks only what the sender's own role receives; an admin unlinks all", async () => {
    const adiletStaff = await staffOf(8104, [adilet]);
    const comms = await t.userWithLanguage(8105, "ru");
    await grant(8105, "comms_officer");
    await adiletStaff.sendIn(group, "/linkgroup");
    await comms.sendIn(group, "/linkgroup");
    expect(await groupRows()).toHaveLength(2);
    await comms.sendIn(group, "/unlinkgroup");
    expect((await groupRows()).map((g) => g.role)).toEqual(["clinic_staff"]);
    const admin = await t.userWithLanguage(ADMIN, "ru");
    await admin.sendIn(group, "/unlinkgroup");
    expect(await groupRows()).toEqual([]);
  });
});

it("asks an anonymous group admin to send /linkgroup as themselves", async () => {
  const anonymous = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
  await t.fake.sendUpdate({
    message: { message_id: 5, from: anonymous, sender_chat: group, chat: group, date: 1, text: "/linkgroup", entities: [{ type: "bot_command", offset: 0, length: 10 }] },
  });
  expect(inGroup().at(-1)!.text).toMatch(/^Я не вижу, кто отправил команду: она пришла от имени группы\./);
  expect(await groupRows()).toEqual([]);
});
