// The project's indicators from what the database holds, for a period, as
// text, JSON and CSV; the anonymous counts come from the conversations.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import { importFactChecks } from "../src/services/factchecks.ts";
import { saveJobseeker } from "../src/services/jobseekers.ts";
import { chartSvg, weeklyCounts } from "../src/services/report-chart.ts";
import { ManualClock } from "./support/clock.ts";
import { answer } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z");
  t = await TestBot.start({ clock, rateLimit: false, adminIds: [7900n] });
});
afterEach(async () => {
  await t.close();
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: (l) => err.push(l), clock });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("cli report", () => {
  it("counts legal-aid visits and women, jobseekers matched and in training, screenings, rumours and broadcasts in the period", async () => {
    const clinic = await t.db.clinic.create({ data: { nameKy: "Адилет", nameRu: "Адилет" } });
    const visit = (n: number, userId: bigint, sex: string, day: string, status = "done") =>
      t.db.booking.create({ data: { ref: `R${n}`, userId, clinicId: clinic.id, startsAt: new Date(`${day}T04:00:00Z`), status, topic: "labour", phone: "+996700000000", name: "X", sex, contact: "call", language: "ru", createdAt: clock.now(), updatedAt: clock.now() } });
    await visit(1, 1n, "female", "2026-11-10");
    await visit(2, 1n, "female", "2026-11-12"); // the same woman again: one person
    await visit(3, 2n, "male", "2026-11-12");
    await visit(4, 0n, "female", "2026-11-13"); // a year-old booking without its person: counted as one
    await visit(5, 3n, "female", "2026-11-14", "no_show");
    await visit(6, 4n, "female", "2026-10-30"); // before the period

    const profile = { name: "Бакыт", phone: "+996700123456", sex: "male" as const, region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "", experienceYears: 1, education: "school" as const, schedules: ["full" as const], minWage: null, lostWorkCovid: true, languages: ["ky"], disability: false, wantsTraining: true };
    for (const id of [10n, 11n, 12n, 13n]) await saveJobseeker(t.db, id, profile, new Date("2026-11-05T06:00:00Z"));
    const employer = await t.db.employer.create({ data: { name: "ОсОО", trusted: true } });
    const vacancy = await t.db.vacancy.create({ data: { employerId: employer.id, title: "Сварщик", occupation: "welder", region: "chui", schedule: "full", contact: "0555", status: "open", createdAt: clock.now(), expiresAt: new Date("2026-12-30") } });
    await t.db.application.create({ data: { vacancyId: vacancy.id, userId: 10n, status: "accepted", createdAt: clock.now() } });
    await t.db.application.create({ data: { vacancyId: vacancy.id, userId: 11n, status: "declined", createdAt: clock.now() } });
    const course = await t.db.course.create({ data: { key: "c", titleKy: "К", titleRu: "К", occupation: "welder", mode: "centre", hours: 10 } });
    await t.db.enrolment.create({ data: { courseId: course.id, userId: 10n, status: "completed", enrolledAt: clock.now(), completedAt: clock.now() } });
    await t.db.enrolment.create({ data: { courseId: course.id, userId: 12n, status: "enrolled", enrolledAt: clock.now() } });
    // Accepted twice: one person matched. Registered before the period: not counted at all.
    const second = await t.db.vacancy.create({ data: { employerId: employer.id, title: "Сварщик 2", occupation: "welder", region: "chui", schedule: "full", contact: "0555", status: "open", createdAt: clock.now(), expiresAt: new Date("2026-12-30") } });
    await t.db.application.create({ data: { vacancyId: second.id, userId: 10n, status: "accepted", createdAt: clock.now() } });
    await saveJobseeker(t.db, 14n, profile, new Date("2026-10-20T06:00:00Z"));
    await t.db.application.create({ data: { vacancyId: vacancy.id, userId: 14n, status: "accepted", createdAt: clock.now() } });
    await t.db.enrolment.create({ data: { courseId: course.id, userId: 14n, status: "enrolled", enrolledAt: clock.now() } });

    // A rumour check and a benefits screening through the bot: counted, nothing about the person kept.
    await importFactChecks(t.db, '{"id":"garlic","claim":{"ky":"Сарымсак коронавирустан коргойт","ru":"Чеснок защищает от коронавируса"},"verdict":"false","explanation":{"ky":"Далил жок, коргобойт.","ru":"Нет доказательств, не защищает."},"source":"https://www.who.int/","publishedAt":"2020-03-10"}', clock.now());
    const user = await t.userWithLanguage(7700, "ru");
    await answer(user, "#🔎 Проверить слух", "чеснок защищает от коронавируса?", "#✅ Да, об этом");
    await answer(user, "#🔎 Проверить слух", "водка с перцем убивает вирус", "#📨 Отправить команде");
    const rumour = await t.db.rumour.findFirstOrThrow();
    await t.db.rumour.update({ where: { id: rumour.id }, data: { status: "linked", factCheckId: "garlic", decidedAt: new Date(rumour.createdAt.getTime() + 3 * 3_600_000) } });
    await t.db.tally.create({ data: { metric: "benefits.screenings", day: "2026-11-20", count: 7 } });

    const json = await cli(["report", "--from", "2026-11-01", "--to", "2026-11-30", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      period: { from: "2026-11-01", to: "2026-11-30" },
      legalAid: { visitsDone: 4, people: 3, women: 2, womenShare: 66.7, targets: { womenShare: 40, people: 150 } },
      jobs: { registered: 4, lostWorkCovid: 4, matched: 1, matchRate: 25, inTraining: 2, completedTraining: 1, targets: { registered: 3000, matchRate: 10, inTraining: 1000 } },
      benefits: { screenings: 7 },
      rumours: { checked: 2, matched: 1, queued: 1, askers: 1, answered: 1, dismissed: 0, medianHoursToAnswer: 3 },
      broadcasts: { sent: 0, messages: 0, delivered: 0, blocked: 0, failed: 0 },
    });
    const csv = (await cli(["report", "--from", "2026-11-01", "--to", "2026-11-30", "--csv"])).out.split("\n");
    expect(csv[0]).toBe("section,indicator,value,target");
    expect(csv).toContain("legal aid,\"women and girls, %\",66.7,>= 40");
    expect((await cli(["report"])).out).toMatch(/^Indicators from the start – today\nlegal aid\s+visits done\s+5/);
    expect(await cli(["report", "--from", "2026-13-01"])).toMatchObject({ code: 2 });
    expect(await cli(["report", "--json", "--csv"])).toMatchObject({ code: 2 });
  });
});
describe("/report in the bot", () => {
  it("shows admins the indicators in their language, for a period; others are refused", async () => {
    await t.db.tally.create({ data: { metric: "benefits.screenings", day: "2026-11-20", count: 3 } });
    const admin = await t.userWithLanguage(7900, "ky");
    // The figures, then the chart.
    const figures = () => admin.messages().at(-2)!.text;
    await admin.send("/report");
    expect(figures()).toMatch(/^📊 Долбоордун көрсөткүчтөрү \(бардык убакыт үчүн\)\n\n⚖️ Юридикалык жардам: кеңеш 0, адам 0/);
    expect(figures()).toContain("💰 Жөлөкпулга укукту текшерүүлөр: 3 (анонимдүү, саны гана)");
    await admin.send("/report 2026-11-21 2026-11-30");
    expect(figures()).toContain("(2026-11-21 – 2026-11-30)");
    expect(figures()).toContain("Жөлөкпулга укукту текшерүүлөр: 0");
    await admin.send("/report вчера");
    expect(admin.last()!.text).toMatch(/^Отчёт: \/report — бардык убакыт үчүн/);
    const citizen = await t.userWithLanguage(7901, "ru");
    await citizen.send("/report");
    expect(citizen.last()!.text).not.toMatch(/Показатели/);
  });
});

