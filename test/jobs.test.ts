// Jobseekers register, see and change their profile, pause it and delete it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import { sendEmployerDigests, sendJobseekerDigests } from "../src/jobs/jobs-digest.ts";
import { createLogger } from "../src/logger.ts";
import { syncCourses } from "../src/services/courses.ts";
import { saveJobseeker } from "../src/services/jobseekers.ts";
import { createVacancy } from "../src/services/vacancies.ts";
import { grantRole, revokeRole } from "../src/services/roles.ts";
import { ButtonSigner } from "../src/signed-data.ts";
import { ManualClock } from "./support/clock.ts";
import { answer } from "./support/flows.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock("2026-11-23T06:00:00Z");
  t = await TestBot.start({ clock, rateLimit: false });
});
afterEach(async () => {
  await t.close();
});

const RU_ANSWERS = [
  "#💼 Работа",
  "#✅ Согласен(на)",
  "Айгүль Садыкова",
  "0700 123 456",
  "#Женщина",
  "#Чуйская область",
  "#Сокулукский район",
  "электросварщик",
  "#✅ Да",
  "#Нет",
  "4",
  "#Профессиональное (лицей, колледж)",
  "#Полный день",
  "25 000 сом",
  "#Да",
  "#Кыргызский и русский",
  "#Нет",
  "#Да",
];

