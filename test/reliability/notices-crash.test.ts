// A kill -9 between a change of state and the message that follows it: the
// bot (started as `npm start` does) is killed the moment it sends the clinic's
// "new booking", then the citizen's "confirmed". Started again, the notice
// queued with the change goes out, and the citizen who presses "Book" again
// gets their reference (the same booking), not "you already have this time".
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { projectRoot } from "../../src/paths.ts";
import { importClinics, readClinicsFile } from "../../src/services/clinics.ts";
import { grantRole } from "../../src/services/roles.ts";
import { FakeTelegram, type FakeUser } from "../support/fake-telegram.ts";
import { startKillable, waitUntil } from "../support/process.ts";

let dir: string;
let fake: FakeTelegram;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-notices-"));
  fake = await FakeTelegram.start();
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends (or presses) and waits until the bot answered with something new. */
async function step(user: FakeUser, action: () => Promise<unknown>, wanted: RegExp = /./): Promise<void> {
  const before = user.messages().length;
  await action();
  await waitUntil(() => user.messages().slice(before).some((m) => wanted.test(m.text)), 20_000);
}

it("a kill -9 right after a booking is saved, and right after a staff Confirm, loses neither notice", { timeout: 120_000 }, async () => {
  const databaseUrl = `file:${path.join(dir, "komok.db")}`;
  const database = await openDatabase(databaseUrl);
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics are invalid");
  await importClinics(database.db, read.clinics);
  const clinic = await database.db.clinic.findUniqueOrThrow({ where: { key: "sample-jalal-abad" } });
  await database.db.user.createMany({ data: [{ id: 7001n, language: "ru" }, { id: 9001n, language: "ru" }] });
  await grantRole(database.db, { userId: 9001n, role: "clinic_staff", scope: `clinic:${clinic.id}`, by: null, via: "cli", now: new Date() });
  await database.close();

  const citizen = fake.user({ id: 7001, first_name: "Айгүль" });
  const staff = fake.user({ id: 9001, first_name: "Юрист" });
  const env = { BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl };

  // The first kill: when the bot sends the clinic its "new booking".
  let bot = startKillable(env);
  let killed = false;
  const killAt = (pattern: RegExp) =>
    fake.intercept((call) => {
      if (killed || call.method !== "sendMessage" || !pattern.test(String(call.payload.text ?? ""))) return undefined;
      killed = true;
      bot.kill("SIGKILL");
      return { error_code: 502, description: "Bad Gateway" };
    });
  const stopKilling = killAt(/^🆕 Новая запись/u);

  await step(citizen, () => citizen.send("/start"), /Главное меню/);
  await step(citizen, () => citizen.click("⚖️ Юридическая помощь"), /По какому вопросу/);
  await step(citizen, () => citizen.click("💼 Работа, невыплата зарплаты"), /Коротко опишите/);
  await step(citizen, () => citizen.send("Три месяца не платят зарплату"), /Выберите город или область/);
  await step(citizen, () => citizen.click("Джалал-Абадская область"), /Выберите день/);
  await step(citizen, () => citizen.click(citizen.last()!.buttons.flat()[0]!), /выберите время/);
  await step(citizen, () => citizen.click(citizen.last()!.buttons.flat()[0]!), /Как с вами связаться/);
  await step(citizen, () => citizen.send("0700 123 456"), /Как к вам обращаться/);
  await step(citizen, () => citizen.send("Айгүль"), /ваш пол/);
  await step(citizen, () => citizen.click("Женщина"), /Безопасно ли вам звонить/);
  await step(citizen, () => citizen.click("📞 Да, можно звонить и писать SMS"), /Чтобы записать вас/);
  await step(citizen, () => citizen.click("✅ Согласен(на)"), /Проверьте, пожалуйста/);
  await citizen.click("✅ Записаться");
  await bot.exited;
  stopKilling();
  expect(killed).toBe(true);
  // Saved, but neither the clinic nor the citizen heard of it.
  const saved = await openDatabase(databaseUrl);
  const booking = await saved.db.booking.findFirstOrThrow({ where: { userId: 7001n } });
  expect(await saved.db.notice.count({ where: { subjectId: booking.id, sentAt: null } })).toBe(1);
  await saved.close();
  expect(staff.messages().some((m) => m.text.includes(booking.ref))).toBe(false);

  // Started again: the clinic gets the booking, with its buttons.
  bot = startKillable(env);
  await waitUntil(() => staff.messages().some((m) => m.text.startsWith("🆕 Новая запись") && m.text.includes(booking.ref)), 30_000);
  const notice = staff.messages().find((m) => m.text.includes(booking.ref))!;
  expect(notice.buttons).toEqual([["✅ Подтвердить", "❌ Отказать"]]);
  // The citizen, who never saw an answer, presses "Book" again (unless the update came again by itself): their reference.
  if (!citizen.messages().some((m) => m.text.includes(booking.ref))) {
    await step(citizen, () => citizen.click("✅ Записаться"), /Вы записаны|записаны/);
  }
  await waitUntil(() => citizen.messages().some((m) => m.text.startsWith("✅ Вы записаны!") && m.text.includes(booking.ref)));
  expect(citizen.messages().some((m) => /уже записаны/.test(m.text))).toBe(false);

  // The second kill: when the bot tells the citizen the clinic confirmed.
  killed = false;
  killAt(/^✅ Клиника подтвердила/u);
  await staff.click("✅ Подтвердить");
  await bot.exited;
  expect(killed).toBe(true);
  const confirmed = await openDatabase(databaseUrl);
  expect((await confirmed.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("confirmed");
  await confirmed.close();
  bot = startKillable(env);
  await waitUntil(() => citizen.messages().some((m) => m.text.startsWith("✅ Клиника подтвердила")), 30_000);
  bot.kill("SIGTERM");
  await bot.exited;

  // Each notice reached its reader once.
  // (The clinic's message now shows the booking confirmed: edited in place by the Confirm.)
  expect(staff.messages().filter((m) => m.text.includes(booking.ref)).length).toBe(1);
  expect(citizen.messages().filter((m) => m.text.startsWith("✅ Клиника подтвердила")).length).toBe(1);
  const after = await openDatabase(databaseUrl);
  expect(await after.db.notice.count({ where: { sentAt: null } })).toBe(0);
  expect(await after.db.booking.count()).toBe(1);
  await after.close();
});
