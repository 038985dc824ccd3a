// Logs never carry names, phone numbers or message texts, even at debug level
// and when handlers fail.
import { afterEach, beforeEach, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { createInvite } from "../src/services/invites.ts";
import { notifyStaff } from "../src/services/staff-groups.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

it("keeps names, phones and texts out of the logs", async () => {
  const user = t.fake.user({ id: 4242, language_code: "ky", first_name: "Жылдызкан", last_name: "Токтогулова", username: "jyldyz_t" });
  await user.send("/start");
  await user.click("Кыргызча");
  await user.send("менин телефонум +996 555 12 34 56, Ош шаары");
  await user.sendContact("+996700987654");
  const stop = t.fake.intercept((call) =>
    call.method === "sendMessage" ? { error_code: 400, description: "Bad Request: can't parse entities" } : undefined,
  );
  await user.send("Жылдызкан сурайт: жардам барбы?");
  stop();
  const logs = t.logs.join("\n");
  expect(logs).toContain("update failed"); // the failure itself is logged
  for (const secret of ["Жылдызкан", "Токтогулова", "jyldyz_t", "555 12 34", "700987654", "Ош шаары", "жардам барбы"]) {
    expect(logs).not.toContain(secret);
  }
});

it("keeps staff names, group titles and notification texts out of the logs, also when sends fail", async () => {
  const clinic = await t.db.clinic.create({ data: { nameKy: "Адилет", nameRu: "Адилет" } });
  const { payload } = await createInvite(t.db, { role: "clinic_staff", scope: `clinic:${clinic.id}`, by: null, via: "cli", now: new Date() });
  const staff = t.fake.user({ id: 4300, language_code: "ru", first_name: "Нурсултан", last_name: "Абдыкеримов", username: "nursultan_a" });
  await staff.send(`/start ${payload}`);
  await staff.click("Русский");
  const group = t.fake.group(-4301, "Адилет — юристы Чолпон");
  await staff.sendIn(group, "/linkgroup");
  await staff.send("/mydata");
  await staff.send("/mydata json");
  // The group and the person both refuse: the failures are logged, not what was sent.
  const stop = t.fake.intercept((call) =>
    call.method === "sendMessage" ? { error_code: 403, description: "Forbidden: bot was kicked from the group chat" } : undefined,
  );
  const logger = createLogger("debug", { write: (line: string) => void t.logs.push(line) });
  await notifyStaff({ db: t.db, reads: t.database.reads, logger }, t.bot.api, { role: "clinic_staff", scope: `clinic:${clinic.id}` }, () => ({
    text: "Запись: Гульмира Осмонова, +996 555 000 111",
  }));
  stop();
  await staff.send("/deleteme");
  await staff.click("🗑 Да, удалить всё");
  const logs = t.logs.join("\n");
  expect(logs).toContain("a staff group did not get a notification"); // the failures are there
  expect(logs).toContain("a message to a person was not delivered");
  for (const secret of ["Нурсултан", "Абдыкеримов", "nursultan_a", "юристы Чолпон", "Гульмира", "555 000 111", "inv_"]) {
    expect(logs).not.toContain(secret);
  }
});

it("fails any test whose logs hold a text, name or phone number a person typed (the harness checks this after every test)", async () => {
  const other = await TestBot.start();
  const user = other.fake.user({ id: 4500, language_code: "ru", first_name: "Бактыгуль" });
  await user.send("/start");
  await user.send("Мой номер 0555 12-34-56, помогите");
  await user.sendContact("+996700987654");
  const clean = other.fake.typedIn(other.logs.join("\n"));
  expect(clean).toEqual([]);
  // A leak of each kind, as a careless log line would write it.
  expect(other.fake.typedIn(`{"msg":"got","text":"Мой номер 0555 12-34-56, помогите"}`)).toEqual(["Мой номер 0555 12-34-56, помогите"]);
  expect(other.fake.typedIn(`{"msg":"contact","phone":"996 700 98 76 54"}`)).toEqual(["+996700987654"]);
  expect(other.fake.typedIn(`{"msg":"hi","name":"Бактыгуль","time":1764543210123}`)).toEqual(["Бактыгуль"]);
  // A long number that merely contains the digits is not a phone number.
  expect(other.fake.typedIn(`{"time":17645432109876543}`)).toEqual([]);
  other.logs.push(`{"level":20,"msg":"answer","text":"Мой номер 0555 12-34-56, помогите"}`);
  await expect(other.close()).rejects.toThrow(/The logs hold what people typed: "Мой номер/);
});