describe("jobseeker registration", () => {
  it("asks consent first, then each question, re-asks bad answers politely, and saves one profile", async () => {
    const user = await t.userWithLanguage(8001, "ru");
    await answer(user, "#💼 Работа");
    expect(user.last()!.text).toMatch(/^Чтобы подобрать вам вакансии/);
    await answer(user, "#✅ Согласен(на)");
    expect(user.last()!.text).toBe("Как вас зовут? Напишите имя и фамилию.");
    await answer(user, "123");
    expect(user.last()!.text).toBe("Напишите имя буквами, от 2 до 60 символов, например Айгүль Садыкова.");
    await answer(user, "Айгүль Садыкова", "07001", "0700 123 456", "#Женщина", "#Чуйская область");
    expect(user.last()!.text).toBe("Выберите район:");
    await answer(user, "#Сокулукский район", "электросварщик");
    expect(user.last()!.text).toBe("Мы поняли так: Сварщик. Верно?");
    await answer(user, "#✅ Да");
    expect(user.last()!.text).toBe("Ваши профессии: Сварщик. Добавить ещё одну?");
    await answer(user, "#Да", "шафёр");
    expect(user.last()!.text).toBe("Может быть, вы имели в виду одну из этих профессий?");
    await answer(user, "#Водитель", "#Нет", "двести", "-1");
    expect(user.last()!.text).toBe("Напишите число лет цифрами, от 0 до 60, например 3.");
    await answer(user, "4", "#Профессиональное (лицей, колледж)", "#Полный день", "мало");
    expect(user.last()!.text).toMatch(/^Напишите сумму цифрами, от 1 000 до 1 000 000/);
    await answer(user, "25 000 сом", "#Да", "#Кыргызский и русский", "#Не хочу отвечать", "#Да");
    const summary = user.last()!.text;
    expect(summary).toMatch(/^Проверьте анкету:\n\n👤 Айгүль Садыкова, 📱 \+996 700 123 456\n📍 Чуйская область, Сокулукский район\n🛠 Профессии: Сварщик, Водитель\n⏳ Опыт: 4 года/);
    expect(summary).toContain("💵 Зарплата: от 25 000 сом");
    await answer(user, "#✅ Сохранить анкету");
    expect(user.messages().map((m) => m.text)).toContain("✅ Вы на учёте как ищущий работу. Когда появятся подходящие вакансии, мы пришлём их — не чаще раза в день.");
    const row = await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8001n } });
    expect(row).toMatchObject({ name: "Айгүль Садыкова", phone: "+996700123456", sex: "female", region: "chui", district: "sokuluk", experienceYears: 4, education: "vocational", minWage: 25000, lostWorkCovid: true, disability: false, wantsTraining: true, active: true });
    expect(JSON.parse(row.occupations)).toEqual(["welder", "driver"]);
    expect(row.skillsText).toBe("электросварщик; шафёр");
    expect(JSON.parse(row.languages)).toEqual(["ky", "ru"]);
  });

  it("asks a yes/no question again with Kyrgyz buttons after a switch to Kyrgyz midway, and saves what was answered before", async () => {
    const user = await t.userWithLanguage(7300, "ru");
    await answer(user, "#💼 Работа", "#✅ Согласен(на)", "Айгүль Садыкова", "0700 123 456", "#Женщина", "#Чуйская область", "#Сокулукский район", "электросварщик", "#✅ Да");
    expect(user.last()!.buttons.flat().slice(0, 2)).toEqual(["Да", "Нет"]);
    await user.send("/language");
    await user.click("Кыргызча");
    expect(user.last()!.buttons.flat().slice(0, 2)).toEqual(["Ооба", "Жок"]);
    expect(user.last()!.text).toMatch(/[өүң]/);
    await user.click("Жок");
    expect(t.fake.refused).toEqual([]);
  });

  it("works in Kyrgyz, with an occupation picked from the list when the typed one is unknown", async () => {
    const user = await t.userWithLanguage(8002, "ky");
    await answer(user, "#💼 Жумуш", "#✅ Макулмун", "Бакыт Асанов");
    await user.sendContact("996555111222");
    await answer(user, "#Эркек", "#Ош шаары", "космонавт");
    expect(user.textsSince(user.messages().length - 2)[0]).toMatch(/^Мындай кесип биздин тизмеде жок/);
    expect(user.last()!.text).toBe("Тармакты тандаңыз:");
    await answer(user, "#Тамак-аш", "#Ашпозчу", "#Жок", "0", "#Мектеп", "#Баары бир", "#Маанилүү эмес", "#Жок", "#Кыргызча", "#Жок", "#Жок", "#✅ Анкетаны сактоо");
    const row = await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8002n } });
    expect(row).toMatchObject({ region: "osh-city", district: "osh-city", phone: "+996555111222", minWage: null, education: "school" });
    expect(JSON.parse(row.occupations)).toEqual(["cook"]);
    expect(JSON.parse(row.schedules)).toEqual(["full", "part", "seasonal", "remote"]);
  });

  it("opens the profile next time: edit one answer, pause and resume, delete; never a second profile", async () => {
    const user = await t.userWithLanguage(8003, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету");
    await answer(user, "#💼 Моя анкета");
    expect(user.last()!.text).toMatch(/^👤 Айгүль Садыкова/);
    expect(user.last()!.text).toContain("Статус: ищу работу");
    await answer(user, "#✏️ Изменить ответ", "#Зарплата", "30000");
    expect(user.messages().map((m) => m.text)).toContain("✅ Анкета обновлена.");
    expect(await t.db.jobseeker.count()).toBe(1);
    expect((await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8003n } })).minWage).toBe(30000);
    await answer(user, "#💼 Моя анкета", "#⏸ Сейчас не ищу работу");
    expect(user.last()!.text).toMatch(/^⏸ Хорошо: пока вы не ищете работу/);
    expect((await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8003n } })).active).toBe(false);
    await answer(user, "#💼 Работа");
    expect(user.last()!.text).toContain("Статус: ⏸ сейчас не ищу");
    await answer(user, "#▶️ Снова ищу работу");
    expect((await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8003n } })).active).toBe(true);
    await answer(user, "#💼 Работа", "#🗑 Удалить анкету", "#🗑 Да, удалить");
    expect(user.last()!.text).toBe("Анкета удалена.");
    expect(await t.db.jobseeker.count()).toBe(0);
  });

  it("goes Back at any step, also from the phone's reply keyboard, keeps the other answers and saves the changed ones; survives a restart", async () => {
    const user = await t.userWithLanguage(8008, "ru");
    await answer(user, "#💼 Работа", "#✅ Согласен(на)", "Айгүль");
    expect(user.last()!.text).toMatch(/^Ваш номер телефона/);
    await answer(user, "⬅️ Назад"); // the reply keyboard's Back
    expect(user.last()!.text).toBe("Как вас зовут? Напишите имя и фамилию.");
    await answer(user, "Айгүль Садыкова", "0700 123 456", "#Женщина", "#Чуйская область");
    expect(user.last()!.text).toBe("Выберите район:");
    await answer(user, "#⬅️ Назад");
    expect(user.last()!.text).toBe("Где вы ищете работу? Выберите область или город.");
    await answer(user, "#Бишкек", "#Ленинский район", "электросварщик", "#✅ Да", "#Нет", "4");
    await t.restart();
    await answer(user, "#⬅️ Назад");
    expect(user.last()!.text).toMatch(/^Сколько лет/);
    await answer(user, "6", "#Профессиональное (лицей, колледж)", "#Полный день", "25 000", "#Да", "#Кыргызский и русский", "#Нет", "#Да", "#✅ Сохранить анкету");
    expect(await t.db.jobseeker.findUniqueOrThrow({ where: { userId: 8008n } })).toMatchObject({ name: "Айгүль Садыкова", region: "bishkek", district: "bishkek-lenin", experienceYears: 6, phone: "+996700123456" });
  });

  it("shows the profile in /mydata and removes it with /deleteme", async () => {
    const user = await t.userWithLanguage(8004, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету", "/mydata");
    expect(user.messages().map((m) => m.text).join("\n")).toContain("💼 Анкета ищущего работу\n• Айгүль Садыкова, +996700123456 — ищу работу\n• Откликов на вакансии: 0, записей на обучение: 0");
    await user.send("/deleteme");
    await user.click(/^🗑/);
    expect(await t.db.jobseeker.count()).toBe(0);
  });
});

