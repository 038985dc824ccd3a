// The fact-check search reads Kyrgyz and Russian, in Cyrillic or Latin letters,
// with typos and other word forms, and finds a claim inside a long message.
import { describe, expect, it } from "vitest";
import { FactIndex } from "../src/domain/factchecks/search.ts";
import { kyrgyzStem, foldWord, stems, transliterate } from "../src/domain/factchecks/text.ts";

const index = new FactIndex([
  { id: "garlic", texts: ["Чеснок защищает от коронавируса", "Сарымсак коронавирустан коргойт"] },
  { id: "5g", texts: ["Вышки 5G распространяют коронавирус", "5G мунаралары коронавирусту таратат"] },
  { id: "dna", texts: ["Вакцина от COVID-19 меняет ДНК человека", "COVID-19 вакцинасы адамдын ДНКсын өзгөртөт"] },
  { id: "masks", texts: ["Маски вызывают нехватку кислорода", "Маска кычкылтектин жетишсиздигин жаратат"] },
  { id: "hot-bath", texts: ["Горячая ванна убивает коронавирус", "Ысык ваннага түшсөң коронавирус өлөт"] },
  { id: "chip", texts: ["В вакцину от COVID-19 встроены микрочипы для слежки", "COVID-19 вакцинасына аңдуу үчүн микрочип салынган"] },
  { id: "infertility", texts: ["Вакцина от COVID-19 вызывает бесплодие", "COVID-19га каршы вакцина тукумсуздукка алып келет"] },
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
  it("reads Kyrgyz typed in Latin letters: ң, ө, ү, ж and digits for letters", () => {
    expect(transliterate("jeseng")).toBe("жесең");
    expect(transliterate("oeloet")).toBe("өлөт");
    expect(transliterate("o'lo't")).toBe("өлөт");
    expect(transliterate("4to")).toBe("что");
    expect(transliterate("takoe")).toBe("такое");
  });
  it("strips Kyrgyz endings in every vowel-harmony form", () => {
    expect(kyrgyzStem(foldWord("коронавирустан"))).toBe(foldWord("коронавирус"));
    expect(kyrgyzStem(foldWord("вакцинасына"))).toBe(kyrgyzStem(foldWord("вакцина")));
    expect(kyrgyzStem(foldWord("балдарга"))).toBe(kyrgyzStem(foldWord("балдардын")));
  });
  it("drops filler words and evidential particles, and reads both languages into the same concepts", () => {
    expect(stems("Правда ли, что чеснок защищает от коронавируса?")).toEqual(["#garlic", "#remedy", "#covid"]);
    expect(stems("pravda chto chesnok zashchishchaet ot koronavirusa")).toEqual(["#garlic", "#remedy", "#covid"]);
    expect(stems("Сарымсак коронавирустан коргойт экен дейт")).toEqual(["#garlic", "#covid", "#remedy"]);
    expect(stems("sarymsak koronavirustan korgoit")).toEqual(stems("Сарымсак коронавирустан коргойт"));
    for (const word of ["укол", "прививку", "эмдөө", "вакцинадан", "vaktsina"]) expect(stems(word)[0], word).toBe("#vaccine");
    expect(stems("Ысык-Көл тамыры")).toEqual(stems("Issyk-Kul koreni"));
    expect(stems("арак ичсе")).toEqual(["#alcohol", "#drink"]);
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

  it("finds a claim said in other words than any phrasing, in either language or both", () => {
    expect(top("в вакцине есть микрочип 5G")[0]).toBe("chip");
    expect(top("укол делает бесплодными")[0]).toBe("infertility");
    expect(top("вакцина сайдырсаң бала көрбөй каласың, бесплодие болот дейт го")[0]).toBe("infertility");
    expect(top("бет кап кислород жетпей калат")[0]).toBe("masks");
  });

  it("scores from 0 to 1, best first; only the first can be sure, the others are possible", () => {
    const found = index.search("Чеснок защищает от коронавируса, а горячая ванна убивает его", 3);
    expect(found.map((f) => f.id).slice(0, 2).sort()).toEqual(["garlic", "hot-bath"]);
    expect(found.every((f) => f.score >= 0 && f.score <= 1)).toBe(true);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => b - a));
    expect(found.slice(1).every((f) => f.band === "possible")).toBe(true);
  });

  it("answers each claim of a forward that carries two, in the order it says them", () => {
    const forward =
      "Перешлите всем! В вакцину от ковида добавили микрочипы, чтобы следить за людьми. А ещё вышки 5G распространяют коронавирус, поэтому их включают ночью.";
    const claims = index.claims(forward);
    expect(claims.map((c) => c.matches[0]!.id)).toEqual(["chip", "5g"]);
    expect(claims.every((c) => c.matches[0]!.band === "sure")).toBe(true);
    // One claim: the whole message's candidates.
    expect(index.claims("Чеснок защищает от коронавируса").map((c) => c.matches[0]!.id)).toEqual(["garlic"]);
    expect(index.claims("Где получить пособие на ребёнка?")).toEqual([]);
  });

  it("offers a vague message as possible, not sure", () => {
    const found = index.search("в вакцине что-то для слежки за людьми и контроля", 3);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ id: "chip", band: "possible" });
  });
});
