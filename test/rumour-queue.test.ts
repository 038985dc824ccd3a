// The rumour queue stays bounded: grouping scores a new rumour against the few
// open rumours that share the most search keys with it (found in SQL), not
// against every open rumour; one person can have only a few waiting; rumours
// nobody takes up are closed after 30 days with their texts and keys.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.ts";
import { answerRumour, expireStaleRumours, importFactChecks, OPEN_RUMOURS_PER_PERSON, queueRumour, rumourQueue } from "../src/services/factchecks.ts";
import { ManualClock } from "./support/clock.ts";
import { answer } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "factchecks", "fixture.jsonl"), "utf8");
const now = new Date("2026-11-23T06:00:00Z");

/** A made-up word of Cyrillic syllables for a number (scattered, so two numbers share no prefix or near-spelling by chance). */
const word = (n: number) => {
  const letters = "бвгдзклмнпрстфхшж";
  const vowels = "аоуеиы";
  let x = (n * 2_654_435_761 + 97) >>> 0;
  let out = "";
  for (let i = 0; i < 5; i++) {
    x = Math.imul(x ^ (x >>> 15), 2_246_822_519) >>> 0;
    out += letters[x % letters.length]! + vowels[(x >>> 8) % vowels.length]!;
  }
  return out;
};
const rumourText = (i: number) => `${word(i)} ${word(i + 5_000)} ${word(i + 10_000)}`;

describe("the rumour queue's grouping", () => {
  let dir: string;
  let database: Database;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "komok-rumours-"));
    database = await openDatabase(`file:${path.join(dir, "test.db")}`);
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("groups a new rumour with the open one it repeats or sits inside, never with one answered meanwhile", async () => {
    const { db } = database;
    const ids: number[] = [];
    // 120 different rumours from 120 people.
    for (let i = 0; i < 120; i++) {
      const r = await queueRumour(db, BigInt(1000 + i), rumourText(i), now);
      if (r.capped) throw new Error("capped");
      expect(r.isNew).toBe(true);
      ids.push(r.rumourId);
    }
    expect(await db.rumour.count({ where: { status: "open" } })).toBe(120);
    // An old one (in the index) and the newest (apart from it) are joined by the same words.
    for (const i of [3, 119]) {
      const joined = await queueRumour(db, 5000n + BigInt(i), `говорят ${rumourText(i)}`, now);
      expect(joined).toMatchObject({ rumourId: ids[i], isNew: false, askers: 2 });
    }
    // The new message inside a long queued one joins it too.
    const long = await queueRumour(db, 6000n, `${word(90_001)} ${word(90_002)} ${word(90_003)} ${word(90_004)} ${word(90_005)} ${word(90_006)} ${word(90_007)}`, now);
    const inside = await queueRumour(db, 6001n, `${word(90_003)} ${word(90_004)} ${word(90_005)}`, now);
    expect(inside).toMatchObject({ rumourId: (long as { rumourId: number }).rumourId, isNew: false });
    // Answered meanwhile (still in the index): the same words start a new group.
    await importFactChecks(db, FIXTURE.split("\n")[0]!, now);
    const fc = await db.factCheck.findFirstOrThrow();
    expect(await answerRumour(db, ids[7]!, fc.id, 1n, now)).not.toBeNull();
    const after = await queueRumour(db, 7000n, rumourText(7), now);
    expect(after).toMatchObject({ isNew: true });
    expect((after as { rumourId: number }).rumourId).not.toBe(ids[7]);
    // An answered rumour keeps no keys read from its askers' texts.
    expect(await db.rumourKey.count({ where: { rumourId: ids[7] } })).toBe(0);
    expect(await db.rumourKey.count({ where: { rumourId: ids[8] } })).toBeGreaterThan(0);
  });

  it("finds its group among big groups that share one common word (distinct words count, not askers)", async () => {
    const { db } = database;
    // 25 groups about the vaccine, 12 askers each, all sharing the word "вакцина".
    for (let g = 0; g < 25; g++) {
      for (let a = 0; a < 12; a++) await queueRumour(db, BigInt(10_000 + g * 100 + a), `вакцина ${rumourText(200 + g)}`, now);
    }
    expect(await db.rumour.count()).toBe(25);
    const small = (await queueRumour(db, 1n, `вакцина ${rumourText(999)}`, now)) as { rumourId: number };
    expect(await queueRumour(db, 2n, `вакцина ${rumourText(999)}`, now)).toMatchObject({ rumourId: small.rumourId, isNew: false });
    expect(await queueRumour(db, 3n, `вакцина ${rumourText(210)}`, now)).toMatchObject({ isNew: false, askers: 13 });
  });

  it("finds rumours queued before the keys existed (keyed when first needed)", async () => {
    const { db } = database;
    const old = await db.rumour.create({ data: { text: rumourText(1), status: "open", createdAt: now, lastAskedAt: now } });
    await db.rumourAsker.create({ data: { rumourId: old.id, userId: 1n, text: rumourText(1), createdAt: now } });
    expect(await queueRumour(db, 2n, `а правда ли ${rumourText(1)}`, now)).toMatchObject({ rumourId: old.id, isNew: false, askers: 2 });
    expect(await db.rumour.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ keyed: true });
    expect((await db.rumourKey.findMany({ where: { rumourId: old.id }, distinct: ["userId"] })).map((k) => k.userId).sort()).toEqual([1n, 2n]);
  });

  it("lets one person have at most 5 rumours waiting; an answered one makes room", async () => {
    const { db } = database;
    const mine: number[] = [];
    for (let i = 0; i < OPEN_RUMOURS_PER_PERSON; i++) mine.push(((await queueRumour(db, 42n, rumourText(i), now)) as { rumourId: number }).rumourId);
    expect(await queueRumour(db, 42n, rumourText(99), now)).toEqual({ capped: true });
    expect(await db.rumour.count()).toBe(OPEN_RUMOURS_PER_PERSON);
    // Someone else is not held back by it.
    expect(await queueRumour(db, 43n, rumourText(99), now)).toMatchObject({ isNew: true });
    await importFactChecks(db, FIXTURE.split("\n")[0]!, now);
    await answerRumour(db, mine[0]!, (await db.factCheck.findFirstOrThrow()).id, 1n, now);
    expect(await queueRumour(db, 42n, rumourText(98), now)).toMatchObject({ isNew: true });
  });

  it("closes rumours nobody asked again for 30 days, with their askers' texts; the queue lists the most asked first", async () => {
    const { db } = database;
    const day = 24 * 60 * 60 * 1000;
    const old = (await queueRumour(db, 1n, rumourText(1), new Date(now.getTime() - 31 * day))) as { rumourId: number };
    const recent = (await queueRumour(db, 2n, rumourText(2), new Date(now.getTime() - 29 * day))) as { rumourId: number };
    await queueRumour(db, 3n, rumourText(2), now);
    expect((await rumourQueue(db)).map((r) => [r.id, r.askers])).toEqual([[recent.rumourId, 2], [old.rumourId, 1]]);
    expect(await expireStaleRumours(db, now)).toBe(1);
    expect(await db.rumour.findUniqueOrThrow({ where: { id: old.rumourId } })).toMatchObject({ status: "expired", text: "" });
    expect((await db.rumourAsker.findMany({ where: { rumourId: old.rumourId } })).map((a) => a.text)).toEqual([""]);
    expect(await db.rumourKey.count({ where: { rumourId: old.rumourId } })).toBe(0);
    expect((await rumourQueue(db)).map((r) => r.id)).toEqual([recent.rumourId]);
    expect(await expireStaleRumours(db, now)).toBe(0);
  });
});