describe("vacancies from CSV and explained matches (CLI)", () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: (l) => err.push(l), clock });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("imports the good rows, reports each bad one with its line, and ranks them for a jobseeker with the score's parts", async () => {
    const file = path.join(t.dir, "vacancies.csv");
    writeFileSync(
      file,
      [
        "employer,title,occupation,region,district,wage_min,wage_max,schedule,experience_years,languages,requirements,contact",
        'ОсОО «Курулуш»,Сварщик на стройку,сварщик,Чуйская область,Сокулукский район,25000,35000,full,2,ru,"Опыт от 2 лет",0555 000 111',
        "ОсОО «Курулуш»,Астронавт,космонавт,chui,,30000,,full,0,ru,,0555 000 111",
        "Кафе «Ордо»,Повар,повар,osh-city,,20000,25000,full,1,ky;ru,,0777 000 222",
        "Кафе «Ордо»,Официант,официант,osh-city,,много,,part,0,ky,,0777 000 222",
      ].join("\n"),
    );
    const imported = await cli(["vacancies", "import", file]);
    expect(imported.code).toBe(0);
    expect(imported.out).toBe("Imported 2 vacancies; 2 row(s) refused (above).");
    expect(imported.err.split("\n")).toEqual([
      'line 3: occupation: "космонавт" is not one occupation of the catalogue (an id or a name)',
      "line 5: wage_min: must be a whole number of som",
    ]);
    expect(await t.db.vacancy.count({ where: { status: "open" } })).toBe(2);
    expect(await t.db.employer.count()).toBe(2);

    await saveJobseeker(
      t.db,
      8100n,
      { name: "Айгүль", phone: "+996700123456", sex: "female", region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "сварщик", experienceYears: 4, education: "vocational", schedules: ["full"], minWage: 25000, lostWorkCovid: true, languages: ["ky", "ru"], disability: false, wantsTraining: false },
      clock.now(),
    );
    const match = await cli(["jobs", "match", "8100", "--json"]);
    const rows = JSON.parse(match.out) as { title: string; total: number; parts: { part: string; reason: string }[] }[];
    expect(rows.map((r) => [r.title, r.total])).toEqual([
      ["Сварщик на стройку", 100],
      ["Повар", 40], // another trade in another town: wage, schedule, experience and languages only
    ]);
    expect(rows[0]!.parts.map((p) => p.reason)).toContain("match-place-district");
    expect(await cli(["jobs", "match", "8101"])).toMatchObject({ code: 1, err: "8101 is not registered as a jobseeker." });
  });
});

/** An open welder vacancy in Sokuluk district, 25–35 000 som, full time. */
const welderVacancy = (employerId: number) =>
  createVacancy(
    t.db,
    { employerId, title: "Сварщик на стройку", occupation: "welder", region: "chui", district: "sokuluk", wageMin: 25000, wageMax: 35000, schedule: "full", experienceYears: 2, languages: ["ru"], requirements: "", contact: "0555 000 111" },
    clock.now(),
    { userId: null, officer: true },
  );

/** Бакыт, a welder in Sokuluk, registered and waiting on an application to `vacancyId`. */
async function welderApplied(userId: bigint, vacancyId: number): Promise<void> {
  await saveJobseeker(
    t.db,
    userId,
    { name: "Бакыт", phone: "+996700123456", sex: "male", region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "", experienceYears: 4, education: "vocational", schedules: ["full"], minWage: null, lostWorkCovid: false, languages: ["ky", "ru"], disability: false, wantsTraining: false },
    clock.now(),
  );
  await t.db.application.create({ data: { vacancyId, userId, status: "applied", createdAt: clock.now() } });
}

describe("matches for a jobseeker", () => {
  it("lists the best open vacancies with why they fit, in the person's language", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    await welderVacancy(employer.id);
    await createVacancy(
      t.db,
      { employerId: employer.id, title: "Бухгалтер", occupation: "accountant", region: "naryn", district: null, wageMin: 15000, wageMax: null, schedule: "part", experienceYears: 5, languages: ["ru"], requirements: "", contact: "0555 000 111" },
      clock.now(),
      { userId: null, officer: true },
    );
    const user = await t.userWithLanguage(8005, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету", "#💼 Моя анкета", "#🔎 Подходящие вакансии");
    expect(user.last()!.text).toBe(
      "🔎 Вакансии для вас (лучшие 1):\n\n1. Сварщик на стройку — ОсОО «Курулуш»\n   💵 25 000–35 000 сом · 📍 Сокулукский район · совпадение 100%\n   Почему: ваша профессия, ваш район, зарплата в вашем диапазоне, подходящий график, опыта достаточно, языки подходят",
    );
  });
});

