// A broadcast to 10 000 subscribers against a fake Bot API that enforces a
// rate limit with 429s (LIMIT a second over any 1-second window, as Telegram
// does), while a few citizens keep using /menu. Prints the achieved rate as a
// share of the limit, lost and duplicated messages, and the citizens' p95
// /menu round trip during the broadcast beside the same without one.
// Asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Api } from "grammy";
import { busyAnswer, createBot } from "../src/bot.ts";
import { openDatabase } from "../src/db/client.ts";
import { BroadcastSender, DEFAULT_SENDER } from "../src/jobs/broadcast-sender.ts";
import { createLogger } from "../src/logger.ts";
import { startPolling } from "../src/server.ts";
import { approveBroadcast, broadcastStats, createBroadcast, startBroadcast } from "../src/services/broadcasts.ts";
import { systemClock } from "../src/time.ts";
import { FakeTelegram, type ApiCall, type FakeUser } from "../test/support/fake-telegram.ts";
import { roundTrips } from "./round-trips.ts";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const LIMIT = Number(process.env.BENCH_LIMIT ?? 250); // messages a second the fake allows: 10 000 in about 40 s
const PROBES = 2; // citizens using /menu meanwhile, one request at a time each
// The sender is set a little under the limit, as BROADCAST_RATE should be: the bot's replies share Telegram's limit.
const SENDER_RATE = Math.floor(LIMIT * 0.97);

const fake = await FakeTelegram.start({ retainHistory: false });
const dir = mkdtempSync(path.join(tmpdir(), "komok-bench-broadcast-"));
const database = await openDatabase(`file:${path.join(dir, "bench.db")}`);
const logger = createLogger("silent");
const { db, reads } = database;

// Telegram's limit: more than LIMIT messages in the last second → 429 retry_after 1.
const window: number[] = [];
let refused = 0;
fake.intercept((call: ApiCall) => {
  if (call.method !== "sendMessage") return undefined;
  const now = Date.now();
  while (window.length && window[0]! <= now - 1000) window.shift();
  if (window.length >= LIMIT) {
    refused++;
    return { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
  }
  window.push(now);
  return undefined;
});
const perChat = new Map<number, number>();
fake.on("call", (c: ApiCall) => {
  if (c.method === "sendMessage") perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
});

const bot = createBot({ config: { adminIds: [] }, db, reads, logger, clock: systemClock }, { token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo, rateLimit: false });
const running = await startPolling(bot, busyAnswer(reads, bot.api), logger);

/** Each probe sends /menu, waits for the answer, pauses, and repeats until `until()` says stop. */
const probe = async (users: FakeUser[], until: () => boolean) => (await roundTrips(fake, users, "/menu", () => !until(), 500)).sort((a, b) => a - b);
const p95 = (sorted: number[]) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;

try {
  const ids = Array.from({ length: SUBSCRIBERS }, (_, i) => 1_000_000 + i);
  for (const id of ids) fake.user({ id });
  await db.user.createMany({ data: ids.map((id, i) => ({ id: BigInt(id), language: i % 2 ? "ru" : "ky" })) });
  await db.subscription.createMany({ data: ids.map((id) => ({ userId: BigInt(id), topic: "covid", createdAt: new Date() })) });
  const probes = Array.from({ length: PROBES }, (_, i) => fake.user({ id: 900 + i }));
  await db.user.createMany({ data: probes.map((u) => ({ id: BigInt(u.id), language: "ru" })) });

  // Without a broadcast.
  const quietUntil = Date.now() + 5000;
  const quiet = await probe(probes, () => Date.now() > quietUntil);

  const b = await createBroadcast(db, { textKy: "Эмдөө пункттары ишембиде да иштейт.", textRu: "Пункты вакцинации работают и в субботу.", audience: { topics: ["covid"], languages: [], regions: [] } }, 1n, new Date());
  await approveBroadcast(db, b.id, 2n, new Date());
  await startBroadcast(db, b.id, new Date());
  const sender = new BroadcastSender({ db, logger, clock: systemClock }, new Api(fake.token, { apiRoot: fake.apiRoot }), { ...DEFAULT_SENDER, rate: SENDER_RATE });
  let done = false;
  const started = performance.now();
  const during = probe(probes, () => done);
  while ((await broadcastStats(db, b.id))!.status !== "done") await sender.pass();
  const seconds = (performance.now() - started) / 1000;
  done = true;
  const busy = await during;

  const received = ids.map((id) => perChat.get(id) ?? 0);
  const lost = received.filter((n) => n === 0).length;
  const duplicated = received.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const rate = SUBSCRIBERS / seconds;
  console.log(`\nBroadcast: ${SUBSCRIBERS} subscribers, fake API limit ${LIMIT}/s (429 above it), sender set to ${SENDER_RATE}/s`);
  console.log(`${seconds.toFixed(1)} s, ${rate.toFixed(0)} messages/s = ${((rate / LIMIT) * 100).toFixed(1)}% of the limit; lost ${lost}, duplicated ${duplicated}, 429s ${refused}`);
  console.log(`citizens' /menu round trip p95: ${p95(quiet).toFixed(1)} ms without a broadcast (${quiet.length} requests), ${p95(busy).toFixed(1)} ms during it (${busy.length})`);
} finally {
  await running.stop();
  await database.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
