// One full run through every conversation the bot has, as a person answers it:
// the steps (text typed; "#Label" presses that button) and what the database
// holds at the end. The reliability tests replay them with restarts in between
// and with noise thrown in.
import path from "node:path";
import { allFlows } from "../../flows/index.ts";
import { projectRoot } from "../../src/paths.ts";
import { importClinics, readClinicsFile } from "../../src/services/clinics.ts";
import { grantRole } from "../../src/services/roles.ts";
import { linkGroup } from "../../src/services/staff-groups.ts";
import type { ManualClock } from "./clock.ts";
import type { FakeUser } from "./fake-telegram.ts";
import type { TestBot } from "./harness.ts";

export interface Script {
  /** The flows (by name) the steps go through. */
  flows: string[];
  /** Makes what the person (`id`) needs (clinics, a role) and returns them with a language chosen. */
  setup(t: TestBot, clock: ManualClock, id?: number): Promise<FakeUser>;
  steps: string[];
  /** What the run leaves in the database, without ids or codes that are random. */
  outcome(t: TestBot): Promise<unknown>;
}

const PERSON = 9300;
const withoutKeys = <T extends object>(row: T | null, ...keys: string[]) =>
  row && Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

async function citizen(t: TestBot, id = PERSON): Promise<FakeUser> {
  return t.userWithLanguage(id, "ru");
}

async function sampleClinics(t: TestBot): Promise<void> {
  if ((await t.db.clinic.count()) > 0) return;
  const read = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (!read.ok) throw new Error("sample clinics are invalid");
  await importClinics(t.db, read.clinics);
}

async function officer(t: TestBot, clock: ManualClock, role: "comms_officer" | "employment_officer", id = PERSON): Promise<FakeUser> {
  const user = await citizen(t, id);
  await grantRole(t.db, { userId: BigInt(id), role, by: null, via: "cli", now: clock.now() });
  if (role === "comms_officer" && !(await t.db.staffGroup.count({ where: { role } }))) {
    // A second officer's group, where submitted texts go for approval.
    const group = t.fake.group(-100_930, "Коммуникации");
    await linkGroup(t.db, { role, scope: "", chatId: BigInt(group.id), title: "Коммуникации", language: "ru", by: BigInt(PERSON), now: clock.now() });
  }
  return user;
}

/** Monday 23.11.2026, 12:00 in Bishkek: the day the scripts were written for. */
export const SCRIPT_TIME = "2026-11-23T06:00:00Z";