describe("the skills gap", () => {
  it("suggests the course that opens vacancies near the person in a trade they lack, with how many, and lists it first", async () => {
    const employer = await t.db.employer.create({ data: { name: "Кафе «Ордо»", trusted: true } });
    const cookVacancy = (district: string | null, region: "chui" | "osh" = "chui") =>
      createVacancy(
        t.db,
        { employerId: employer.id, title: "Повар", occupation: "cook", region, district, wageMin: 25000, wageMax: 30000, schedule: "full", experienceYears: 0, languages: [], requirements: "", contact: "0777 000 222" },
        clock.now(),
        { userId: null, officer: true },
      );
    await cookVacancy("sokuluk");
    await cookVacancy(null);
    await cookVacancy(null, "osh"); // another region: not counted
    const user = await t.userWithLanguage(8520, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету", "#💼 Моя анкета", "#🔎 Подходящие вакансии");
    // A welder is not offered a cook's job as a match, but is told what would open it.
    expect(user.last()!.text).toBe(
      "Пока подходящих вакансий нет. Мы напишем, когда они появятся.\n\n📚 Курс «Повар» откроет вам 2 вакансии в вашем регионе. Записаться бесплатно: «💼 Работа» → «📚 Бесплатное обучение».",
    );
    // The same profile card's other button still works (it is not stale after the first one).
    await user.click("📚 Бесплатное обучение");
    expect(user.last()!.text).toBe(
      "📚 Бесплатные курсы службы занятости. Выберите курс, чтобы записаться:\n\n🔸 Курсы, которые откроют вам вакансии в вашем регионе:\n• «Повар» — 2 вакансии",
    );
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["Повар · в учебном центре · 120 ч."], ["Сварщик (базовый курс) · в учебном центре · 160 ч."]]);
    await answer(user, "#Повар · в учебном центре · 120 ч.");
    expect(await t.db.enrolment.findFirstOrThrow({ include: { course: true } })).toMatchObject({ userId: 8520n, status: "enrolled", course: { key: "cook" } });
  });
});

describe("applying to a vacancy", () => {
  it("sends the profile to the employer with Accept/Decline; accepting tells the jobseeker and counts a match; nobody else can press it", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    await welderVacancy(employer.id);
    const boss = await t.userWithLanguage(8200, "ru");
    await grantRole(t.db, { userId: 8200n, role: "employer", scope: `employer:${employer.id}`, by: null, via: "cli", now: clock.now() });
    const user = await t.userWithLanguage(8006, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету", "#💼 Моя анкета", "#🔎 Подходящие вакансии", "#✅ Откликнуться на №1");
    expect(user.last()!.text).toBe("✅ Отклик отправлен: работодатель увидит вашу анкету и ответит здесь.");
    expect(boss.last()!.text).toBe("📨 Отклик на вакансию «Сварщик на стройку»\n👤 Айгүль Садыкова, 📱 +996 700 123 456\n🛠 Сварщик, опыт 4 л.\n📍 Сокулукский район");
    // Applying twice is refused; a citizen cannot press the employer's button.
    const again = await user.click("✅ Откликнуться на №1");
    expect(t.fake.answersTo(again)).toEqual([expect.objectContaining({ text: "Вы уже откликнулись на эту вакансию.", showAlert: true })]);
    const forged = await user.clickData(new ButtonSigner(t.fake.token).sign(8006, boss.buttonIn(8200, "✅ Пригласить").data.split(":").slice(0, 2).join(":")));
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ text: "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.", showAlert: true })]);
    await boss.click("✅ Пригласить");
    // Айгүль is addressed as a woman.
    expect(boss.last()!.text).toBe("✅ Кандидатка на «Сварщик на стройку» приглашена: бот сообщил ей ваши контакты.");
    expect(user.last()!.text).toBe("🎉 Работодатель «ОсОО «Курулуш»» приглашает вас по вакансии «Сварщик на стройку». Свяжитесь с ним: 0555 000 111.");
    expect(await t.db.application.findFirstOrThrow()).toMatchObject({ status: "accepted", decidedBy: 8200n });
    // The report counts the match.
    const out: string[] = [];
    await runCli(["jobs", "stats", "--json"], { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: () => undefined, clock });
    expect(JSON.parse(out.join("\n"))).toEqual({
      registered: 1,
      active: 1,
      lostWorkCovid: 1,
      matched: 1,
      matchRate: 100,
      enrolled: 0,
      completed: 0,
      bySex: { female: { registered: 1, active: 1, lostWorkCovid: 1, matched: 1, matchRate: 100, enrolled: 0, completed: 0 } },
      byRegion: { chui: { registered: 1, active: 1, lostWorkCovid: 1, matched: 1, matchRate: 100, enrolled: 0, completed: 0 } },
    });
  });
});

