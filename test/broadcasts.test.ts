// Broadcast delivery from the outbox: every subscriber once, in their
// language, at the rate Telegram allows (429 with retry_after above it), 403
// marks the person inactive, server errors are retried, four-eyes approval.
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import { BroadcastSender, DEFAULT_SENDER, type SenderOptions } from "../src/jobs/broadcast-sender.ts";
import { createLogger } from "../src/logger.ts";
import { approveBroadcast, broadcastStats, controlBroadcast, countRecipients, createBroadcast, rejectBroadcast, startBroadcast } from "../src/services/broadcasts.ts";
import { broadcastControls } from "../src/features/broadcasts.ts";
import { saveJobseeker } from "../src/services/jobseekers.ts";
import { grantRole, revokeRole } from "../src/services/roles.ts";
import { linkGroup } from "../src/services/staff-groups.ts";
import { ButtonSigner } from "../src/signed-data.ts";
import { ManualClock } from "./support/clock.ts";
import { answer } from "./support/flows.ts";
import type { ApiCall } from "./support/fake-telegram.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-24T06:00:00Z");
  t = await TestBot.start({ clock, rateLimit: false });
});
afterEach(async () => {
  await t.close();
});

const AUTHOR = 7500n;
const APPROVER = 7501n;

/** `count` subscribers to COVID-19 facts, ids from 20 000, every third in Kyrgyz. */
async function subscribers(count: number, from = 20_000): Promise<number[]> {
  const ids = Array.from({ length: count }, (_, i) => from + i);
  for (const id of ids) t.fake.user({ id });
  await t.db.user.createMany({ data: ids.map((id, i) => ({ id: BigInt(id), language: i % 3 === 0 ? "ky" : "ru" })) });
  await t.db.subscription.createMany({ data: ids.map((id) => ({ userId: BigInt(id), topic: "covid", createdAt: clock.now() })) });
  return ids;
}

async function approved(languages: ("ky" | "ru")[] = []): Promise<number> {
  const b = await createBroadcast(t.db, { textKy: "Эмдөө пункттары ишембиде да иштейт.", textRu: "Пункты вакцинации работают и в субботу.", audience: { topics: ["covid"], languages, regions: [] } }, AUTHOR, clock.now());
  expect(await approveBroadcast(t.db, b.id, APPROVER, clock.now())).toEqual({ ok: true });
  return b.id;
}

const sender = (options: Partial<SenderOptions> = {}) =>
  new BroadcastSender({ db: t.db, logger: createLogger("silent"), clock }, new Api(t.fake.token, { apiRoot: t.fake.apiRoot }), { ...DEFAULT_SENDER, rate: 500, progressEveryMs: 0, statusEveryMs: 0, ...options });

/** How many messages each chat got, from what the fake API accepted (refused calls are not messages). */
const received = (ids: number[]) => new Map(ids.map((id) => [id, t.fake.messagesIn(id).length]));

