// At start, getMe within a budget, and a reason the operator can act on when
// the Bot API cannot be reached (the bot's own client would retry forever).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiUnreachable, reachBotApi } from "../src/bot-api-reach.ts";
import { FakeTelegram } from "./support/fake-telegram.ts";

let silent: Server;
let silentRoot: string;
beforeAll(async () => {
  // Accepts connections and never answers.
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentRoot = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
});

const quick = { attempts: 2, timeoutSeconds: 1, pauseMs: 10 };
const failure = (p: Promise<unknown>) => p.then(() => undefined, (error: unknown) => error);

describe("reaching the Bot API at start", () => {
  it("returns the bot's identity when the API answers", async () => {
    const fake = await FakeTelegram.start();
    expect((await reachBotApi(fake.token, fake.apiRoot, quick)).username).toBe(fake.botInfo.username);
    await fake.close();
  });

  it("says the connection was refused, after its attempts, without the token", async () => {
    const error = await failure(reachBotApi("123456:secret-token", "http://127.0.0.1:1", quick));
    expect(error).toBeInstanceOf(BotApiUnreachable);
    expect((error as BotApiUnreachable).reason).toBe("refused");
    expect((error as Error).message).toBe("the connection was refused (ECONNREFUSED)");
  });

  it("says the host name does not resolve", async () => {
    const error = await failure(reachBotApi("123456:secret-token", "http://komok-no-such-host.invalid", quick));
    expect((error as BotApiUnreachable).reason).toBe("dns");
  });

  it("gives up on a silent server after each attempt's timeout", async () => {
    const started = Date.now();
    const error = await failure(reachBotApi("123456:secret-token", silentRoot, quick));
    expect((error as BotApiUnreachable).reason).toBe("timeout");
    expect((error as Error).message).toBe("no answer in time (timeout)");
    // Two attempts of 1 s: about 2 s, not forever.
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  it("stops waiting when the start is cancelled (Ctrl+C)", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(reachBotApi("123456:secret-token", silentRoot, { attempts: 3, timeoutSeconds: 20, pauseMs: 10, signal: controller.signal }));
    expect(error).toBeDefined();
  });

  it("tries Telegram's own trouble (502) again within its attempts", async () => {
    const fake = await FakeTelegram.start();
    let calls = 0;
    fake.intercept(async (call) => (call.method === "getMe" && ++calls === 1 ? { error_code: 502, description: "Bad Gateway" } : undefined));
    expect((await reachBotApi(fake.token, fake.apiRoot, quick)).username).toBe(fake.botInfo.username);
    expect(calls).toBe(2);
    await fake.close();
  });

  it("passes Telegram's refusal of the token through as it is", async () => {
    const fake = await FakeTelegram.start();
    const error = await failure(reachBotApi("999999:wrong", fake.apiRoot, quick));
    expect((error as { error_code?: number }).error_code).toBe(401);
    await fake.close();
  });
});