describe("the report chart", () => {
  it("counts bookings, registrations and rumour checks per Bishkek week for the last 12 weeks", async () => {
    const clinic = await t.db.clinic.create({ data: { nameKy: "Адилет", nameRu: "Адилет" } });
    const booking = (i: number, createdAt: string) =>
      t.db.booking.create({ data: { ref: `W${i}`, userId: BigInt(100 + i), clinicId: clinic.id, startsAt: new Date("2026-12-01T04:00:00Z"), seat: i, status: "pending", topic: "labour", phone: "+996700000000", name: "X", sex: "female", contact: "call", language: "ru", createdAt: new Date(createdAt), updatedAt: new Date(createdAt) } });
    await booking(1, "2026-11-22T17:59:00Z"); // Sunday 23:59 in Bishkek: the week before
    await booking(2, "2026-11-22T18:00:00Z"); // Monday 00:00 in Bishkek: this week
    await booking(3, "2026-09-06T12:00:00Z"); // 12 weeks ago and a day: too old
    await saveJobseeker(t.db, 200n, { name: "Айгүль", phone: "+996700000001", sex: "female", region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "", experienceYears: 1, education: "school", schedules: ["full"], minWage: null, lostWorkCovid: false, languages: ["ky"], disability: false, wantsTraining: false }, new Date("2026-11-10T06:00:00Z"));
    await t.db.tally.createMany({ data: [{ metric: "rumours.checked", day: "2026-11-23", count: 5 }, { metric: "rumours.checked", day: "2026-09-07", count: 2 }, { metric: "benefits.screenings", day: "2026-11-23", count: 9 }] });
    const rows = await weeklyCounts(t.db, clock.now());
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ week: "2026-09-07", bookings: 0, registrations: 0, rumours: 2 });
    expect(rows.at(-1)).toEqual({ week: "2026-11-23", bookings: 1, registrations: 0, rumours: 5 });
    expect(rows.at(-2)).toEqual({ week: "2026-11-16", bookings: 1, registrations: 0, rumours: 0 });
    expect(rows.at(-3)).toEqual({ week: "2026-11-09", bookings: 0, registrations: 1, rumours: 0 });
    // Drawn in each language, with the weeks along the bottom.
    const ky = await chartSvg("ky", rows, clock.now());
    for (const text of ["Юристке жазылуулар", "Жумуш издөөчүлөрдүн каттоосу", "Ушактарды текшерүү", "23.11.2026 чейин", "07.09", "23.11"]) expect(ky).toContain(text);
    const ru = await chartSvg("ru", rows, clock.now());
    for (const text of ["Записи к юристу", "Регистрации ищущих работу", "Проверки слухов", "по 23.11.2026"]) expect(ru).toContain(text);
  });

  it("/report sends the chart as a PNG after the figures, in the admin's language", async () => {
    const admin = await t.userWithLanguage(7900, "ky");
    await admin.send("/report");
    const photo = t.fake.callsOf("sendPhoto").at(-1)!;
    expect(photo.payload.caption).toBe("📈 Акыркы 12 апта: юристке жазылуулар, жумуш издөөчүлөрдүн каттоосу жана ушактарды текшерүү.");
    const png = (photo.payload.photo as { content: Buffer }).content;
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1280); // width, from the IHDR chunk
    expect(png.length).toBeGreaterThan(20_000);
    expect(admin.messages().at(-2)!.text).toMatch(/^📊 Долбоордун көрсөткүчтөрү/);
  });
});