describe("four-eyes approval", () => {
  it("the author cannot approve their own broadcast; another officer can, once; a rejected one never starts", async () => {
    const b = await createBroadcast(t.db, { textKy: "Саламатсызбы", textRu: "Здравствуйте", audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    expect(await approveBroadcast(t.db, b.id, AUTHOR, clock.now())).toEqual({ ok: false, reason: "own" });
    expect(await approveBroadcast(t.db, b.id, APPROVER, clock.now())).toEqual({ ok: true });
    expect(await approveBroadcast(t.db, b.id, 7502n, clock.now())).toEqual({ ok: false, reason: "not-pending" });
    const other = await createBroadcast(t.db, { textKy: null, textRu: "Текст", audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    expect(await rejectBroadcast(t.db, other.id, APPROVER, "нет источника", clock.now())).toBe(true);
    await subscribers(3);
    await sender().pass();
    expect((await broadcastStats(t.db, other.id))!).toMatchObject({ status: "rejected", total: 0 });
  });
});

describe("delivery", () => {
  it("sends each subscriber the text in their language with the verification footer, and reports to the author", async () => {
    const ids = await subscribers(9);
    t.fake.user({ id: Number(AUTHOR) });
    const id = await approved();
    expect(await sender().pass()).toBe(9);
    const ky = t.fake.callsOf("sendMessage").find((c) => Number(c.payload.chat_id) === ids[0]);
    const ru = t.fake.callsOf("sendMessage").find((c) => Number(c.payload.chat_id) === ids[1]);
    expect(ky!.payload.text).toBe("Эмдөө пункттары ишембиде да иштейт.\n\n✔️ «Көмөк» коммуникация боюнча адиси текшерген, 24.11.2026");
    expect(ru!.payload.text).toBe("Пункты вакцинации работают и в субботу.\n\n✔️ Проверено специалистом по коммуникациям «Көмөк», 24.11.2026");
    expect([...received(ids).values()]).toEqual(Array(9).fill(1));
    expect(await broadcastStats(t.db, id)).toMatchObject({ status: "done", total: 9, sent: 9, failed: 0, left: 0 });
    expect(t.fake.messagesIn(Number(AUTHOR)).at(-1)!.text).toBe(`✅ Рассылка #${id} завершена: доставлено 9 из 9, не доставлено 0 (заблокировали бота или удалили аккаунт: 0).`);
    // The same figures from the CLI.
    const out: string[] = [];
    expect(await runCli(["broadcasts", "show", String(id), "--json"], { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: () => undefined, clock })).toBe(0);
    expect(JSON.parse(out.join("\n"))).toMatchObject({ id, status: "done", authorId: "7500", approvedBy: "7501", total: 9, sent: 9, failed: 0, left: 0 });
    out.length = 0;
    await runCli(["broadcasts", "list"], { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: () => undefined, clock });
    expect(out).toEqual([`#${id}  done      sent 9/9, failed 0, left 0`]);
  });

  it("targets a language; only-Russian text reaches only Russian speakers", async () => {
    const ids = await subscribers(6);
    await approved(["ky"]);
    await sender().pass();
    expect([...received(ids).entries()].filter(([, n]) => n > 0).map(([id]) => id)).toEqual([ids[0], ids[3]]);
    const b = await createBroadcast(t.db, { textKy: null, textRu: "Только по-русски", audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    await approveBroadcast(t.db, b.id, APPROVER, clock.now());
    expect((await sender().pass())).toBe(4);
  });

  it("sends a photo with the text as its caption", async () => {
    const ids = await subscribers(2);
    const b = await createBroadcast(t.db, { textKy: "Сүрөттөгү график", textRu: "График на фото", photoFileId: "photo1", audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    await approveBroadcast(t.db, b.id, APPROVER, clock.now());
    expect(await sender().pass()).toBe(2);
    const photos = t.fake.callsOf("sendPhoto").filter((c) => ids.includes(Number(c.payload.chat_id)));
    expect(photos.map((c) => [c.payload.photo, String(c.payload.caption).split("\n")[0]])).toEqual([
      ["photo1", "Сүрөттөгү график"],
      ["photo1", "График на фото"],
    ]);
  });

  it("sends a text too long for a caption (stored before the limit was checked) as its own message under the photo", async () => {
    const ids = await subscribers(2);
    const b = await createBroadcast(t.db, { textKy: "Сүрөт ".repeat(300), textRu: "Фото ".repeat(400), photoFileId: "photo1", audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    await approveBroadcast(t.db, b.id, APPROVER, clock.now());
    expect(await sender().pass()).toBe(2);
    for (const id of ids) expect(t.fake.messagesIn(id).map((m) => m.method)).toEqual(["sendPhoto", "sendMessage"]);
    expect(t.fake.refused.filter((r) => ids.includes(Number(r.payload.chat_id)))).toEqual([]);
  });

  it("queues each recipient once, as the preview counted them: not someone who blocked the bot, once for two topics, only the languages asked", async () => {
    const ids = await subscribers(9); // every third in Kyrgyz: 3 ky, 6 ru
    await t.db.user.update({ where: { id: BigInt(ids[1]!) }, data: { blockedAt: clock.now() } }); // ru
    await t.db.subscription.create({ data: { userId: BigInt(ids[2]!), topic: "jobs", createdAt: clock.now() } }); // ru, two topics
    await t.db.user.create({ data: { id: 29_999n, language: null } }); // no language chosen: Russian
    await t.db.subscription.create({ data: { userId: 29_999n, topic: "jobs", createdAt: clock.now() } });
    const audience = { topics: ["covid", "jobs"] as ("covid" | "jobs")[], languages: ["ru"] as "ru"[], regions: [] };
    expect(await countRecipients(t.db, audience)).toBe(6);
    expect(await countRecipients(t.db, { ...audience, languages: [] })).toBe(9);
    const b = await createBroadcast(t.db, { textKy: "Текст", textRu: "Текст", audience }, AUTHOR, clock.now());
    await approveBroadcast(t.db, b.id, APPROVER, clock.now());
    expect(await startBroadcast(t.db, b.id, clock.now())).toBe(6);
    const rows = await t.db.outbox.findMany({ where: { broadcastId: b.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [Number(r.chatId), r.language, r.status])).toEqual(
      [ids[2], ids[4], ids[5], ids[7], ids[8], 29_999].map((id) => [id, "ru", "queued"]),
    );
    expect(rows.every((r) => r.nextAt.getTime() === clock.now().getTime())).toBe(true);
    expect(await t.db.broadcast.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "sending", startedAt: clock.now() });
  });

  it("targets a region (known from the jobseeker profile) and a topic", async () => {
    const ids = await subscribers(4);
    for (const [i, region] of [[0, "osh"], [1, "chui"], [2, "osh"]] as const) {
      await saveJobseeker(
        t.db,
        BigInt(ids[i]!),
        { name: "Айгүль", phone: "+996700123456", sex: "female", region, district: region === "osh" ? "kara-suu" : "sokuluk", occupations: ["cook"], skillsText: "", experienceYears: 1, education: "school", schedules: ["full"], minWage: null, lostWorkCovid: false, languages: ["ky"], disability: false, wantsTraining: false },
        clock.now(),
      );
    }
    await t.db.subscription.create({ data: { userId: BigInt(ids[3]!), topic: "jobs", createdAt: clock.now() } });
    const inOsh = await createBroadcast(t.db, { textKy: "Ош", textRu: "Ош", audience: { topics: ["covid"], languages: [], regions: ["osh"] } }, AUTHOR, clock.now());
    await approveBroadcast(t.db, inOsh.id, APPROVER, clock.now());
    expect(await sender().pass()).toBe(2);
    expect([...received(ids).entries()].filter(([, n]) => n > 0).map(([id]) => id)).toEqual([ids[0], ids[2]]);
    const jobs = await createBroadcast(t.db, { textKy: "Жумуш", textRu: "Работа", audience: { topics: ["jobs"], languages: [], regions: [] } }, AUTHOR, clock.now());
    await approveBroadcast(t.db, jobs.id, APPROVER, clock.now());
    expect(await sender().pass()).toBe(1);
    expect(t.fake.messagesIn(ids[3]!).at(-1)!.text).toMatch(/^Жумуш\n\n✔️/); // a Kyrgyz speaker
  });

  it("keeps under Telegram's limit: on 429 it waits retry_after and slows down, and everyone gets the message exactly once", async () => {
    const ids = await subscribers(80);
    expect(await startBroadcast(t.db, await approved(), clock.now())).toBe(80);
    // The fake refuses more than 25 messages in any second, as Telegram does, with retry_after 1.
    const window: number[] = [];
    let refused = 0;
    const stopLimit = t.fake.intercept((call: ApiCall) => {
      if (call.method !== "sendMessage") return undefined;
      const now = Date.now();
      while (window.length && window[0]! <= now - 1000) window.shift();
      if (window.length >= 25) {
        refused++;
        return { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
      }
      window.push(now);
      return undefined;
    });
    const started = Date.now();
    const s = sender({ rate: 60 });
    while ((await broadcastStats(t.db, 1))!.left > 0) {
      await s.pass();
      clock.advance(1000); // rows put back after a 429 are due again
    }
    stopLimit();
    expect(refused).toBeGreaterThan(0);
    expect([...received(ids).values()].every((n) => n === 1)).toBe(true);
    expect(await broadcastStats(t.db, 1)).toMatchObject({ sent: 80, failed: 0 });
    // 80 messages at 25 a second take at least 3 seconds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  });

  it("marks people who blocked the bot or deleted their account inactive and does not retry them; retries server errors", async () => {
    const ids = await subscribers(5);
    t.fake.block(ids[1]!);
    const flaky = ids[2]!;
    let failures = 0;
    const stop = t.fake.intercept((call: ApiCall) =>
      call.method === "sendMessage" && Number(call.payload.chat_id) === flaky && failures++ < 2 ? { error_code: 502, description: "Bad Gateway" } : undefined,
    );
    await t.db.user.create({ data: { id: 29_999n, language: "ru" } });
    await t.db.subscription.create({ data: { userId: 29_999n, topic: "covid", createdAt: clock.now() } }); // no such chat on Telegram
    await approved();
    const s = sender();
    await s.pass();
    clock.advance(2000);
    await s.pass();
    clock.advance(4000);
    await s.pass();
    stop();
    expect(await broadcastStats(t.db, 1)).toMatchObject({ status: "done", total: 6, sent: 4, failed: 2, failures: { blocked: 1, "chat-not-found": 1 } });
    expect(await t.db.outbox.findFirstOrThrow({ where: { chatId: BigInt(flaky) } })).toMatchObject({ status: "sent", attempts: 3 });
    expect(await t.db.outbox.findFirstOrThrow({ where: { chatId: BigInt(ids[1]!) } })).toMatchObject({ status: "failed", attempts: 1 });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: BigInt(ids[1]!) } })).blockedAt).not.toBeNull();
    // The next broadcast skips the inactive ones.
    await approved();
    expect(await sender().pass()).toBe(4);
  });

  it("pauses, resumes and cancels", async () => {
    const ids = await subscribers(10);
    const id = await approved();
    const s = sender({ batch: 4 });
    // Pause after the first batch: the sender stops between batches.
    const stop = t.fake.intercept(() => {
      void controlBroadcast(t.db, id, "pause", clock.now());
      return undefined;
    });
    await s.pass();
    stop();
    const paused = (await broadcastStats(t.db, id))!;
    expect(paused.status).toBe("paused");
    expect(paused.sent).toBeLessThan(10);
    expect(await s.pass()).toBe(0);
    expect(await controlBroadcast(t.db, id, "resume", clock.now())).toBe(true);
    await s.pass();
    expect([...received(ids).values()].every((n) => n === 1)).toBe(true);
    const other = await approved();
    expect(await controlBroadcast(t.db, other, "cancel", clock.now())).toBe(true);
    expect(await s.pass()).toBe(0);
  });

  it("after a crash, the rows left in flight are sent again: nobody is lost, duplicates at most one batch", async () => {
    const ids = await subscribers(30);
    const id = await approved();
    await startBroadcast(t.db, id, clock.now());
    const s = sender({ batch: 5 });
    // Crash: the process dies after the first batch was sent but before it was recorded.
    let calls = 0;
    const stop = t.fake.intercept(() => {
      calls++;
      return undefined;
    });
    const { db } = t;
    const rows = await db.outbox.findMany({ where: { broadcastId: id }, orderBy: { id: "asc" }, take: 5 });
    await db.outbox.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "sending" } });
    for (const r of rows) await new Api(t.fake.token, { apiRoot: t.fake.apiRoot }).sendMessage(Number(r.chatId), "(sent before the crash)");
    // Start again.
    expect(await s.recover()).toBe(5);
    await s.pass();
    stop();
    const counts = received(ids);
    expect([...counts.values()].every((n) => n >= 1)).toBe(true);
    expect([...counts.values()].reduce((a, b) => a + b, 0) - ids.length).toBeLessThanOrEqual(5);
    expect(calls).toBeGreaterThan(0);
  });
});

describe("writing and approving in the bot", () => {
  async function officers() {
    const author = await t.userWithLanguage(Number(AUTHOR), "ru");
    await grantRole(t.db, { userId: AUTHOR, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const second = await t.userWithLanguage(Number(APPROVER), "ky");
    await grantRole(t.db, { userId: APPROVER, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    const group = t.fake.group(-100_950, "Коммуникациялар");
    await linkGroup(t.db, { role: "comms_officer", scope: "", chatId: BigInt(group.id), title: "Коммуникациялар", language: "ru", by: APPROVER, now: clock.now() });
    return { author, second, group };
  }

  it("an officer writes both texts, picks the audience and time, sees the preview; another officer approves in the group; the author cannot", async () => {
    const ids = await subscribers(4);
    const { author, second, group } = await officers();
    await author.send("/broadcast");
    expect(author.last()!.text).toBe("Текст на кыргызском языке:");
    await answer(author, "Эмдөө пункттары ишембиде да иштейт.", "ой");
    expect(author.last()!.text).toMatch(/^Нужно от 5 до 3\s800 символов, сейчас 2\.$/u);
    await answer(author, "Пункты вакцинации работают и в субботу.", "🚫 Без фото", "#по языку", "#русскоязычным", "31.11 18:00");
    expect(author.last()!.text).toMatch(/^Напишите дату и время в будущем/);
    await answer(author, "25.11 18:00");
    const sinceConfirm = author.messages().slice(-4).map((m) => m.text);
    expect(sinceConfirm[0]).toBe("👀 Так рассылку увидят подписчики:");
    expect(sinceConfirm[2]).toBe("Пункты вакцинации работают и в субботу.\n\n✔️ Проверено специалистом по коммуникациям «Көмөк», 24.11.2026");
    expect(sinceConfirm[3]).toBe("Проверьте:\n👥 Кому: всем подписчикам; русскоязычным — сейчас 2 чел.\n🕒 Когда: 25.11.2026 18:00\n\nПосле отправки на одобрение её проверит другой сотрудник.");
    await answer(author, "#📨 Отправить на одобрение");
    expect(author.last()!.text).toBe("📨 Рассылка #1 отправлена на одобрение. Мы сообщим, когда её одобрят или отклонят.");
    expect(t.fake.messagesIn(group.id).at(-1)!.text).toMatch(/^📣 Рассылка #1 ждёт одобрения\nАвтор: .*\nКому: всем подписчикам; русскоязычным\nКогда: 25\.11\.2026 18:00/);
    // The author's own approval is refused; a citizen's press too.
    const own = await author.clickIn(group.id, "✅ Одобрить");
    expect(t.fake.answersTo(own)).toEqual([expect.objectContaining({ text: "Свою рассылку одобрить нельзя: её должен проверить другой сотрудник.", showAlert: true })]);
    const citizen = t.fake.user({ id: ids[0]! });
    const forged = await citizen.clickIn(group.id, "✅ Одобрить");
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ showAlert: true })]);
    expect((await t.db.broadcast.findFirstOrThrow()).status).toBe("pending");
    await second.clickIn(group.id, "✅ Одобрить");
    expect(author.last()!.text).toBe("✅ Ваша рассылка #1 одобрена; отправка: 25.11.2026 18:00. Ход отправки будет здесь.");
    expect(await t.db.broadcast.findFirstOrThrow()).toMatchObject({ status: "approved", approvedBy: APPROVER });
    // Not before its time; then only Russian speakers get it.
    expect(await sender().pass()).toBe(0);
    clock.set("2026-11-25T12:00:00Z");
    expect(await sender().pass()).toBe(2);
    expect([...received(ids).entries()].filter(([, n]) => n > 0).map(([id]) => id)).toEqual([ids[1], ids[2]]);
  });

  it("the review of two texts at their longest reaches the officers in parts, the buttons under the last, and can be approved", async () => {
    await subscribers(1);
    const { author, second, group } = await officers();
    await author.send("/broadcast");
    const long = (word: string) => `${word} `.repeat(Math.floor(3800 / (word.length + 1))).trim();
    await answer(author, long("Эмдөө"), long("Прививка"), "🚫 Без фото", "#всем подписчикам");
    await answer(author, "#Сразу после одобрения");
    await answer(author, "#📨 Отправить на одобрение");
    const parts = t.fake.messagesIn(group.id).map((m) => m.text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(4096);
    expect(parts[0]).toMatch(/^📣 Рассылка #1 ждёт одобрения/);
    expect(t.fake.messagesIn(group.id).at(-1)!.buttons[0]).toEqual(["✅ Одобрить", "❌ Отклонить"]);
    expect(t.fake.refused).toEqual([]);
    await second.clickIn(group.id, "✅ Одобрить");
    expect((await t.db.broadcast.findFirstOrThrow()).status).toMatch(/approved|sending/);
  });

  it("any officer rejects with a reason and the author is told; the progress message pauses, resumes and cancels", async () => {
    const ids = await subscribers(3);
    const { author, second, group } = await officers();
    await author.send("/broadcast");
    await answer(author, "#Только русскоязычным подписчикам", "Текст без источника", "🚫 Без фото", "#всем подписчикам", "#Сразу после одобрения", "#📨 Отправить на одобрение");
    expect(t.fake.messagesIn(group.id).at(-1)!.text).toContain("🇰🇬 (только русскоязычным подписчикам)");
    await second.clickIn(group.id, "❌ Отклонить");
    await second.clickIn(group.id, "нет источника или он ненадёжный");
    expect(author.last()!.text).toBe("❌ Ваша рассылка #1 отклонена: нет источника или он ненадёжный. Исправьте и отправьте заново: /broadcast.");
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("rejected");

    const id = await approved();
    const s = new BroadcastSender(
      { db: t.db, logger: createLogger("silent"), clock },
      new Api(t.fake.token, { apiRoot: t.fake.apiRoot }),
      { ...DEFAULT_SENDER, rate: 500, batch: 1, progressEveryMs: 0, statusEveryMs: 0 },
      broadcastControls((chatId, arg) => new ButtonSigner(t.fake.token).sign(chatId, `bc:${arg}`)),
    );
    // The author pauses right after the first message went out.
    const stop = t.fake.intercept((call: ApiCall) => {
      if (call.method === "sendMessage" && ids.includes(Number(call.payload.chat_id))) void controlBroadcast(t.db, id, "pause", clock.now());
      return undefined;
    });
    await s.pass();
    stop();
    expect(author.last()!.text).toBe(`📣 Рассылка #${id}: отправлено 1 из 3, не доставлено 0, осталось 2 (около 1 мин).`);
    expect(author.last()!.buttons).toEqual([["▶️ Продолжить", "⏹ Отменить"]]);
    expect(await s.pass()).toBe(0);
    await author.click("▶️ Продолжить");
    expect(author.last()!.text).toBe(`▶️ Рассылка #${id} продолжается.`);
    expect((await broadcastStats(t.db, id))!.status).toBe("sending");
    await author.clickIn(Number(AUTHOR), "⏹ Отменить");
    expect(await broadcastStats(t.db, id)).toMatchObject({ status: "cancelled", cancelled: 2, sent: 1 });
    expect(await s.pass()).toBe(0);
  });

  it("an officer who joins after a broadcast was submitted finds it under 🕓 Waiting for approval in the staff menu and approves it there", async () => {
    await subscribers(1);
    const author = await t.userWithLanguage(Number(AUTHOR), "ru");
    await grantRole(t.db, { userId: AUTHOR, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await author.send("/broadcast");
    await answer(author, "#Только русскоязычным подписчикам", "Пункты вакцинации работают и в субботу.", "🚫 Без фото", "#всем подписчикам", "#Сразу после одобрения", "#📨 Отправить на одобрение");
    await author.send("/staff");
    await author.click("🕓 Ждут одобрения");
    expect(author.last()!.text).toBe("Ваши рассылки #1 ждут другого сотрудника: свою одобрить нельзя.");
    expect(author.last()!.buttons).toEqual([]);
    // Joins later: never got the notice.
    const late = await t.userWithLanguage(Number(APPROVER), "ky");
    await grantRole(t.db, { userId: APPROVER, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    expect(late.messages().some((m) => m.text.includes("Пункты вакцинации"))).toBe(false);
    await late.send("/staff");
    await late.click("🕓 Жактырууну күтүүдө");
    expect(late.messages().at(-2)!.text).toMatch(/^🕓 Жактырууну күткөндөр: 1\./);
    expect(late.last()!.text).toContain("Пункты вакцинации работают и в субботу.");
    await late.click(/^✅/);
    expect((await t.db.broadcast.findFirstOrThrow()).status).toMatch(/approved|sending/);
    // The author sees their own listed, without buttons; then nothing is waiting.
    await author.send("/staff");
    await author.click("🕓 Ждут одобрения");
    expect(author.last()!.text).toBe("Рассылок, которые ждут одобрения, сейчас нет.");
  });

  it("says how many broadcasts wait when there are more than it shows at once", async () => {
    for (let i = 0; i < 22; i++) await createBroadcast(t.db, { textKy: null, textRu: `Сообщение ${i}`, audience: { topics: ["covid"], languages: [], regions: [] } }, AUTHOR, clock.now());
    const late = await t.userWithLanguage(Number(APPROVER), "ru");
    await grantRole(t.db, { userId: APPROVER, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await late.send("/staff");
    const before = late.messages().length;
    await late.click("🕓 Ждут одобрения");
    const shown = late.textsSince(before);
    expect(shown[0]).toBe("🕓 Ждут одобрения: 22. Одобрить или отклонить можно кнопками под каждой.\nНиже первые 20: остальные появятся здесь, когда вы разберёте эти.");
    expect(shown).toHaveLength(21);
  });

  it("an officer revoked while writing a broadcast submits nothing", async () => {
    await subscribers(1);
    const { author } = await officers();
    await author.send("/broadcast");
    await answer(author, "#Только русскоязычным подписчикам", "Пункты вакцинации работают и в субботу.", "🚫 Без фото", "#всем подписчикам", "#Сразу после одобрения");
    await revokeRole(t.db, { userId: AUTHOR, role: "comms_officer", by: null, via: "cli", now: clock.now() });
    await answer(author, "#📨 Отправить на одобрение");
    expect(author.last()!.text).toBe("⛔ Пока вы заполняли форму, вашу роль сотрудника отозвали: ничего не сохранено и не отправлено.");
    expect(await t.db.broadcast.count()).toBe(0);
  });

  it("an edit of the text of a broadcast with a photo keeps it within a caption", async () => {
    await subscribers(1);
    const { author } = await officers();
    await author.send("/broadcast");
    await answer(author, "#Только русскоязычным подписчикам", "Короткий текст к фото");
    await author.sendPhoto();
    await answer(author, "#всем подписчикам", "#Сразу после одобрения", "#📨 Отправить на одобрение");
    await author.click("✏️ Изменить");
    await answer(author, "#Текст на русском", "Длинный текст ".repeat(100));
    expect(author.last()!.text).toMatch(/^Нужно от 5 до 950 символов, сейчас 1\s399\.$/u);
    await answer(author, "Исправленный текст к фото", "#📨 Отправить на одобрение");
    expect(await t.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ textRu: "Исправленный текст к фото", photoFileId: expect.any(String) });
  });

  it("an edit after submission sends it back for approval; buttons on the old version cannot approve the new text", async () => {
    await subscribers(2);
    const { author, second, group } = await officers();
    await author.send("/broadcast");
    await answer(author, "#Только русскоязычным подписчикам", "Первая версия текста", "🚫 Без фото", "#всем подписчикам", "#Сразу после одобрения", "#📨 Отправить на одобрение");
    const oldApprove = second.buttonIn(group.id, "✅ Одобрить").data;
    clock.advance(60_000);
    await author.click("✏️ Изменить");
    expect(author.last()!.text).toBe("Что изменить в рассылке #1? После изменения её снова проверит другой сотрудник.");
    await answer(author, "#Текст на русском", "Исправленная версия текста", "#📨 Отправить на одобрение");
    expect(await t.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ status: "pending", textRu: "Исправленная версия текста" });
    expect(t.fake.messagesIn(group.id).at(-1)!.text).toMatch(/^✏️ Автор изменил рассылку — нужна новая проверка\.\n\n📣 Рассылка #1 ждёт одобрения/);
    expect(t.fake.messagesIn(group.id).at(-1)!.text).toContain("Исправленная версия текста");
    const stale = await second.clickData(oldApprove, t.fake.messagesIn(group.id).find((m) => m.text.includes("Первая версия текста")));
    expect(t.fake.answersTo(stale)).toEqual([expect.objectContaining({ text: "Бул билдирүүдөн кийин таратуу өзгөртүлдү: төмөндөгү жаңы версиясын текшериңиз.", showAlert: true })]);
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("pending");
    await second.clickIn(group.id, "✅ Одобрить");
    expect(await t.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ status: "approved", approvedBy: APPROVER });
    // Once it is being sent, it cannot be edited.
    await startBroadcast(t.db, 1, clock.now());
    await author.click("✏️ Изменить");
    expect(author.last()!.text).toBe("Рассылку #1 уже нельзя изменить: она отправляется, отправлена, отменена или отклонена.");
  });
});
