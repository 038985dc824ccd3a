// Logs never carry names, phone numbers or message texts, even at debug level
// and when handlers fail.
import { afterEach, beforeEach, expect, it } from "vitest";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

it("keeps names, phones and texts out of the logs", async () => {
  const user = t.fake.user({ id: 4242, language_code: "ky", first_name: "Жылдызкан", last_name: "Токтогулова", username: "jyldyz_t" });
  await user.send("/start");
  await user.click("Кыргызча");
  await user.send("менин телефонум +996 555 12 34 56, Ош шаары");
  await user.sendContact("+996700987654");
  const stop = t.fake.intercept((call) =>
    call.method === "sendMessage" ? { error_code: 400, description: "Bad Request: can't parse entities" } : undefined,
  );
  await user.send("Жылдызкан сурайт: жардам барбы?");
  stop();
  const logs = t.logs.join("\n");
  expect(logs).toContain("update failed"); // the failure itself is logged
  for (const secret of ["Жылдызкан", "Токтогулова", "jyldyz_t", "555 12 34", "700987654", "Ош шаары", "жардам барбы"]) {
    expect(logs).not.toContain(secret);
  }
});