describe("the daily jobs digest", () => {
  it("sends a jobseeker the new fitting vacancies once a day, nothing when nothing is new; the employer hears of new applicants once", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    const boss = await t.userWithLanguage(8300, "ru");
    await grantRole(t.db, { userId: 8300n, role: "employer", scope: `employer:${employer.id}`, by: null, via: "cli", now: clock.now() });
    const user = await t.userWithLanguage(8007, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету");
    const deps = { db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock };
    const vacancy = (title: string, occupation: string) =>
      createVacancy(
        t.db,
        { employerId: employer.id, title, occupation, region: "chui", district: "sokuluk", wageMin: 25000, wageMax: 35000, schedule: "full", experienceYears: 2, languages: ["ru"], requirements: "", contact: "0555 000 111" },
        clock.now(),
        { userId: null, officer: true },
      );
    expect(await sendJobseekerDigests(deps, t.bot.api)).toBe(0); // no vacancies at all
    clock.advance(3_600_000);
    await vacancy("Сварщик", "welder");
    await vacancy("Повар", "cook"); // does not fit well enough to be sent unasked
    clock.set("2026-11-24T04:00:00Z"); // Tuesday 10:00
    expect(await sendJobseekerDigests(deps, t.bot.api)).toBe(1);
    expect(user.last()!.text).toBe("💼 Новые вакансии для вас (1). Подробнее — «💼 Работа» → «🔎 Подходящие вакансии».\n1. Сварщик · 100%");
    expect(await sendJobseekerDigests(deps, t.bot.api)).toBe(0); // once a day
    clock.set("2026-11-25T04:00:00Z");
    expect(await sendJobseekerDigests(deps, t.bot.api)).toBe(0); // nothing new since
    // Applying from the digest; the employer's digest counts it once.
    await user.click("✅ Откликнуться на №1");
    expect(await sendEmployerDigests(deps, t.bot.api)).toBe(1);
    expect(boss.last()!.text).toBe("📨 Новые отклики за сутки:\n• Сварщик: 1");
    await t.restart();
    expect(await sendEmployerDigests({ ...deps, db: t.db, reads: t.database.reads }, t.bot.api)).toBe(0);
  });
});

describe("the daily jobs digest, in batches", () => {
  it("reads jobseekers a batch at a time: every one who fits gets one digest, and who applied already gets none", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    const ids = Array.from({ length: 7 }, (_, i) => 8500 + i);
    for (const id of ids) {
      t.fake.user({ id, language_code: "ru" });
      await t.db.user.create({ data: { id: BigInt(id), language: id % 2 ? "ky" : "ru" } });
      await saveJobseeker(
        t.db,
        BigInt(id),
        { name: "Айгүль", phone: "+996700123456", sex: "female", region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "", experienceYears: 3, education: "school", schedules: ["full"], minWage: null, lostWorkCovid: false, languages: ["ru"], disability: false, wantsTraining: false },
        clock.now(),
      );
    }
    clock.advance(3_600_000);
    const vacancy = await createVacancy(
      t.db,
      { employerId: employer.id, title: "Сварщик", occupation: "welder", region: "chui", district: "sokuluk", wageMin: 25000, wageMax: 35000, schedule: "full", experienceYears: 2, languages: ["ru"], requirements: "", contact: "0555 000 111" },
      clock.now(),
      { userId: null, officer: true },
    );
    await t.db.application.create({ data: { vacancyId: vacancy.id, userId: BigInt(ids[4]!), status: "new", createdAt: clock.now() } });
    clock.set("2026-11-24T04:00:00Z");
    const deps = { db: t.db, reads: t.database.reads, logger: createLogger("silent"), clock };
    expect(await sendJobseekerDigests(deps, t.bot.api, 3)).toBe(6);
    for (const id of ids) expect(t.fake.messagesIn(id).length).toBe(id === ids[4] ? 0 : 1);
    expect(t.fake.messagesIn(ids[1]!)[0]!.text).toMatch(/^💼 .*\n1\. Сварщик · \d+%$/);
    expect(await sendJobseekerDigests(deps, t.bot.api, 3)).toBe(0); // once a day
  });
});

