// The eligibility rules' reasons and figures in the person's language.
import type { Locale } from "../context.ts";
import type { Assessment, Reason } from "../domain/benefits/rules.ts";
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

const STATUS_ICON = { eligible: "✅", maybe: "🟡", "not-eligible": "❌" } as const;

/** The whole result for a person in the chat: what they may get, why, where to go. */
export function benefitsReport(assessment: Assessment, locale: Locale): string {
  const t = (key: string, args?: Record<string, string | number>) => getI18n().t(locale, key, args);
  const blocks: string[] = [t("benefits-result-title", { date: formatDay(assessment.asOf) })];
  const hopeful = assessment.benefits.filter((b) => b.status !== "not-eligible");
  const order = { eligible: 0, maybe: 1, "not-eligible": 2 } as const;
  for (const b of [...hopeful].sort((x, y) => order[x.status] - order[y.status])) {
    const lines = [`${STATUS_ICON[b.status]} ${t(`benefit-name-${b.id}`)} — ${t(`benefits-status-${b.status}`)}`];
    if (b.monthly !== null) lines.push(t("benefits-amount-monthly", { amount: formatSom(b.monthly) }));
    if (b.oneTime !== null) lines.push(t("benefits-amount-once", { amount: formatSom(b.oneTime) }));
    for (const reason of b.reasons) lines.push(`• ${renderReason(reason, locale)}`);
    lines.push(t("benefits-legal-basis", { law: b.legalBasis[locale] }));
    lines.push(t(`benefit-apply-${b.id}`));
    if (b.unsure) lines.push(t("benefits-unsure"));
    blocks.push(lines.join("\n"));
  }
  const no = assessment.benefits.filter((b) => b.status === "not-eligible");
  if (no.length) {
    blocks.push(
      [t("benefits-not-eligible-title"), ...no.map((b) => `❌ ${t(`benefit-name-${b.id}`)}: ${renderReason(b.reasons[0]!, locale)}`)].join("\n"),
    );
  }
  blocks.push(t("benefits-where-to-ask"));
  blocks.push(t("benefits-anonymous"));
  return blocks.join("\n\n");
}
