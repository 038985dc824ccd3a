// The fact-check search reads Kyrgyz and Russian, in Cyrillic or Latin letters,
// with typos and other word forms, and finds a claim inside a long message.
import { describe, expect, it } from "vitest";
import { FactIndex } from "../src/domain/factchecks/search.ts";
import { stems, transliterate } from "../src/domain/factchecks/text.ts";

const index = new FactIndex([
  { id: "garlic", texts: ["Чеснок защищает от коронавируса", "Сарымсак коронавирустан коргойт"] },
  { id: "5g", texts: ["Вышки 5G распространяют коронавирус", "5G мунаралары коронавирусту таратат"] },
  { id: "dna", texts: ["Вакцина от COVID-19 меняет ДНК человека", "COVID-19 вакцинасы адамдын ДНКсын өзгөртөт"] },
  { id: "masks", texts: ["Маски вызывают нехватку кислорода", "Маска кычкылтектин жетишсиздигин жаратат"] },
  { id: "hot-bath", texts: ["Горячая ванна убивает коронавирус", "Ысык ваннага түшсөң коронавирус өлөт"] },
]);
const top = (q: string) => index.search(q, 3).map((f) => f.id);

describe("text", () => {
  it("transliterates Latin letters the way people type Russian and Kyrgyz", () => {
    expect(transliterate("chesnok")).toBe("чеснок");
    expect(transliterate("vaktsina")).toBe("вакцина");
    expect(transliterate("vakcina")).toBe("вакцина");
    expect(transliterate("zashchishchaet")).toBe("защищает");
    expect(transliterate("jakshy")).toBe("жакшы");
    expect(transliterate("covid")).toBe("ковид");
  });
  it("folds letters, drops filler words and cuts words to stems in both languages", () => {
    expect(stems("Правда ли, что чеснок защищает от коронавируса?")).toEqual(["чесно", "зашиш", "корон"]);
    expect(stems("pravda chto chesnok zashchishchaet ot koronavirusa")).toEqual(["чесно", "зашиш", "корон"]);
    expect(stems("Сарымсак коронавирустан коргойт")).toEqual(stems("sarymsak koronavirustan korgoit"));
    expect(stems("Ысык-Көл")).toEqual(stems("Issyk-Kol"));
  });
});

describe("FactIndex.search", () => {
  it.each([
    ["the claim itself", "Чеснок защищает от коронавируса", "garlic"],
    ["other word forms and order", "от коронавируса защитит чеснок?", "garlic"],
    ["Kyrgyz", "сарымсак жесең коронавирустан коргойт экен", "garlic"],
    ["Russian in Latin letters", "pravda chto chesnok zashishaet ot koronavirusa?", "garlic"],
    ["Kyrgyz in Latin letters", "sarymsak koronavirustan korgoit", "garlic"],
    ["typos", "чесног защещает от каронавируса", "garlic"],
    ["another language's claim", "5G мунаралары вирус таратат", "5g"],
    ["a long forward with the claim inside", "СРОЧНО!!! Перешлите всем родным. Мой знакомый врач из Бишкека сказал, что в новостях молчат: вакцина от ковида меняет ДНК человека навсегда. Берегите детей и не верьте телевизору.", "dna"],
    ["masks in Kyrgyz Latin", "maska kychkyltektin jetishsizdigin jaratat", "masks"],
  ])("%s", (_name, query, id) => {
    expect(top(query)[0]).toBe(id);
  });

  it.each([
    ["about something else", "Где получить пособие на ребёнка?"],
    ["COVID, but another claim", "Коронавирус опасен для пожилых людей"],
    ["a greeting", "Салам, кандайсыз"],
    ["only one word of a claim", "чеснок"],
  ])("finds nothing %s", (_name, query) => {
    expect(top(query)).toEqual([]);
  });

  it("scores from 0 to 1, best first", () => {
    const found = index.search("Чеснок защищает от коронавируса, а горячая ванна убивает его", 3, 0);
    expect(found[0]).toEqual({ id: "garlic", score: 1 });
    expect(found.every((f) => f.score >= 0 && f.score <= 1)).toBe(true);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => b - a));
  });
});
