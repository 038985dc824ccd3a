// People who block the bot: marked from the my_chat_member update or from a
// refused send, skipped by notifications, unmarked when they come back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { sendToPerson } from "../src/services/delivery.ts";
import { createInvite } from "../src/services/invites.ts";
import { ManualClock } from "./support/clock.ts";
import { askName, enterFlowByLink } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

const ADMIN = 5000;
const MENU_RU = "Главное меню. Какой раздел вам нужен?";


let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock();
  t = await TestBot.start({ clock, adminIds: [BigInt(ADMIN)], flows: [askName], startPayloads: enterFlowByLink });
});
afterEach(async () => {
  await t.close();
});

const logger = createLogger("silent");
const send = (id: number, text = "Напоминание") => sendToPerson(t.bot.api, t.database.reads, logger, BigInt(id), text);
const blockedAt = async (id: number) => (await t.db.user.findUnique({ where: { id: BigInt(id) } }))?.blockedAt;
const sendsTo = (id: number) => t.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === id).length;

describe("a person who blocks the bot", () => {
  it("is marked by the my_chat_member update, gets nothing sent, and is unmarked on unblocking", async () => {
    const user = await t.userWithLanguage(5001, "ru");
    clock.advance(60_000);
    await user.blockBot();
    expect(await blockedAt(5001)).toEqual(clock.now());
    expect(user.messages().length).toBeGreaterThan(0);
    const calls = sendsTo(5001);
    expect(await send(5001)).toBe(false);
    expect(sendsTo(5001)).toBe(calls); // not even tried

    await user.unblockBot();
    expect(await blockedAt(5001)).toBeNull();
    expect(await send(5001)).toBe(true);
    expect(user.last()!.text).toBe("Напоминание");
  });

  it("is unmarked by writing again, and answered", async () => {
    const user = await t.userWithLanguage(5002, "ru");
    await t.fake.myChatMember(t.fake.chat(5002)!, user.from, "kicked");
    expect(await blockedAt(5002)).toEqual(clock.now());
    await user.send("/menu");
    expect(user.last()!.text).toBe(MENU_RU);
    // (The mark is cleared by a write the update does not wait for.)
    await expect.poll(() => blockedAt(5002)).toBeNull();
    expect(await send(5002)).toBe(true);
  });

  it("who never wrote gets no record from blocking", async () => {
    const stranger = t.user(5003, "ru");
    await stranger.blockBot();
    expect(await t.db.user.count({ where: { id: 5003n } })).toBe(0);
  });

  it("is not marked when the bot is removed from a group by them", async () => {
    const user = await t.userWithLanguage(5004, "ru");
    await t.fake.myChatMember(t.fake.group(-100_900), user.from, "kicked");
    expect(await blockedAt(5004)).toBeNull();
  });

  it("is marked when Telegram refuses a send with 403, and not tried again", async () => {
    await t.userWithLanguage(5005, "ru");
    t.fake.block(5005); // blocked without the bot hearing of it
    const calls = sendsTo(5005);
    expect(await send(5005)).toBe(false);
    expect(sendsTo(5005)).toBe(calls + 1);
    expect(t.fake.refused.at(-1)!.error).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(await blockedAt(5005)).toEqual(clock.now());
    expect(await send(5005)).toBe(false);
    expect(sendsTo(5005)).toBe(calls + 1);
  });

  it("is marked when a reply inside a guided conversation is refused", async () => {
    const user = await t.userWithLanguage(5006, "ru");
    await user.send("/start flow_ask_name");
    expect(user.last()!.text).toBe("your name?");
    t.fake.block(5006);
    await user.send("Асель");
    expect(t.fake.refused.some((c) => c.method === "sendMessage" && c.payload.chat_id === 5006)).toBe(true);
    expect(await blockedAt(5006)).toEqual(clock.now());
  });

  it("as an admin, gets no notice of a used invite, and the invite still works", async () => {
    const admin = await t.userWithLanguage(ADMIN, "ru");
    const { payload } = await createInvite(t.db, { role: "comms_officer", by: BigInt(ADMIN), via: "bot", now: clock.now() });
    await admin.blockBot();
    const calls = sendsTo(ADMIN);
    const user = await t.userWithLanguage(5007, "ru");
    await user.send(`/start ${payload}`);
    expect(user.last()!.text).toMatch(/^Добро пожаловать в команду! Ваша роль: Специалист по коммуникациям\./);
    expect(await t.db.roleGrant.count({ where: { userId: 5007n } })).toBe(1);
    expect(sendsTo(ADMIN)).toBe(calls);
  });
});