describe("posting a vacancy", () => {
  const FORM = ["Сварщик на стройку", "сварщик", "#✅ Да", "#Чуйская область", "#Сокулукский район", "20 000", "10000", "30000", "#Полный день", "2", "Опыт от 2 лет", "0555 000 111"];

  it("a new employer's vacancy waits for an officer; approving opens it and trusts the employer; an officer's opens at once", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»" } });
    const boss = await t.userWithLanguage(8400, "ru");
    await grantRole(t.db, { userId: 8400n, role: "employer", scope: `employer:${employer.id}`, by: null, via: "cli", now: clock.now() });
    const officer = await t.userWithLanguage(8401, "ru");
    await grantRole(t.db, { userId: 8401n, role: "employment_officer", by: null, via: "cli", now: clock.now() });
    // A citizen does not see the button, and cannot post by forging it.
    const citizen = await t.userWithLanguage(8402, "ru");
    expect(citizen.last()!.buttons.flat()).not.toContain("➕ Разместить вакансию");
    await citizen.clickData("menu:vacancy");
    expect(citizen.last()!.text).toMatch(/^Размещать вакансии могут работодатели/);

    await boss.send("/menu");
    await answer(boss, "#➕ Разместить вакансию", ...FORM.slice(0, 6));
    expect(boss.last()!.text).toBe("Зарплата до (сом в месяц):");
    await answer(boss, "10000");
    expect(boss.last()!.text).toBe("Напишите сумму цифрами, не меньше 20 000 и не больше 1 000 000, или нажмите «Не указывать».");
    await answer(boss, ...FORM.slice(7));
    expect(boss.last()!.text).toMatch(/^Проверьте вакансию:\n🏢 ОсОО «Курулуш»\n📌 Сварщик на стройку \(Сварщик\)\n📍 Чуйская область, Сокулукский район\n💵 20 000–30 000 сом/);
    await answer(boss, "#✅ Разместить");
    expect(boss.last()!.text).toMatch(/^🕓 Вакансия отправлена на проверку/);
    expect(await t.db.vacancy.findFirstOrThrow()).toMatchObject({ status: "pending", wageMin: 20000, wageMax: 30000, district: "sokuluk", occupation: "welder" });
    expect(officer.last()!.text).toMatch(/^🕓 Новая вакансия ждёт проверки/);
    await officer.click("✅ Опубликовать");
    expect(boss.last()!.text).toBe("✅ Ваша вакансия «Сварщик на стройку» проверена и опубликована.");
    expect(await t.db.vacancy.findFirstOrThrow()).toMatchObject({ status: "open", approvedBy: 8401n });
    expect((await t.db.employer.findUniqueOrThrow({ where: { id: employer.id } })).trusted).toBe(true);

    // The officer's own vacancy opens at once.
    await officer.send("/menu");
    await answer(officer, "#➕ Разместить вакансию");
    expect(officer.last()!.buttons).toEqual([["ОсОО «Курулуш»"], ["✏️ Другой работодатель (написать название)"]]);
    await answer(officer, "#ОсОО «Курулуш»", ...FORM.slice(0, 6), ...FORM.slice(7), "#✅ Разместить");
    expect(officer.last()!.text).toMatch(/^✅ Вакансия размещена до 23\.12\.2026 \(30 дней\)/);
    expect(await t.db.vacancy.count({ where: { status: "open" } })).toBe(2);
  });
});

