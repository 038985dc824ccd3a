import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

const TOKEN = "123456789:AAHk-valid_token_for_tests_1234567";

describe("configuration", () => {
  it("fills the defaults", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      apiRoot: "https://api.telegram.org",
      databaseUrl: "file:./data/komok.db",
      mode: "polling",
      webhook: undefined,
      adminIds: [],
      logLevel: "info",
      timeZone: "Asia/Bishkek",
      broadcastRate: 30,
    });
  });

  it("reads webhook mode, admins as BigInt, and an API root without a trailing slash", () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.kg/tg",
      WEBHOOK_SECRET: "abc_DEF-123",
      PORT: "8443",
      ADMIN_IDS: " 111, 9007199254740993 ,",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
    });
    expect(config.webhook).toEqual({ url: "https://bot.example.kg/tg", secret: "abc_DEF-123", port: 8443 });
    expect(config.adminIds).toEqual([111n, 9007199254740993n]);
    expect(config.apiRoot).toBe("http://127.0.0.1:8081");
  });

  it.each([
    [{}, /^BOT_TOKEN is missing: .*@BotFather/],
    [{ BOT_TOKEN: "not-a-token" }, /^BOT_TOKEN is not valid/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "hook" }, /^BOT_MODE is not valid: it should be polling or webhook/],
    [{ BOT_TOKEN: TOKEN, DATABASE_URL: "postgres://x" }, /^DATABASE_URL is not valid: .*file:/],
    [{ BOT_TOKEN: TOKEN, ADMIN_IDS: "12,abc" }, /^ADMIN_IDS is not valid/],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, /^LOG_LEVEL is not valid: it should be one of fatal/],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "ftp://x" }, /^TELEGRAM_API_ROOT is not valid/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_SECRET: "s", PORT: "80" }, /^WEBHOOK_URL is missing/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://a.kg/x", PORT: "80" }, /^WEBHOOK_SECRET is missing/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://a.kg/x", WEBHOOK_SECRET: "bad secret!", PORT: "80" }, /^WEBHOOK_SECRET is not valid/],
    [{ BOT_TOKEN: TOKEN, PORT: "70000" }, /^PORT is not valid/],
  ])("refuses %j with one line naming the variable", (env, message) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
