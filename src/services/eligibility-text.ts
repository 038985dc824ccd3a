// The eligibility rules' reasons and figures in the person's language.
import type { Locale } from "../context.ts";
import type { Reason } from "../domain/benefits/rules.ts";
import { getI18n } from "../i18n.ts";

const MONEY_ARGS = new Set(["amount", "perCapita", "gmi", "min", "max", "average", "later"]);

/** 1200 → "1 200", 733.333 → "733,33" (both languages write numbers this way). */
const somFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
export function formatSom(value: number): string {
  return somFormat.format(value).replace(/\u00a0/g, " ");
}

/** "2019-12-01" → "01.12.2019". */
const formatDay = (day: string) => day.split("-").reverse().join(".");

export function renderReason(reason: Reason, locale: Locale): string {
  const i18n = getI18n();
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.args ?? {})) {
    if (name === "category") args[name] = i18n.t(locale, `elig-category-${value}`);
    else if (name === "date") args[name] = formatDay(String(value));
    else if (MONEY_ARGS.has(name) && typeof value === "number") args[name] = formatSom(value);
    else args[name] = value;
  }
  return i18n.t(locale, reason.key, args);
}