describe("managing vacancies", () => {
  it("the employer sees their vacancies in /staff, closes one early after a confirmation, and the jobseeker who waited is told", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    const other = await t.db.employer.create({ data: { name: "Кафе «Ордо»", trusted: true } });
    const welder = await welderVacancy(employer.id);
    await welderVacancy(other.id);
    const boss = await t.userWithLanguage(8600, "ru");
    await grantRole(t.db, { userId: 8600n, role: "employer", scope: `employer:${employer.id}`, by: null, via: "cli", now: clock.now() });
    const user = await t.userWithLanguage(8601, "ky");
    await welderApplied(8601n, welder.id);

    await boss.send("/staff");
    await boss.click("📋 Мои вакансии");
    // Only this employer's vacancy, with its applicants.
    expect(boss.last()!.text).toBe(`📋 Ваши вакансии (1):\n\n№${welder.id} «Сварщик на стройку» — ОсОО «Курулуш»\nоткрыта до 23.12.2026 · откликов: 1, ждут ответа: 1`);
    expect(boss.last()!.buttons).toEqual([[`❌ Закрыть №${welder.id}`]]);
    await boss.click(`❌ Закрыть №${welder.id}`);
    expect(boss.last()!.text).toBe(`Закрыть вакансию №${welder.id} «Сварщик на стройку» досрочно?\nКандидаты, которые ждут ответа (1), получат сообщение, что набор закрыт.`);
    await boss.click("Не закрывать");
    expect((await t.db.vacancy.findUniqueOrThrow({ where: { id: welder.id } })).status).toBe("open");
    await boss.click(`❌ Закрыть №${welder.id}`);
    const yes = boss.buttonIn(8600, "✅ Да, закрыть").data;
    await boss.clickData(yes);
    expect(boss.last()!.text).toBe(`✅ Вакансия №${welder.id} «Сварщик на стройку» закрыта: кандидаты её больше не видят.\nСообщили кандидатам, которые ждали ответа: 1.`);
    expect(user.last()!.text).toMatch(/^«Сварщик на стройку» \(ОсОО «Курулуш»\) бош орду жабылды/);
    expect(await t.db.vacancy.findUniqueOrThrow({ where: { id: welder.id } })).toMatchObject({ status: "closed" });
    expect(await t.db.application.findFirstOrThrow()).toMatchObject({ status: "closed" });
    // A second press, and applying now, are refused politely.
    const again = await boss.clickData(yes);
    expect(t.fake.answersTo(again)).toEqual([expect.objectContaining({ text: "Эта вакансия уже закрыта или срок её истёк.", showAlert: true })]);
    await boss.send("/staff");
    await boss.click("📋 Мои вакансии");
    expect(boss.last()!.text).toBe("Открытых вакансий нет. Разместить новую: /menu → «➕ Разместить вакансию».");
    // Another employer's people cannot close it with a forged button.
    const stranger = await t.userWithLanguage(8602, "ru");
    await grantRole(t.db, { userId: 8602n, role: "employer", scope: `employer:${other.id}`, by: null, via: "cli", now: clock.now() });
    const forged = await stranger.clickData(new ButtonSigner(t.fake.token).sign(8602, `jc:yes.${employer.id}.${welder.id + 1}`));
    expect(t.fake.answersTo(forged)).toEqual([expect.objectContaining({ text: "Это действие доступно только сотрудникам с нужной ролью. Ничего не изменено.", showAlert: true })]);
    expect((await t.db.vacancy.findUniqueOrThrow({ where: { id: welder.id + 1 } })).status).toBe("open");
  });

  it("an employer's list of 15 vacancies with long imported titles comes in messages Telegram accepts, the close buttons under the last", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш-Строй-Инвест Кыргызстан»", trusted: true } });
    for (let i = 0; i < 15; i++) {
      await createVacancy(
        t.db,
        { employerId: employer.id, title: `${i} ${"Электрогазосварщик ручной дуговой сварки ".repeat(5)}`.slice(0, 200), occupation: "welder", region: "chui", district: "sokuluk", wageMin: 25000, wageMax: 35000, schedule: "full", experienceYears: 2, languages: ["ru"], requirements: "", contact: "0555 000 111" },
        clock.now(),
        { userId: null, officer: true },
      );
    }
    const boss = await t.userWithLanguage(8610, "ru");
    await grantRole(t.db, { userId: 8610n, role: "employer", scope: `employer:${employer.id}`, by: null, via: "cli", now: clock.now() });
    await boss.send("/staff");
    const before = boss.messages().length;
    await boss.click("📋 Мои вакансии");
    const parts = boss.textsSince(before);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n").match(/Электрогазосварщик ручной/g)!.length).toBeGreaterThanOrEqual(15);
    expect(boss.last()!.buttons.flat()).toHaveLength(15);
    expect(t.fake.refused).toEqual([]);
  });

  it("an officer revoked in the middle of posting a vacancy posts nothing and makes no trusted employer", async () => {
    const officer = await t.userWithLanguage(8611, "ru");
    await grantRole(t.db, { userId: 8611n, role: "employment_officer", by: null, via: "cli", now: clock.now() });
    await officer.send("/menu");
    await answer(officer, "#➕ Разместить вакансию", "#✏️ Другой работодатель (написать название)", "ОсОО «Жаңы Курулуш»", "Сварщик на стройку", "сварщик", "#✅ Да", "#Чуйская область", "#Сокулукский район", "#Не указывать", "#Не указывать", "#Полный день", "0", "#Пропустить ➡️", "0555 000 111");
    await revokeRole(t.db, { userId: 8611n, role: "employment_officer", scope: "", by: null, via: "cli", now: clock.now() });
    await answer(officer, "#✅ Разместить");
    expect(officer.last()!.text).toBe("⛔ Пока вы заполняли форму, вашу роль сотрудника отозвали: ничего не сохранено и не отправлено.");
    expect(await t.db.vacancy.count()).toBe(0);
    expect(await t.db.employer.count()).toBe(0);
  });

  it("an officer who joins later sees and decides applications to vacancies whose employer has nobody in the bot (imported by CSV)", async () => {
    const employer = await t.db.employer.create({ data: { name: "ОсОО «Курулуш»", trusted: true } });
    const welder = await welderVacancy(employer.id);
    const user = await t.userWithLanguage(8620, "ru");
    await welderApplied(8620n, welder.id);
    // Invited after the application was made.
    const officer = await t.userWithLanguage(8621, "ru");
    await grantRole(t.db, { userId: 8621n, role: "employment_officer", by: null, via: "cli", now: clock.now() });
    await officer.send("/staff");
    await officer.click("📋 Мои вакансии");
    expect(officer.last()!.text).toContain("«Сварщик на стройку» — ОсОО «Курулуш»");
    await officer.send("/staff");
    await officer.click("📨 Отклики без работодателя в боте");
    expect(officer.messages().at(-2)!.text).toMatch(/^📨 Ждут решения: 1\./);
    expect(officer.last()!.text).toContain("Бакыт");
    await officer.click(officer.last()!.buttons[0]![0]!);
    expect((await t.db.application.findFirstOrThrow({ where: { userId: 8620n } })).status).toBe("accepted");
    expect(officer.last()!.text).toBe("✅ Кандидат на «Сварщик на стройку» приглашён: бот сообщил ему ваши контакты.");
    expect(user.last()!.text).toMatch(/ОсОО «Курулуш»/);
    await officer.send("/staff");
    await officer.click("📨 Отклики без работодателя в боте");
    expect(officer.last()!.text).toBe("Откликов, которые ждут решения без работодателя в боте, нет.");
  });

  it("an employment officer posts for an employer the bot does not know yet, which is added once and trusted", async () => {
    const officer = await t.userWithLanguage(8610, "ru");
    await grantRole(t.db, { userId: 8610n, role: "employment_officer", by: null, via: "cli", now: clock.now() });
    const form = ["Сварщик на стройку", "сварщик", "#✅ Да", "#Чуйская область", "#Сокулукский район", "#Не указывать", "#Не указывать", "#Полный день", "0", "#Пропустить ➡️", "0555 000 111", "#✅ Разместить"];
    await officer.send("/menu");
    await answer(officer, "#➕ Разместить вакансию");
    expect(officer.last()!.buttons).toEqual([["✏️ Другой работодатель (написать название)"]]);
    await answer(officer, "#✏️ Другой работодатель (написать название)", "Х");
    expect(officer.last()!.text).toBe("Напишите название от 2 до 100 символов.");
    await answer(officer, "ОсОО «Жаңы Курулуш»", ...form);
    expect(officer.last()!.text).toMatch(/^✅ Вакансия размещена/);
    await officer.send("/menu");
    await answer(officer, "#➕ Разместить вакансию", "#✏️ Другой работодатель (написать название)", "ОсОО «Жаңы Курулуш»", ...form);
    expect(await t.db.employer.findMany()).toEqual([expect.objectContaining({ name: "ОсОО «Жаңы Курулуш»", trusted: true })]);
    expect(await t.db.vacancy.count({ where: { status: "open" } })).toBe(2);
  });
});

