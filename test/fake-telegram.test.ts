// The test fake refuses what the real Bot API refuses, counted the way
// Telegram counts (code points after parsing, bytes for callback data), so a
// message Telegram would reject fails a test, not a citizen. Rules: the Bot API
// spec (api.json) and tdlib (MessageContent.cpp, ReplyMarkup.cpp, utf8.cpp).
import { Api, GrammyError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TOKEN, FakeTelegram } from "./support/fake-telegram.ts";

let fake: FakeTelegram;
let api: Api;
const person = 9101;
const group = -9102;
beforeAll(async () => {
  fake = await FakeTelegram.start();
  api = new Api(FAKE_TOKEN, { apiRoot: fake.apiRoot });
  await fake.user({ id: person, first_name: "Айгүль" }).send("/start");
  fake.group(group);
});
afterAll(() => fake.close());

const refusal = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    if (error instanceof GrammyError) return error.description;
    throw error;
  }
  return "accepted";
};

describe("the fake Bot API's limits", () => {
  it("counts a text in code points: 4 096 emoji pass, 4 097 characters do not", async () => {
    expect(await refusal(api.sendMessage(person, "😷".repeat(4096)))).toBe("accepted");
    expect(await refusal(api.sendMessage(person, "я".repeat(4097)))).toBe("Bad Request: message is too long");
    expect(await refusal(api.sendMessage(person, "  "))).toBe("Bad Request: message text is empty");
  });

  it("refuses half an emoji anywhere: in a text, a button label", async () => {
    const half = "😷".slice(0, 1);
    expect(await refusal(api.sendMessage(person, `Привет ${half}`))).toBe("Bad Request: strings must be encoded in UTF-8");
    expect(await refusal(api.sendMessage(person, "Привет", { reply_markup: { inline_keyboard: [[{ text: `a${half}`, callback_data: "x" }]] } }))).toBe(
      "Bad Request: strings must be encoded in UTF-8",
    );
  });

  it("limits a caption to 1 024 code points", async () => {
    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const { InputFile } = await import("grammy");
    expect(await refusal(api.sendPhoto(person, new InputFile(photo, "a.png"), { caption: "ы".repeat(1024) }))).toBe("accepted");
    expect(await refusal(api.sendPhoto(person, new InputFile(photo, "a.png"), { caption: "ы".repeat(1025) }))).toBe("Bad Request: message caption is too long");
  });

  it("limits callback data to 1–64 bytes and keyboards to 12 buttons a row and 100 in all", async () => {
    const button = (data: string) => ({ text: "ок", callback_data: data });
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: [[button("ж".repeat(32))]] } }))).toBe("accepted");
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: [[button("ж".repeat(33))]] } }))).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: [[button("")]] } }))).toBe("Bad Request: BUTTON_DATA_INVALID");
    const row = (n: number) => Array.from({ length: n }, (_, i) => button(String(i)));
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: [row(12)] } }))).toBe("accepted");
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: [row(13)] } }))).toBe("Bad Request: too many buttons");
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: { inline_keyboard: Array.from({ length: 11 }, () => row(10)) } }))).toBe("Bad Request: too many buttons");
  });

  it("asks for a phone number or a location only in a private chat", async () => {
    const keyboard = { keyboard: [[{ text: "📱", request_contact: true }]] };
    expect(await refusal(api.sendMessage(person, "x", { reply_markup: keyboard }))).toBe("accepted");
    expect(await refusal(api.sendMessage(group, "x", { reply_markup: keyboard }))).toBe("Bad Request: phone number and location can be requested in private chats only");
  });

  it("limits an answer to a button press to 200 characters", async () => {
    const press = async () => {
      const update = await fake.user({ id: person, first_name: "Айгүль" }).clickData("x");
      return update.callback_query!.id;
    };
    expect(await refusal(api.answerCallbackQuery(await press(), { text: "ы".repeat(200) }))).toBe("accepted");
    expect(await refusal(api.answerCallbackQuery(await press(), { text: "ы".repeat(201) }))).toBe("Bad Request: MESSAGE_TOO_LONG");
  });

  it("takes commands of 1–32 lower-case letters, digits or underscores, with a description, at most 100", async () => {
    expect(await refusal(api.setMyCommands([{ command: "my_data", description: "Мои данные" }]))).toBe("accepted");
    expect(await refusal(api.setMyCommands([{ command: "MyData", description: "x" }]))).toBe("Bad Request: BOT_COMMAND_INVALID");
    expect(await refusal(api.setMyCommands([{ command: "ok", description: "" }]))).toBe("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
    expect(await refusal(api.setMyCommands(Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: "x" }))))).toBe("Bad Request: too many commands");
  });
});
