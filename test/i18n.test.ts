// The translations are loaded once per process, however often they are asked for.
import { expect, it } from "vitest";
import { getI18n } from "../src/i18n.ts";

it("translates after the translations were asked for 100 000 times (each ask once nested a wrapper until the stack overflowed)", () => {
  const first = getI18n();
  for (let i = 0; i < 100_000; i++) expect(getI18n()).toBe(first);
  expect(getI18n().t("ru", "report-today")).toBe("сегодня");
  expect(getI18n().t("ky", "report-today")).toBe("бүгүн");
});

it("writes Russian numbers with the right plural form (1 день, 3 дня, 30 дней; 2 предстоящие записи, 5 предстоящих записей)", () => {
  const t = (key: string, args: Record<string, string | number>) => getI18n().t("ru", key, args);
  expect(t("vacancy-published", { date: "22.12.2026", days: 21 })).toContain("(21 день)");
  expect(t("vacancy-published", { date: "22.12.2026", days: 3 })).toContain("(3 дня)");
  expect(t("vacancy-published", { date: "22.12.2026", days: 30 })).toContain("(30 дней)");
  expect(t("legal-too-many", { max: 2 })).toMatch(/^У вас уже 2 предстоящие записи к юристу/);
  expect(t("legal-too-many", { max: 5 })).toMatch(/^У вас уже 5 предстоящих записей к юристу/);
  expect(t("legal-retry-description-long", { length: 1001, max: 1000 })).toMatch(/^Получилось 1\s001 символ — сократите, пожалуйста, до 1\s000\.$/u);
  expect(t("legal-retry-description-long", { length: 1024, max: 1000 })).toMatch(/^Получилось 1\s024 символа — /u);
});