describe("training", () => {
  it("offers the courses of the person's occupations first, enrols once, and an officer marks it completed for the report", async () => {
    const user = await t.userWithLanguage(8500, "ru");
    await answer(user, ...RU_ANSWERS, "#✅ Сохранить анкету", "#💼 Моя анкета", "#📚 Бесплатное обучение");
    expect(user.last()!.buttons.slice(0, 2)).toEqual([["Сварщик (базовый курс) · в учебном центре · 160 ч."], ["Парикмахер · в учебном центре · 120 ч."]]);
    await answer(user, "#Сварщик (базовый курс) · в учебном центре · 160 ч.");
    expect(user.last()!.text).toMatch(/^✅ Вы записаны на курс «Сварщик \(базовый курс\)»/);
    await answer(user, "#💼 Работа", "#📚 Бесплатное обучение", "#Сварщик (базовый курс) · в учебном центре · 160 ч.");
    expect(user.last()!.text).toBe("Вы уже записаны на курс «Сварщик (базовый курс)».");
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(args, { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: (l) => err.push(l), clock });
      return { code, out: out.join("\n"), err: err.join("\n") };
    };
    expect(await run(["training", "complete", "8500", "welder-basic"])).toMatchObject({ code: 0, out: "Marked welder-basic completed for 8500." });
    expect(await run(["training", "complete", "8500", "cook"])).toMatchObject({ code: 1 });
    const stats = JSON.parse((await run(["jobs", "stats", "--json"])).out) as { enrolled: number; completed: number };
    expect(stats).toMatchObject({ enrolled: 1, completed: 1 });
  });

  it("records completions from a training centre's CSV, enrolling those who enrolled at the centre, and reports each bad row", async () => {
    for (const id of [8510n, 8511n]) {
      await saveJobseeker(
        t.db,
        id,
        { name: "Бакыт", phone: "+996700123456", sex: "male", region: "chui", district: "sokuluk", occupations: ["welder"], skillsText: "", experienceYears: 1, education: "school", schedules: ["full"], minWage: null, lostWorkCovid: true, languages: ["ky"], disability: false, wantsTraining: true },
        clock.now(),
      );
    }
    await syncCourses(t.db);
    const welder = await t.db.course.findUniqueOrThrow({ where: { key: "welder-basic" } });
    await t.db.enrolment.create({ data: { courseId: welder.id, userId: 8510n, status: "enrolled", enrolledAt: clock.now() } });
    const file = path.join(t.dir, "completions.csv");
    writeFileSync(
      file,
      ["\uFEFFtelegram_id,course,completed", "8510,welder-basic,20.11.2026", "8511,welder-basic,", "8512,welder-basic,2026-11-20", "8510,welding,31.02.2026", "8510,welder-basic,2026-11-21"].join("\n"),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["training", "import", file], { env: { DATABASE_URL: t.databaseUrl }, out: (l) => out.push(l), err: (l) => err.push(l), clock });
    expect(code).toBe(0);
    expect(out).toEqual(["Recorded 2 completion(s); 1 already recorded; 2 row(s) refused (above)."]);
    expect(err).toEqual([
      "line 4: telegram_id: 8512 is not registered as a jobseeker",
      'line 5: course: "welding" is not a course key (see the courses table); completed: "31.02.2026" is not a date (2026-11-20 or 20.11.2026)',
    ]);
    const rows = await t.db.enrolment.findMany({ orderBy: { userId: "asc" } });
    expect(rows.map((e) => [e.userId, e.status, e.completedAt?.toISOString().slice(0, 10)])).toEqual([
      [8510n, "completed", "2026-11-20"],
      [8511n, "completed", "2026-11-23"],
    ]);
  });
});
