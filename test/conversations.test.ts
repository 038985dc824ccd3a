// Conversation state lives in the database: a restart (a new bot on the same
// file) goes on from the same question; a changed flow version drops old state.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitForText, type Flow } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
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

/** A flow whose first answer is a button label typed in the person's language, then a typed text. */
const labelled: Flow = {
  name: "labelled",
  version: 1,
  async run(conversation, ctx) {
    const q = new Questions(conversation, ctx);
    const first = await q.choice(ctx.t("menu-title"), [
      { value: "yes", label: ctx.t("consent-yes") },
      { value: "no", label: ctx.t("consent-no") },
    ]);
    const second = await q.text(ctx.t("flow-text-please"), { check: (s) => s, retry: ctx.t("flow-text-please") });
    await ctx.reply(`done: ${first} / ${second} / ${ctx.t("question-back")}`);
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

  it("asks the current question again in the new language after /language midway, keeping the earlier answers (a typed label too)", async () => {
    const user = await t.userWithLanguage(3015, "ru");
    await user.send("/start flow_labelled");
    await user.send("✅ Согласен(на)"); // the button's label, typed
    expect(user.last()!.text).toBe("Пожалуйста, напишите ответ текстом. Чтобы прервать, напишите /cancel.");
    await user.send("/language");
    await user.click("Кыргызча");
    // The question the flow waits on, again, in Kyrgyz, with its Back button in Kyrgyz.
    expect(user.last()!.text).toBe("Сураныч, жоопту текст менен жазыңыз. Токтотуу үчүн /cancel жазыңыз.");
    expect(user.last()!.buttons.flat()).toEqual(["⬅️ Артка"]);
    expect(user.messages().some((m) => m.text === "Жакшы, мындан ары кыргызча сүйлөшөбүз.")).toBe(true);
    // Back: the first question in Kyrgyz too, its buttons in Kyrgyz.
    await user.click("⬅️ Артка");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
    expect(user.last()!.buttons.flat()).toEqual(["✅ Макулмун", "Жок, макул эмесмин"]);
    await user.send("Жок, макул эмесмин");
    await user.send("экинчи");
    expect(user.last()!.text).toBe("done: no / экинчи / ⬅️ Артка");
    expect(t.fake.refused).toEqual([]);
    // Outside the flow the new language applies.
    await user.send("/menu");
    expect(user.last()!.text).toBe("Башкы меню. Кайсы бөлүм керек?");
  });

  it("keeps a label typed before the change meaning what it meant, and a restart after the change goes on in the new language", async () => {
    const user = await t.userWithLanguage(3016, "ru");
    await user.send("/start flow_labelled");
    await user.send("✅ Согласен(на)");
    await user.send("/language");
    await user.click("Кыргызча");
    await t.restart({ flows: [survey(1), broken, pick, labelled], startPayloads: enterFlowByLink });
    await user.send("экинчи");
    expect(user.last()!.text).toBe("done: yes / экинчи / ⬅️ Артка");
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
    const sent = user.messages().length;
    await user.click("Русский");
    // The language question becomes "saved"; the flow's current question comes again (the survey's own text is not translated).
    expect(user.messages().slice(sent).map((m) => m.text)).toEqual(["second question"]);
    expect(user.messages().some((m) => m.text === "Хорошо, теперь будем общаться по-русски.")).toBe(true);
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
