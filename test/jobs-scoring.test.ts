// The jobs catalogue reads what people type; the score explains each part.
import { describe, expect, it } from "vitest";
import { matchOccupations } from "../src/domain/jobs/catalogue.ts";
import fc from "fast-check";
import { catalogue } from "../src/domain/jobs/catalogue.ts";
import { rankVacancies, relatedOccupations, scoreMatch, skillGaps, type Seeker, type Vacancy } from "../src/domain/jobs/scoring.ts";

describe("matchOccupations", () => {
  it.each([
    ["сварщик", [{ id: "welder", how: "name" }]],
    ["Ширетүүчү", [{ id: "welder", how: "name" }]],
    ["электросварщик, 5 лет", [{ id: "welder", how: "synonym" }, { id: "electrician", how: "similar" }]],
    ["шафёр", [{ id: "driver", how: "similar" }]],
    ["Шофёр", [{ id: "driver", how: "synonym" }]],
    ["бухгалтер 1С", [{ id: "accountant", how: "name" }]],
    ["Тигүүчү", [{ id: "seamstress", how: "name" }]],
    ["xyz", []],
    ["", []],
  ])("%s", (typed, expected) => {
    expect(matchOccupations(typed)).toEqual(expected);
  });
});

const seeker: Seeker = { occupations: ["welder"], skillsText: "сварщик", region: "chui", district: "sokuluk", experienceYears: 3, minWage: 25000, schedules: ["full"], languages: ["ky", "ru"] };
const vacancy: Vacancy = { occupation: "welder", region: "chui", district: "sokuluk", wageMin: 25000, wageMax: 35000, schedule: "full", experienceYears: 2, languages: ["ru"] };
const reasons = (v: Partial<Vacancy>, s: Partial<Seeker> = {}) => scoreMatch({ ...seeker, ...s }, { ...vacancy, ...v }).parts.map((p) => `${p.reason}:${p.points}`);

describe("scoreMatch", () => {
  it("gives 100 to the same occupation in the same district, wage in range, same schedule, enough experience and the languages", () => {
    expect(scoreMatch(seeker, vacancy)).toEqual({
      total: 100,
      parts: [
        { part: "occupation", points: 40, max: 40, reason: "match-occupation-exact" },
        { part: "place", points: 20, max: 20, reason: "match-place-district" },
        { part: "wage", points: 15, max: 15, reason: "match-wage-fits" },
        { part: "schedule", points: 10, max: 10, reason: "match-schedule-fits" },
        { part: "experience", points: 10, max: 10, reason: "match-experience-enough" },
        { part: "languages", points: 5, max: 5, reason: "match-languages-fit" },
      ],
    });
  });

  it.each<[string, Partial<Vacancy>, Partial<Seeker>, string]>([
    ["a synonym the person typed", { occupation: "electrician" }, { skillsText: "электромонтер" }, "match-occupation-synonym:30"],
    ["the same group of trades", { occupation: "plumber" }, {}, "match-occupation-group:20"],
    ["another trade", { occupation: "cook" }, {}, "match-occupation-other:0"],
    ["another district of the region", { district: "kant" }, {}, "match-place-region:12"],
    ["another region", { region: "osh", district: null }, {}, "match-place-far:0"],
    ["remote work for someone who wants it", { region: "osh", schedule: "remote" }, { schedules: ["full", "remote"] }, "match-place-remote:20"],
    ["a wage just under the wish (within 15%)", { wageMin: 20000, wageMax: 22000 }, {}, "match-wage-close:5"],
    ["a wage well under the wish", { wageMin: 10000, wageMax: 15000 }, {}, "match-wage-low:0"],
    ["no wage given", { wageMin: null, wageMax: null }, {}, "match-wage-unknown:7"],
    ["no wish about the wage", {}, { minWage: null }, "match-wage-any:15"],
    ["another schedule", { schedule: "seasonal" }, {}, "match-schedule-other:0"],
    ["less experience than asked (3 of 6 years)", { experienceYears: 6 }, {}, "match-experience-less:5"],
    ["a language the person does not speak", { languages: ["en"] }, {}, "match-languages-missing:0"],
  ])("%s", (_name, v, s, part) => {
    expect(reasons(v, s)).toContain(part);
  });
});

