// The eligibility rules' reasons and figures in the person's language.
import type { Locale } from "../context.ts";
import type { Assessment, BenefitResult, Reason } from "../domain/benefits/rules.ts";
import { getI18n } from "../i18n.ts";

const MONEY_ARGS = new Set(["amount", "perCapita", "gmi", "min", "max", "average", "later", "previous"]);

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
    else if (name === "death") args[name] = i18n.t(locale, `elig-death-${value}`);
    else if (name === "date") args[name] = formatDay(String(value));
    else if (MONEY_ARGS.has(name) && typeof value === "number") args[name] = formatSom(value);
    else args[name] = value;
  }
  return i18n.t(locale, reason.key, args);
}

const STATUS_ICON = { eligible: "✅", maybe: "🟡", "not-eligible": "❌" } as const;

/** The result in the chat: a short summary first, then one block per benefit. */
export interface BenefitsReport {
  summary: string;
  /** The details, one block per benefit, then where to ask: to be packed into messages. */
  details: string[];
}

/** Help to find work is a service the family can use, not a payment it is owed. */
const statusKey = (b: BenefitResult) =>
  b.id === "unemployment-support" && b.status === "eligible" ? "benefits-status-available" : `benefits-status-${b.status}`;

/** "2 400 сом в месяц", "от 8 000 сом в месяц", "4 900 сом в месяц (сумма 2019 года)", "4 000 сом один раз". */
function amountText(b: BenefitResult, t: (key: string, args?: Record<string, string | number>) => string): string | undefined {
  if (b.monthly !== null) {
    const amount = formatSom(b.monthly);
    if (b.monthlyAtLeast) return t("benefits-amount-monthly-at-least", { amount });
    return t("benefits-amount-monthly", { amount });
  }
  if (b.oneTime !== null) return t("benefits-amount-once", { amount: formatSom(b.oneTime) });
  return undefined;
}

/**
 * The whole result for a person in the chat: what they may get and how much
 * (summary), then why, on what legal basis, what to bring and where to go.
 * `notes` are the conversation's own remarks (e.g. what the quick path leaves out).
 */
export function benefitsReport(assessment: Assessment, locale: Locale, notes: readonly string[] = [], household: { children?: boolean } = {}): BenefitsReport {
  const t = (key: string, args?: Record<string, string | number>) => getI18n().t(locale, key, args);
  const order = { eligible: 0, maybe: 1, "not-eligible": 2 } as const;
  // Payments first (sure ones before maybes), the employment service last.
  // Not the family's question (the rules say so): the funeral benefit when nobody died, the highland payments away
  // from the highlands, the unemployment benefit for nobody registered (the chat does not ask about registration yet).
  const relevant = assessment.benefits.filter((b) => !b.notAsked);
  const hopeful = relevant
    .filter((b) => b.status !== "not-eligible")
    .sort((x, y) => Number(x.id === "unemployment-support") - Number(y.id === "unemployment-support") || order[x.status] - order[y.status]);
  const no = relevant.filter((b) => b.status === "not-eligible");

  const summaryLines = hopeful.map((b) => {
    const amount = amountText(b, t);
    return `${STATUS_ICON[b.status]} ${t(`benefit-short-${b.id}`)} — ${amount ?? t(statusKey(b))}`;
  });
  if (hopeful.length === 0) summaryLines.push(t("benefits-summary-nothing"));
  if (no.length) summaryLines.push(`❌ ${t("benefits-summary-not-eligible", { names: no.map((b) => t(`benefit-short-${b.id}`)).join(", ") })}`);
  // Two payments the family cannot have together: said in the summary, so nobody adds them up.
  if (hopeful.some((b) => b.id === "uy-bulogo-komok") && hopeful.some((b) => b.id === "highland-children")) summaryLines.push(t("benefits-summary-choose-one"));
  const summary = [
    t("benefits-result-title", { date: formatDay(assessment.asOf) }),
    [t("benefits-summary-title"), ...summaryLines].join("\n"),
    ...notes,
    t("benefits-summary-details"),
  ].join("\n\n");

  const details: string[] = [];
  for (const b of hopeful) {
    const lines = [`${STATUS_ICON[b.status]} ${t(`benefit-name-${b.id}`)} — ${t(statusKey(b))}`];
    const amount = amountText(b, t);
    if (amount) lines.push(`💵 ${amount}`);
    for (const reason of b.reasons) lines.push(`• ${renderReason(reason, locale)}`);
    lines.push(t("benefits-legal-basis", { law: b.legalBasis[locale] }));
    lines.push(t(`benefit-apply-${b.id}`));
    if (b.unsure) lines.push(t(b.id === "unemployment-benefit" ? "benefits-unsure-employment" : "benefits-unsure"));
    details.push(lines.join("\n"));
  }
  if (no.length) {
    details.push(
      [
        t("benefits-not-eligible-title"),
        ...no.map((b) => `❌ ${t(`benefit-short-${b.id}`)}: ${b.reasons.map((r) => renderReason(r, locale)).join(" ")}`),
      ].join("\n"),
    );
  }
  // The children's helpline only for a family with children.
  details.push([t("benefits-where-to-ask"), ...(household.children ? [t("benefits-child-helpline")] : []), t("benefits-anonymous")].join("\n"));
  return { summary, details };
}
