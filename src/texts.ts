// Helpers for texts sent to Telegram.

/** Telegram's limit on a message's length. */
export const MESSAGE_LIMIT = 4096;

/** Splits a long text at line breaks into messages Telegram accepts. */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) current = candidate;
    else {
      if (current) parts.push(current);
      current = line.slice(0, limit);
    }
  }
  if (current) parts.push(current);
  return parts;
}
