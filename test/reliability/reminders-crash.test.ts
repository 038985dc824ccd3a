// Reminders survive the bot being killed hard (SIGKILL) while it sends them:
// started again, every citizen gets their reminder, and only the one whose send
// was in flight at the kill can arrive twice. Asserted on what the fake Bot API
// accepted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { FakeTelegram } from "../support/fake-telegram.ts";
import { killMidwayAndRestart } from "../support/process.ts";

const PEOPLE = 300;
let dir: string;
let fake: FakeTelegram;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-reminders-"));
  fake = await FakeTelegram.start();
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it("sends every due reminder after a kill -9 mid-way, with at most one twice (the one in flight)", { timeout: 90_000 }, async () => {
  const databaseUrl = `file:${path.join(dir, "komok.db")}`;
  const ids = Array.from({ length: PEOPLE }, (_, i) => 50_000 + i);
  const database = await openDatabase(databaseUrl);
  const now = new Date();
  const clinic = await database.db.clinic.create({ data: { nameKy: "Клиника", nameRu: "Клиника", seats: PEOPLE } });
  await database.db.user.createMany({ data: ids.map((id) => ({ id: BigInt(id), language: id % 2 ? "ru" : "ky" })) });
  // Visits in three hours: the 2-hour reminders are all due now.
  const startsAt = new Date(now.getTime() + 3 * 3_600_000);
  for (const [i, id] of ids.entries()) {
    await database.db.booking.create({
      data: {
        ref: `R${i}`, userId: BigInt(id), clinicId: clinic.id, startsAt, seat: i + 1, status: "confirmed", topic: "labour", phone: "+996700000000", name: "X", sex: "female", contact: "telegram", language: "ru", createdAt: now, updatedAt: now,
        reminders: { create: { kind: "2h", dueAt: new Date(now.getTime() - 60_000) } },
      },
    });
  }
  await database.close();
  for (const id of ids) fake.user({ id });
  // Telegram takes 5 ms per message, so the kill lands in the middle.
  fake.intercept(async (call) => {
    if (call.method === "sendMessage") await new Promise((r) => setTimeout(r, 5));
    return undefined;
  });
  const reminded = (id: number) => fake.messagesIn(id).filter((m) => /^⏰/u.test(m.text)).length;
  const delivered = () => ids.filter((id) => reminded(id) > 0).length;

  const atKill = await killMidwayAndRestart({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl }, delivered, PEOPLE);
  expect(atKill).toBeLessThan(PEOPLE);

  const counts = ids.map(reminded);
  const duplicated = counts.reduce((sum, n) => sum + n - 1, 0);
  console.log(`reminders crash: ${atKill}/${PEOPLE} sent at the kill, 0 lost, ${duplicated} sent twice (bound 1)`);
  expect(counts.every((n) => n >= 1)).toBe(true);
  expect(duplicated).toBeLessThanOrEqual(1);
  const after = await openDatabase(databaseUrl);
  expect(await after.db.reminder.count({ where: { sentAt: null } })).toBe(0);
  await after.close();
});
