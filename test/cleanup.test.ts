import { afterEach, beforeEach, expect, it } from "vitest";
import { deleteOldInvites, deleteOldNotices, deleteOldPicks, deleteStaleState } from "../src/jobs/cleanup.ts";
import { importFactChecks } from "../src/services/factchecks.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

it("deletes conversation progress untouched for 7 days and keeps the rest", async () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const day = 24 * 60 * 60 * 1000;
  await t.db.storedState.createMany({
    data: [
      { scope: "conversation", key: "1", value: "{}", updatedAt: new Date(now.getTime() - 8 * day) },
      { scope: "session", key: "2", value: "{}", updatedAt: new Date(now.getTime() - 7 * day - 1000) },
      { scope: "conversation", key: "3", value: "{}", updatedAt: new Date(now.getTime() - 6 * day) },
    ],
  });
  expect(await deleteStaleState(t.db, now)).toBe(2);
  expect((await t.db.storedState.findMany()).map((r) => r.key)).toEqual(["3"]);
});

it("deletes invites expired or used more than 30 days ago", async () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
  const invite = (tokenHash: string, expiresAt: Date, usedAt: Date | null = null) => ({
    tokenHash,
    role: "comms_officer",
    createdAt: daysAgo(40),
    expiresAt,
    usedAt,
    usedBy: usedAt ? 5n : null,
  });
  await t.db.invite.createMany({
    data: [
      invite("old-expired", daysAgo(31)),
      invite("old-used", daysAgo(1), daysAgo(35)),
      invite("recently-expired", daysAgo(29)),
      invite("open", new Date(now.getTime() + 3600_000)),
    ],
  });
  expect(await deleteOldInvites(t.db, now)).toBe(2);
  expect((await t.db.invite.findMany({ orderBy: { tokenHash: "asc" } })).map((i) => i.tokenHash)).toEqual(["open", "recently-expired"]);
});

it("deletes 'did you mean' picks no officer decided within 30 days, with the person's text; decided ones stay", async () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const day = 24 * 60 * 60 * 1000;
  await importFactChecks(t.db, readFileSync(path.join(import.meta.dirname, "factchecks", "fixture.jsonl"), "utf8"), now);
  await t.db.factCheckPick.createMany({
    data: [
      { factCheckId: "garlic-cures", userId: 1n, text: "старый", status: "pending", createdAt: new Date(now.getTime() - 31 * day) },
      { factCheckId: "garlic-cures", userId: 2n, text: "", status: "confirmed", createdAt: new Date(now.getTime() - 40 * day) },
      { factCheckId: "garlic-cures", userId: 3n, text: "новый", status: "pending", createdAt: new Date(now.getTime() - 29 * day) },
    ],
  });
  expect(await deleteOldPicks(t.db, now)).toBe(1);
  expect((await t.db.factCheckPick.findMany({ orderBy: { userId: "asc" } })).map((p) => p.userId)).toEqual([2n, 3n]);
});

it("deletes notices sent more than 30 days ago; unsent and recent ones stay", async () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(now.getTime() - days * day);
  await t.db.notice.createMany({
    data: [
      { kind: "booking", subjectId: 1, event: "new", createdAt: at(40), dueAt: at(40), sentAt: at(31) },
      { kind: "booking", subjectId: 2, event: "new", createdAt: at(40), dueAt: at(40), sentAt: at(29) },
      { kind: "booking", subjectId: 3, event: "new", createdAt: at(40), dueAt: at(40), sentAt: null },
    ],
  });
  expect(await deleteOldNotices(t.db, now)).toBe(1);
  expect((await t.db.notice.findMany({ orderBy: { subjectId: "asc" } })).map((n) => n.subjectId)).toEqual([2, 3]);
});
