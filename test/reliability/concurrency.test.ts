// Many people at once: the last seat goes to exactly one of 50 who take it at
// the same moment, and 200 people starting the bot together all get their
// answer (no SQLITE_BUSY or other error reaches anyone), and in polling mode no
// more than MAX_UPDATES_AT_ONCE updates are handled at a time.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { busyAnswer } from "../../src/bot.ts";
import { createLogger } from "../../src/logger.ts";
import { MAX_UPDATES_AT_ONCE, startPolling } from "../../src/server.ts";
import { createBooking } from "../../src/services/bookings.ts";
import { clinicSlots, importClinics, readClinicsFile } from "../../src/services/clinics.ts";
import { ManualClock } from "../support/clock.ts";
import { answer } from "../support/flows.ts";
import { TestBot } from "../support/harness.ts";
import { waitUntil } from "../support/process.ts";
import { SCRIPTS } from "../support/scripts.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T03:00:00Z");
  t = await TestBot.start({ clock, rateLimit: false });
});
afterEach(async () => {
  await t.close();
});

describe("concurrency", () => {
  it("50 people booking the same last seat at once: exactly one gets it, the others are told it is full", async () => {
    const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
    if (!read.ok) throw new Error("sample clinics are invalid");
    await importClinics(t.db, read.clinics);
    const clinic = await t.db.clinic.update({ where: { key: "sample-bishkek" }, data: { seats: 1 } });
    const slot = (await clinicSlots(t.db, clinic, clock.now()))[0]!;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        createBooking(t.db, { userId: BigInt(60_000 + i), clinicId: clinic.id, startsAt: slot.startsAt, topic: "labour", description: null, phone: "+996700000000", name: "X", sex: "female", contact: "telegram", language: "ru" }, clock.now()),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { reason: string }).reason))).toEqual(new Set(["full"]));
    expect(await t.db.booking.count({ where: { clinicId: clinic.id, startsAt: slot.startsAt, seat: { not: null } } })).toBe(1);
  });

  it("200 people starting the bot at the same time all get the language question, and no apology", async () => {
    const users = Array.from({ length: 200 }, (_, i) => t.user(61_000 + i, i % 2 ? "ru" : "ky"));
    await Promise.all(users.map((u) => u.send("/start")));
    await Promise.all(users.map((u) => u.click(u.id % 2 ? "Русский" : "Кыргызча")));
    for (const u of users) {
      const texts = u.messages().map((m) => m.text);
      expect(texts.some((x) => /Извините, что-то пошло не так|Кечиресиз, ката кетти/.test(x))).toBe(false);
      expect(u.last()!.buttons.flat().length).toBeGreaterThanOrEqual(6); // the main menu
    }
    expect(await t.db.user.count({ where: { id: { gte: 61_000n } } })).toBe(200);
  });

  it("200 people registering as jobseekers at the same time: 200 profiles saved, no error reaches anyone", { timeout: 120_000 }, async () => {
    const script = SCRIPTS.jobs!;
    const users = await Promise.all(Array.from({ length: 200 }, (_, i) => script.setup(t, clock, 62_000 + i)));
    // Everyone answers the same question at the same moment, question after question.
    for (const step of script.steps) await Promise.all(users.map((u) => answer(u, step)));
    for (const u of users) {
      expect(u.messages().map((m) => m.text).filter((x) => /Извините, что-то пошло не так|Кечиресиз, ката кетти/.test(x))).toEqual([]);
      expect(u.messages().map((m) => m.text)).toContain("✅ Вы на учёте как ищущий работу. Когда появятся подходящие вакансии, мы пришлём их — не чаще раза в день.");
    }
    expect(await t.db.jobseeker.count({ where: { userId: { gte: 62_000n } } })).toBe(200);
    expect(t.logs.filter((line) => /SQLITE_BUSY|database is locked/.test(line))).toEqual([]);
  });

  it("polling: 120 people writing at once are all answered, with at most 32 updates handled at a time", async () => {
    // Telegram takes a while to answer each call (20 ms here), so updates pile up in flight.
    t.fake.intercept(async () => void (await new Promise((r) => setTimeout(r, 20))));
    let inFlight = 0;
    let most = 0;
    const handle = t.bot.handleUpdate.bind(t.bot);
    t.bot.handleUpdate = async (update, envelope) => {
      most = Math.max(most, ++inFlight);
      try {
        return await handle(update, envelope);
      } finally {
        inFlight--;
      }
    };
    t.fake.setReceiver(undefined); // updates wait in getUpdates, as on Telegram's side
    const running = await startPolling(t.bot, busyAnswer(t.database.reads, t.bot.api), createLogger("silent"));
    try {
      const users = Array.from({ length: 120 }, (_, i) => t.user(63_000 + i, i % 2 ? "ru" : "ky"));
      await Promise.all(users.map((u) => u.send("/start")));
      await waitUntil(() => users.every((u) => u.messages().length > 0), 30_000);
      for (const u of users) expect(u.last()!.text).toBe("Тилди тандаңыз · Выберите язык");
      expect(most).toBe(MAX_UPDATES_AT_ONCE);
    } finally {
      await running.stop();
    }
  });
});
