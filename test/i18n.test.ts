// The translations are loaded once per process, however often they are asked for.
import { expect, it } from "vitest";
import { getI18n } from "../src/i18n.ts";

it("translates after the translations were asked for 100 000 times (each ask once nested a wrapper until the stack overflowed)", () => {
  const first = getI18n();
  for (let i = 0; i < 100_000; i++) expect(getI18n()).toBe(first);
  expect(getI18n().t("ru", "report-today")).toBe("сегодня");
  expect(getI18n().t("ky", "report-today")).toBe("бүгүн");
});
