// How a fact-check reads in a chat: the verdict as a label, the claim, the
// explanation, the source and when it was verified; and the same as a
// message made to be forwarded to a family chat.
import type { Locale } from "../context.ts";
import { formatDate } from "../time.ts";

export interface FactCard {
  id: string;
  verdict: string;
  claim: string;
  explanation: string;
  source: string;
  reviewedAt: Date;
  verifiedBy: string;
}

type T = (key: string, args?: Record<string, string | number>) => string;

/** A fact-check row in one language, as plain data (conversations keep it in their log). */
export function factCardIn(
  f: { id: string; verdict: string; claimKy: string; claimRu: string; explanationKy: string; explanationRu: string; source: string; reviewedAt: Date; verifiedBy: string },
  locale: Locale,
): FactCard {
  return {
    id: f.id,
    verdict: f.verdict,
    claim: locale === "ky" ? f.claimKy : f.claimRu,
    explanation: locale === "ky" ? f.explanationKy : f.explanationRu,
    source: f.source,
    reviewedAt: f.reviewedAt,
    verifiedBy: f.verifiedBy,
  };
}

const verified = (t: T, f: FactCard) =>
  f.verifiedBy ? t("fact-verified-by", { date: formatDate(new Date(f.reviewedAt)), who: f.verifiedBy }) : t("fact-verified", { date: formatDate(new Date(f.reviewedAt)) });

/** The card the person reads in the bot. */
export const factCardText = (t: T, f: FactCard): string =>
  t("fact-card", { verdict: t(`fact-verdict-${f.verdict}`), claim: f.claim, explanation: f.explanation, source: f.source, verified: verified(t, f) });

/** A self-contained message to forward. */
export const factShareText = (t: T, f: FactCard): string =>
  t("fact-share", { verdict: t(`fact-verdict-${f.verdict}`), claim: f.claim, explanation: f.explanation, source: f.source, verified: verified(t, f) });
