// A broadcast survives the bot being killed hard (SIGKILL) in the middle:
// started again, it delivers to everyone, and only the few rows in flight at
// the kill (one claimed batch, 10) can reach someone twice. Asserted on what
// the fake Bot API accepted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { DEFAULT_SENDER } from "../../src/jobs/broadcast-sender.ts";
import { approveBroadcast, broadcastStats, createBroadcast } from "../../src/services/broadcasts.ts";
import { FakeTelegram } from "../support/fake-telegram.ts";
import { killMidwayAndRestart } from "../support/process.ts";

const SUBSCRIBERS = 300;
let dir: string;
let fake: FakeTelegram;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-crash-"));
  fake = await FakeTelegram.start();
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it("delivers to everyone after a kill -9 mid-way, with duplicates only within the batch in flight", { timeout: 90_000 }, async () => {
  const databaseUrl = `file:${path.join(dir, "komok.db")}`;
  const ids = Array.from({ length: SUBSCRIBERS }, (_, i) => 40_000 + i);
  const database = await openDatabase(databaseUrl);
  const now = new Date();
  await database.db.user.createMany({ data: ids.map((id) => ({ id: BigInt(id), language: "ru" })) });
  await database.db.subscription.createMany({ data: ids.map((id) => ({ userId: BigInt(id), topic: "covid", createdAt: now })) });
  const b = await createBroadcast(database.db, { textKy: "Эскертүү", textRu: "Предупреждение", audience: { topics: ["covid"], languages: [], regions: [] } }, 1n, now);
  await approveBroadcast(database.db, b.id, 2n, now);
  await database.close();
  for (const id of ids) fake.user({ id });
  const delivered = () => ids.filter((id) => fake.messagesIn(id).length > 0).length;

  const atKill = await killMidwayAndRestart({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: databaseUrl, BROADCAST_RATE: "100" }, delivered, SUBSCRIBERS);
  expect(atKill).toBeLessThan(SUBSCRIBERS);

  const counts = ids.map((id) => fake.messagesIn(id).length);
  const duplicated = counts.reduce((sum, n) => sum + n - 1, 0);
  console.log(`broadcast crash: ${atKill}/${SUBSCRIBERS} delivered at the kill, 0 lost, ${duplicated} delivered twice (bound ${DEFAULT_SENDER.batch})`);
  expect(counts.every((n) => n >= 1)).toBe(true);
  expect(duplicated).toBeLessThanOrEqual(DEFAULT_SENDER.batch);
  const after = await openDatabase(databaseUrl);
  expect(await broadcastStats(after.db, b.id)).toMatchObject({ status: "done", total: SUBSCRIBERS, sent: SUBSCRIBERS, left: 0 });
  await after.close();
});
