// A broadcast as a citizen reads it: the text in their language and a footer
// saying who verified it and when (the preview shows exactly this).
import { getI18n } from "../i18n.ts";
import { formatDate } from "../time.ts";

export function broadcastText(language: "ky" | "ru", b: { textKy: string | null; textRu: string; approvedAt: Date | null }): string {
  const body = language === "ky" && b.textKy ? b.textKy : b.textRu;
  const footer = getI18n().t(language, "broadcast-footer", { date: formatDate(b.approvedAt ?? new Date()) });
  return `${body}\n\n${footer}`;
}
