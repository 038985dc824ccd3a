// Conversation state lives in the database: a restart (a new bot on the same
// file) goes on from the same question; a changed flow version drops old state.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitForText, type Flow } from "../src/flow.ts";
import { enterFlowByLink } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

const survey = (version: number): Flow => ({
  name: "survey",
  version,
  async run(conversation, ctx) {
    await ctx.reply(ctx.t("menu-title"));
    const { text: first } = await waitForText(conversation);
    await ctx.reply("second question");
    const { text: second } = await waitForText(conversation);
    await conversation.external(() => undefined);
    await ctx.reply(`answers: ${first} / ${second}`);
  },
});

const broken: Flow = {
  name: "broken",
  version: 1,
  async run(conversation, ctx) {
    await ctx.reply("say something");
    await conversation.form.text();
    throw new Error("flow bug");
  },
};

/** A flow whose button handler forgets to answer the callback query. */
const pick: Flow = {
  name: "pick",
  version: 1,
  async run(conversation, ctx) {
    await ctx.reply("pick one", { reply_markup: { inline_keyboard: [[{ text: "X", callback_data: "pick:x" }]] } });
    const choice = await conversation.waitFor("callback_query:data");
    await choice.reply(`picked ${choice.callbackQuery.data}`);
  },
};

/** A flow that branches on a typed label in the person's language. */
const labelled: Flow = {
  name: "labelled",
  version: 1,
  async run(conversation, ctx) {
    await ctx.reply("type something");
    const { text: first } = await waitForText(conversation);
    if (first !== ctx.t("question-back")) await ctx.reply("not the back label");
    const { text: second } = await waitForText(conversation);
    await ctx.reply(`done: ${second}`);
  },
};

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start({ flows: [survey(1), broken, pick, labelled], startPayloads: enterFlowByLink });
});
afterEach(async () => {
  await t.close();
});

describe("guided conversations", () => {
  it("translate inside a flow with the person's language", async () => {
    const user = await t.userWithLanguage(3001, "ky");
    await user.send("/start flow_survey");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
  });

  it("go on from the same question after a restart, with earlier answers kept", async () => {
    const user = await t.userWithLanguage(3002, "ru");
    await user.send("/start flow_survey");
    await user.send("first answer");
    expect(user.last()!.text).toBe("second question");
    expect(await t.db.storedState.count({ where: { scope: "conversation" } })).toBe(1);

    await t.restart({ flows: [survey(1), broken, pick, labelled], startPayloads: enterFlowByLink });
    await user.send("second answer");
    expect(user.last()!.text).toBe("answers: first answer / second answer");
    expect(await t.db.storedState.count({ where: { scope: "conversation" } })).toBe(0);
  });

  it("drop saved progress when the flow's version changes, instead of replaying it", async () => {
    const user = await t.userWithLanguage(3003, "ru");
    await user.send("/start flow_survey");
    await user.send("first answer");
    await t.restart({ flows: [survey(2), broken, pick, labelled], startPayloads: enterFlowByLink });
    await user.send("second answer");
    expect(user.last()!.text).toContain("я не понял это сообщение");
  });

  it("stop on /cancel and forget the answers", async () => {
    const user = await t.userWithLanguage(3004, "ky");
    await user.send("/start flow_survey");
    await user.send("first answer");
    await user.send("/cancel");
    expect(user.last()!.text).toBe("Аракет токтотулду. Берген жоопторуңуз сакталган жок.\n\nБашкы меню. Кайсы бөлүм керек?");
    expect(await t.db.storedState.count({ where: { scope: "conversation" } })).toBe(0);
    await user.send("/cancel");
    expect(user.last()!.text).toContain("Азыр токтотула турган аракет жок.");
  });

  it("apologise when a flow throws, and let the person start again", async () => {
    const user = await t.userWithLanguage(3005, "ru");
    await user.send("/start flow_broken");
    await user.send("hello");
    expect(user.last()!.text).toContain("Извините, что-то пошло не так");
    await user.send("/start flow_survey");
    expect(user.last()!.text).toBe("Главное меню. Какой раздел вам нужен?");
  });
});

