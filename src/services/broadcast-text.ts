// A broadcast as a citizen reads it: the text in their language and a footer
// saying who verified it and when (the preview shows exactly this; before
// approval the date is today's).
import { getI18n } from "../i18n.ts";
import { formatDate } from "../time.ts";

export function broadcastText(language: "ky" | "ru", b: { textKy: string | null; textRu: string; approvedAt: Date | null }, now: Date): string {
  const body = language === "ky" && b.textKy ? b.textKy : b.textRu;
  const footer = getI18n().t(language, "broadcast-footer", { date: formatDate(b.approvedAt ?? now) });
  return `${body}\n\n${footer}`;
}
