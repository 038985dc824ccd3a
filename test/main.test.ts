// The real entry point as a process: configuration errors, polling against the
// fake Bot API, the webhook server with its secret, and a clean stop on SIGTERM.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "./support/fake-telegram.ts";
import { freePort, startMain, waitUntil } from "./support/process.ts";

/** A slow Bot API: every sendMessage is held `ms`; the returned check says whether one has begun. */
function holdReplies(fake: FakeTelegram, ms: number): () => boolean {
  let sending = false;
  fake.intercept(async (call) => {
    if (call.method === "sendMessage") {
      sending = true;
      await new Promise((r) => setTimeout(r, ms));
    }
    return undefined;
  });
  return () => sending;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "komok-main-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("configuration errors stop the start with one clear line", () => {
  it("names BOT_TOKEN and says how to get one when it is missing", async () => {
    const bot = startMain({});
    expect(await bot.exited).toBe(1);
    const lines = bot.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^BOT_TOKEN is missing: .*@BotFather.*\/newbot/);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });

  it("names the webhook variables that webhook mode needs", async () => {
    const bot = startMain({ BOT_TOKEN: "123456:abcdefghijklmnopqrstuvwxyz123456", BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.kg/tg", WEBHOOK_SECRET: "s3cret" });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toMatch(/^PORT is missing: it should be the TCP port/);
  });

  it("says when Telegram rejects the token", async () => {
    const fake = await FakeTelegram.start();
    const bot = startMain({ BOT_TOKEN: "999999:wrongwrongwrongwrongwrongwrong12", TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: `file:${dir}/db.sqlite` });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toMatch(/^BOT_TOKEN was rejected by Telegram/);
    await fake.close();
  });

  it("ends the start with one line naming the Bot API and why, when it cannot be reached", async () => {
    const started = Date.now();
    const bot = startMain({ BOT_TOKEN: "123456:abcdefghijklmnopqrstuvwxyz123456", TELEGRAM_API_ROOT: "http://127.0.0.1:1", DATABASE_URL: `file:${dir}/db.sqlite` });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toBe(
      "Could not reach the Bot API at http://127.0.0.1:1 (TELEGRAM_API_ROOT): the connection was refused (ECONNREFUSED). Check the network, DNS and proxy settings of this machine.",
    );
    expect(bot.stderr() + bot.stdout()).not.toContain("abcdefghijklmnopqrstuvwxyz123456");
    // Three attempts with 1 s and 2 s between them.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("npm start", () => {
  it("polls, creates the database folder, answers in both languages and stops cleanly on SIGTERM", async () => {
    const fake = await FakeTelegram.start();
    const dbFile = path.join(dir, "nested", "data", "komok.db");
    const bot = startMain({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: `file:${dbFile}` });
    try {
      await waitUntil(() => bot.stdout().includes('"msg":"bot started"'));
      expect(existsSync(dbFile)).toBe(true);
      // Commands registered for ky, ru and everyone else.
      expect(fake.commands.get("default::ky")?.map((c) => c.command)).toEqual(["start", "menu", "help", "language", "cancel", "mybookings", "subscribe", "unsubscribe", "privacy", "mydata", "deleteme"]);
      expect(fake.commands.get("default::ru")?.[1]).toEqual({ command: "menu", description: "Главное меню" });
      expect(fake.commands.has("default::")).toBe(true);

      const user = fake.user({ id: 5001, language_code: "ky", first_name: "Асель" });
      await user.send("/start");
      await fake.waitFor(() => user.last()?.text === "Тилди тандаңыз · Выберите язык");
      await user.click("Кыргызча");
      await fake.waitFor(() => user.last()?.text.startsWith("Саламатсызбы"), 10_000);

      const other = fake.user({ id: 5002, language_code: "ru" });
      await other.send("/start");
      await fake.waitFor(() => other.last()?.buttons.flat()[0] === "Русский");
      await other.click("Русский");
      await fake.waitFor(() => other.last()?.text.startsWith("Здравствуйте"), 10_000);

      // SIGTERM while an update is in flight (its reply held 1 s by a slow
      // Bot API): the reply still goes out before the process exits.
      const sending = holdReplies(fake, 1_000);
      const before = other.messages().length;
      await other.send("/menu");
      await waitUntil(sending);
      bot.child.kill("SIGTERM");
      expect(await bot.exited).toBe(0);
      expect(other.messages()).toHaveLength(before + 1);
      expect(other.last()!.text).toBe("Главное меню. Какой раздел вам нужен?");
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('"msg":"stopped"');
    // Logs carry no names or message texts.
    expect(bot.stdout()).not.toContain("Асель");
    expect(bot.stdout()).not.toContain("/start");
    await fake.close();
  });
});

describe("webhook mode", () => {
  it("registers the webhook, refuses a wrong or missing secret with 401, processes the right one, and has /healthz", async () => {
    const fake = await FakeTelegram.start();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const bot = startMain({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: `file:${dir}/db.sqlite`,
      BOT_MODE: "webhook",
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: "right-secret",
      PORT: String(port),
    });
    try {
      await waitUntil(() => bot.stdout().includes('"msg":"bot started"'));
      // Telegram opens no more connections than the bot handles updates at once.
      expect(fake.webhook).toEqual({ url, secret: "right-secret", maxConnections: 32 });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      const user = fake.user({ id: 5101, language_code: "ru" });
      const update = (id: number) => ({
        update_id: id,
        message: { message_id: id, date: 1, chat: { id: 5101, type: "private", first_name: "T" }, from: user.from, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
      });
      const post = (headers: Record<string, string>, id: number) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update(id)) });

      expect((await post({}, 1)).status).toBe(401);
      expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "wrong" }, 2)).status).toBe(401);
      expect(user.messages()).toHaveLength(0);

      expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "right-secret" }, 3)).status).toBe(200);
      expect(user.last()?.text).toBe("Тилди тандаңыз · Выберите язык");

      // With the right secret: a body over 1 MB is refused before it is read (413), broken JSON gets 400;
      // the process lives on and no piece of either body reaches the logs.
      const secret = { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "right-secret" };
      const huge = await fetch(url, { method: "POST", headers: secret, body: `{"update_id":9,"message":{"text":"${"Zarina ".repeat(300_000)}"}}` }).catch(() => undefined);
      // Refused at once (413); the client may see the connection closed while it is still sending.
      expect(huge === undefined || huge.status === 413).toBe(true);
      const broken = await fetch(url, { method: "POST", headers: secret, body: '{"update_id":10,"message":{"text":"Aibek Toktogulov' });
      expect(broken.status).toBe(400);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(bot.stdout()).not.toMatch(/Zarina|Aibek|Toktogulov/);

      // SIGTERM while an update is in flight (its reply held 1 s by a slow
      // Bot API): the update finishes, then the process exits, without
      // waiting out the keep-alive of Telegram's connection (5 s).
      const sending = holdReplies(fake, 1_000);
      const inFlight = post({ "X-Telegram-Bot-Api-Secret-Token": "right-secret" }, 4);
      await waitUntil(sending);
      const asked = Date.now();
      bot.child.kill("SIGTERM");
      expect((await inFlight).status).toBe(200);
      expect(await bot.exited).toBe(0);
      expect(Date.now() - asked).toBeLessThan(3_500);
      expect(user.messages()).toHaveLength(2);
      expect(bot.stdout()).toContain('"msg":"stopped"');
    } finally {
      bot.child.kill("SIGTERM");
    }
    await fake.close();
  });

  it("says in one line when Telegram refuses the webhook", async () => {
    const fake = await FakeTelegram.start();
    fake.intercept((call) =>
      call.method === "setWebhook" ? { error_code: 400, description: "Bad Request: bad webhook: HTTPS url must be provided for webhook" } : undefined,
    );
    const port = await freePort();
    const bot = startMain({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: `file:${dir}/db.sqlite`,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: "s",
      PORT: String(port),
    });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toBe(
      `Telegram refused the webhook WEBHOOK_URL=http://127.0.0.1:${port}/hook: Bad Request: bad webhook: HTTPS url must be provided for webhook`,
    );
    await fake.close();
  });
});
