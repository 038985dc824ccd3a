// Webhook mode under a burst: 1 000 updates from 1 000 people posted at once
// (50 connections) are each processed once — every person gets exactly one
// answer — and updates without the secret are refused and not processed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.ts";
import { freePort, startMain, waitUntil } from "../support/process.ts";

const PEOPLE = 1000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-burst-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("processes a burst of 1 000 webhook updates once each, and none without the secret", { timeout: 120_000 }, async () => {
  const fake = await FakeTelegram.start();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram/hook`;
  const bot = startMain({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: `file:${dir}/db.sqlite`, BOT_MODE: "webhook", WEBHOOK_URL: url, WEBHOOK_SECRET: "right-secret", PORT: String(port) });
  try {
    await waitUntil(() => bot.stdout().includes('"msg":"bot started"'), 30_000);
    const users = Array.from({ length: PEOPLE }, (_, i) => fake.user({ id: 80_000 + i, language_code: i % 2 ? "ru" : "ky" }));
    const post = (i: number, secret?: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}) },
        body: JSON.stringify({
          update_id: 1000 + i,
          message: { message_id: 1, date: 1, chat: { id: users[i]!.id, type: "private", first_name: "T" }, from: users[i]!.from, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
        }),
      });
    // Without the secret: refused, nothing processed.
    const refused = await Promise.all([post(0), post(1, "wrong")]);
    expect(refused.map((r) => r.status)).toEqual([401, 401]);
    // The burst, 50 at a time.
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < PEOPLE) {
          const i = next++;
          statuses.push((await post(i, "right-secret")).status);
        }
      }),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(PEOPLE);
    await waitUntil(() => users.every((u) => u.messages().length >= 1), 60_000);
    expect(users.map((u) => u.messages().length).filter((n) => n !== 1)).toEqual([]);
  } finally {
    bot.child.kill("SIGTERM");
    await bot.exited;
    await fake.close();
  }
});