describe("a flow in progress", () => {
  it("waits while the person reads /help or changes the language, then takes the answer", async () => {
    const user = await t.userWithLanguage(3010, "ru");
    await user.send("/start flow_survey");
    await user.send("first");
    await user.send("/help");
    expect(user.last()!.text).toContain("Как пользоваться ботом");
    expect(user.last()!.text).toContain("Начатое действие ждёт вас");
    expect(user.last()!.buttons).toEqual([]);
    await user.click("❓ Помощь");
    expect(user.last()!.text).toContain("Как пользоваться ботом");
    await user.send("second");
    expect(user.last()!.text).toBe("answers: first / second");
  });

  it("goes on in the language it started in after the person changes the language midway (replayed answers keep their meaning)", async () => {
    const user = await t.userWithLanguage(3015, "ru");
    await user.send("/start flow_labelled");
    await user.send("⬅️ Назад");
    await user.send("/language");
    await user.click("Кыргызча");
    await user.send("экинчи");
    expect(user.last()!.text).toBe("done: экинчи");
    expect(user.messages().map((m) => m.text)).not.toContain("not the back label");
    // Outside the flow the new language applies.
    await user.send("/menu");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
  });

  it("asks politely for text when it gets media, an unknown command, an edit or a stale button, and keeps waiting", async () => {
    const user = await t.userWithLanguage(3012, "ky");
    await user.send("/start flow_survey");
    await user.sendSticker();
    expect(user.last()!.text).toBe("Сураныч, жоопту текст менен жазыңыз. Токтотуу үчүн /cancel жазыңыз.");
    await user.send("/foo");
    expect(user.last()!.text).toBe("Бул буйрукту түшүнгөн жокмун. Суроого жооп бериңиз же токтотуу үчүн /cancel жазыңыз.");
    await user.editMessage(1, "оңдолду");
    expect(user.last()!.text).toContain("Өзгөртүлгөн билдирүүлөрдү эске албайм");
    const answers = t.fake.callbackAnswers.length;
    await user.clickData("survey:old");
    expect(t.fake.callbackAnswers.length).toBe(answers + 1);
    expect(t.fake.refused).toEqual([]); // answered once, not twice
    await user.send("биринчи");
    expect(user.last()!.text).toBe("second question");
    await user.send("/language");
    expect(user.last()!.buttons.flat()).toContain("✓ Кыргызча");
    await user.click("Русский");
    expect(user.last()!.text).toBe("Начатое действие ждёт вас: ответьте на последний вопрос или напишите /cancel, чтобы прервать.");
    await user.send("экинчи");
    expect(user.last()!.text).toBe("answers: биринчи / экинчи");
  });

  it("answer a button press exactly once even when the flow forgets to", async () => {
    const user = await t.userWithLanguage(3013, "ru");
    await user.send("/start flow_pick");
    const before = t.fake.callbackAnswers.length;
    await user.click("X");
    expect(user.last()!.text).toBe("picked pick:x");
    expect(t.fake.callbackAnswers.slice(before)).toEqual([{ queryId: expect.any(String), text: undefined, showAlert: false }]);
    expect(t.fake.refused).toEqual([]);
  });

  it("wait out Telegram's flood control inside a flow without losing the answers", async () => {
    const user = await t.userWithLanguage(3014, "ru");
    await user.send("/start flow_survey");
    let floods = 1;
    t.fake.intercept((call) =>
      call.method === "sendMessage" && floods-- > 0
        ? { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }
        : undefined,
    );
    await user.send("first");
    expect(user.last()!.text).toBe("second question");
    await user.send("second");
    expect(user.last()!.text).toBe("answers: first / second");
    expect(t.logs.join("\n")).not.toContain("update failed");
  });

  it("is left by /menu, which shows the menu", async () => {
    const user = await t.userWithLanguage(3011, "ky");
    await user.send("/start flow_survey");
    await user.send("/menu");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
    expect(await t.db.storedState.count({ where: { scope: "conversation" } })).toBe(0);
  });
});