export const SCRIPTS: Record<string, Script> = {
  benefits: {
    flows: ["benefits"],
    setup: (t, _clock, id) => citizen(t, id),
    steps: ["#💰 Пособия", "4", "3 000 сом", "#👤 Каждого: возраст и пол (точнее)", "35", "#Женщина", "38", "#Мужчина", "10", "#Мальчик", "4", "#Девочка", "#Нет", "#Нет", "#Нет",
      "#Да", "#№2: 38 лет, муж.", "#Ещё ▶", "#Трудармеец", "#Нет", "#Да", "#№1: 35 лет, жен.", "#Да", "#Не знаю", "#Нет", "#Нет"],
    outcome: async (t) => await t.db.tally.findMany({ orderBy: { metric: "asc" } }),
  },
  jobs: {
    flows: ["jobs"],
    setup: (t, _clock, id) => citizen(t, id),
    steps: ["#💼 Работа", "#✅ Согласен(на)", "Айгүль Садыкова", "0700 123 456", "#Женщина", "#Чуйская область", "#Сокулукский район", "электросварщик", "#✅ Да", "#Нет", "4", "#Профессиональное (лицей, колледж)", "#Полный день", "25 000 сом", "#Да", "#Кыргызский и русский", "#Нет", "#Да", "#✅ Сохранить анкету"],
    outcome: async (t) => withoutKeys(await t.db.jobseeker.findFirst(), "id"),
  },
  "legal-aid": {
    flows: ["legal-aid", "legal-aid-move"],
    setup: async (t, _clock, id) => {
      await sampleClinics(t);
      return citizen(t, id);
    },
    steps: [
      "#⚖️ Юридическая помощь", "#💼 Работа, невыплата зарплаты", "Три месяца не платят зарплату", "#Джалал-Абадская область", "#Вт, 24.11", "#10:00",
      "0700 123 456", "Айгүль", "#Женщина", "#📞 Да, можно звонить и писать SMS", "#✅ Согласен(на)", "#✅ Записаться",
      "/mybookings", "#🔁 Перенести", "#Ср, 25.11", "#15:00", "#✅ Перенести",
    ],
    outcome: async (t) => (await t.db.booking.findMany({ orderBy: { id: "asc" } })).map((b) => ({ ...withoutKeys(b, "ref", "requestId"), requestId: b.requestId ? "set" : null })),
  },
  rumour: {
    flows: ["rumour"],
    setup: (t, _clock, id) => citizen(t, id),
    steps: ["#🔎 Проверить слух", "Говорят, что барсучий жир вылечивает ковид за два дня", "#📨 Отправить команде"],
    outcome: async (t) => ({ rumours: await t.db.rumour.findMany(), askers: await t.db.rumourAsker.findMany() }),
  },
  vacancy: {
    flows: ["vacancy"],
    setup: async (t, clock, id) => {
      if (!(await t.db.employer.count())) await t.db.employer.create({ data: { name: "ОсОО «Курулуш»" } });
      const user = await officer(t, clock, "employment_officer", id);
      await user.send("/menu");
      return user;
    },
    steps: ["#➕ Разместить вакансию", "#ОсОО «Курулуш»", "Сварщик на стройку", "сварщик", "#✅ Да", "#Чуйская область", "#Сокулукский район", "20 000", "30000", "#Полный день", "2", "Опыт от 2 лет", "0555 000 111", "#✅ Разместить"],
    outcome: async (t) => withoutKeys(await t.db.vacancy.findFirst(), "id"),
  },
  factcheck: {
    flows: ["factcheck"],
    setup: (t, clock, id) => officer(t, clock, "comms_officer", id),
    steps: [
      "/staff", "#➕ Новая проверка фактов", "Водка с перцем убивает коронавирус", "Перец кошулган арак коронавирусту өлтүрөт", "#❌ ЛОЖЬ",
      "Алкоголь не защищает от COVID-19 и не лечит его, а вредит здоровью. При симптомах обратитесь к врачу.",
      "Арак COVID-19дан коргобойт жана дарылабайт, ден соолукка зыян. Белгилер болсо дарыгерге кайрылыңыз.",
      "https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters", "ВОЗ", "#Пропустить ➡️", "#✅ Опубликовать",
    ],
    outcome: async (t) => (await t.db.factCheck.findMany({ where: { editedBy: BigInt(PERSON) } })).map((f) => withoutKeys(f, "id")),
  },
  broadcast: {
    flows: ["broadcast"],
    setup: (t, clock, id) => officer(t, clock, "comms_officer", id),
    steps: ["/broadcast", "Эмдөө пункттары ишембиде да иштейт.", "Пункты вакцинации работают и в субботу.", "🚫 Без фото", "#по языку", "#русскоязычным", "25.11 18:00", "#📨 Отправить на одобрение"],
    outcome: async (t) => withoutKeys(await t.db.broadcast.findFirst(), "id"),
  },
};

/** Every flow the bot has is walked through by some script (a new flow needs one). */
export function flowsWithoutScript(): string[] {
  const covered = new Set(Object.values(SCRIPTS).flatMap((s) => s.flows));
  return allFlows.map((f) => f.name).filter((name) => !covered.has(name));
}

/** Random codes in texts (booking numbers, fact-check ids) made comparable between runs. */
export function withoutCodes(text: string): string {
  return text.replace(/\b[A-Z2-9]{3}-[A-Z2-9]{3}\b/g, "XXX-XXX").replace(/\bfc-[0-9a-z]+\b/g, "fc-…");
}