describe("rankVacancies", () => {
  it("keeps those at or above the threshold, best first, at most the limit", () => {
    const list = [
      { ...vacancy, id: 1, occupation: "cook" }, // 60
      { ...vacancy, id: 2 }, // 100
      { ...vacancy, id: 3, district: "kant" }, // 92
      { ...vacancy, id: 4, occupation: "cook", region: "osh", district: null }, // 40
    ];
    expect(rankVacancies(seeker, list, 2, 50).map((r) => [r.vacancy.id, r.score.total])).toEqual([
      [2, 100],
      [3, 92],
    ]);
    // The cook's vacancy scores 60 on the rest, but another trade is not a match; the operator's view shows it.
    expect(rankVacancies(seeker, list, 10, 50).map((r) => r.vacancy.id)).toEqual([2, 3]);
    expect(rankVacancies(seeker, list, 10, 50, true).map((r) => r.vacancy.id)).toEqual([2, 3, 1]);
    expect(rankVacancies(seeker, [{ ...vacancy, id: 5, occupation: "plumber" }], 10, 50).map((r) => r.score.total)).toEqual([80]);
  });
});

describe("skillGaps", () => {
  const teachable = new Set(["cook", "electrician", "seamstress", "welder"]);
  it("counts the vacancies a course would open: another trade nearby, taught by a course, not fitting now", () => {
    const list: Vacancy[] = [
      { ...vacancy, occupation: "cook" }, // near, another trade: a cook course opens it
      { ...vacancy, occupation: "cook", district: "kant" }, // same region: opens too
      { ...vacancy, occupation: "cook", region: "osh", district: null }, // another region: not counted
      { ...vacancy, occupation: "seamstress", schedule: "part" as const, wageMin: 10000, wageMax: 12000 }, // trained: 40 + 20 + 0 (wage) + 0 (schedule) + 10 + 5 = 75
      { ...vacancy, occupation: "electrician" }, // related trade: fits already, no gap
      { ...vacancy, occupation: "welder" }, // the person's own
      { ...vacancy, occupation: "driver" }, // no course teaches it
    ];
    expect(skillGaps(seeker, list, teachable, 50)).toEqual([
      { occupation: "cook", vacancies: 2 },
      { occupation: "seamstress", vacancies: 1 },
    ]);
    // At 90 the seamstress's 75 is not enough.
    expect(skillGaps(seeker, list, teachable, 90)).toEqual([
      { occupation: "cook", vacancies: 2 }, // trained: 100 and 92
      { occupation: "electrician", vacancies: 1 }, // at 90 the related trade (80) does not fit now; trained it is 100
    ]);
    expect(skillGaps(seeker, [], teachable)).toEqual([]);
  });
});

describe("relatedOccupations (what the database hands over for a person's matches)", () => {
  const ids = catalogue().occupations.map((o) => o.id);
  const synonyms = catalogue().occupations.flatMap((o) => o.synonyms);
  const regions = ["chui", "osh", "naryn"];
  const schedules = ["full", "part", "seasonal", "remote"] as const;
  const seekerArb: fc.Arbitrary<Seeker> = fc.record({
    occupations: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
    skillsText: fc.oneof(fc.constant(""), fc.constantFrom(...synonyms)),
    region: fc.constantFrom(...regions),
    district: fc.constant("d1"),
    experienceYears: fc.integer({ min: 0, max: 10 }),
    minWage: fc.oneof(fc.constant(null), fc.integer({ min: 5_000, max: 60_000 })),
    schedules: fc.uniqueArray(fc.constantFrom(...schedules), { maxLength: 2 }),
    languages: fc.constantFrom(["ky"], ["ru"], ["ky", "ru"]),
  });
  const vacancyArb: fc.Arbitrary<Vacancy> = fc.record({
    occupation: fc.constantFrom(...ids),
    region: fc.constantFrom(...regions),
    district: fc.constantFrom("d1", null),
    wageMin: fc.oneof(fc.constant(null), fc.integer({ min: 5_000, max: 60_000 })),
    wageMax: fc.constant(null),
    schedule: fc.constantFrom(...schedules),
    experienceYears: fc.integer({ min: 0, max: 5 }),
    languages: fc.constantFrom(["ky"], ["ru"], [] as string[]),
  });

  it("leaves out no vacancy that could be a match: the ranking over all and over the related trades only is the same", () => {
    fc.assert(
      fc.property(seekerArb, fc.array(vacancyArb, { minLength: 0, maxLength: 60 }), (s, vacancies) => {
        const related = new Set(relatedOccupations(s));
        const all = rankVacancies(s, vacancies, 5, 50).map((m) => vacancies.indexOf(m.vacancy));
        const some = rankVacancies(s, vacancies.filter((v) => related.has(v.occupation)), 5, 50).map((m) => m.vacancy);
        expect(some.map((v) => vacancies.indexOf(v))).toEqual(all);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it("is the person's trades and their groups, not every trade", () => {
    const related = relatedOccupations({ ...seeker, occupations: ["welder"], skillsText: "" });
    expect(related).toContain("welder");
    expect(related.length).toBeLessThan(ids.length / 2);
    expect(related.every((id) => catalogue().byId.get(id)!.group === catalogue().byId.get("welder")!.group)).toBe(true);
  });
});