describe("a citizen with 5 rumours waiting", () => {
  it("is told, in their language, that those are answered first, and nothing is queued", async () => {
    const clock = new ManualClock("2026-11-23T06:00:00Z");
    const t = await TestBot.start({ clock, rateLimit: false });
    try {
      await importFactChecks(t.db, FIXTURE, clock.now());
      for (let i = 0; i < OPEN_RUMOURS_PER_PERSON; i++) await queueRumour(t.db, 7010n, rumourText(i), clock.now());
      const user = await t.userWithLanguage(7010, "ru");
      await answer(user, "#🔎 Проверить слух", "Говорят, что водка с перцем убивает коронавирус", "#📨 Отправить команде");
      expect(user.last()!.text).toMatch(/^У вас уже 5 вопросов ждут проверки\. Сначала команда ответит на них/);
      expect(await t.db.rumour.count()).toBe(OPEN_RUMOURS_PER_PERSON);
      const ky = await t.userWithLanguage(7011, "ky");
      for (let i = 0; i < OPEN_RUMOURS_PER_PERSON; i++) await queueRumour(t.db, 7011n, rumourText(50 + i), clock.now());
      await answer(ky, "#🔎 Ушакты текшерүү", "арак менен калемпир коронавирусту өлтүрөт дешет", "#📨 Командага жөнөтүү");
      expect(ky.last()!.text).toMatch(/^Сиздин 5 сурооңуз текшерүүнү күтүп турат\./);
    } finally {
      await t.close();
    }
  });

  it("sees in /mydata that a rumour nobody took up was closed, and its text is gone", async () => {
    const clock = new ManualClock("2026-11-23T06:00:00Z");
    const t = await TestBot.start({ clock, rateLimit: false });
    try {
      await queueRumour(t.db, 7012n, rumourText(3), new Date("2026-10-01T06:00:00Z"));
      expect(await expireStaleRumours(t.db, clock.now())).toBe(1);
      const user = await t.userWithLanguage(7012, "ru");
      await user.send("/mydata");
      expect(user.messages().map((m) => m.text).join("\n")).toContain("• Слух отправлен 01.10.2026 12:00 (закрыт: за 30 дней его не взяли в работу): —");
    } finally {
      await t.close();
    }
  });
});
