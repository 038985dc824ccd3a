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

/**
 * Sends all parts of a long text but the last, and returns the last, for the
 * caller to send with its buttons.
 */
export async function sendLeadingParts(send: (part: string) => Promise<unknown>, text: string): Promise<string> {
  const parts = splitMessage(text);
  for (const part of parts.slice(0, -1)) await send(part);
  return parts.at(-1) ?? "";
}

/**
 * Packs blocks of text (e.g. one per benefit) into as few messages as fit,
 * never splitting a block unless it alone is over the limit.
 */
export function packBlocks(blocks: readonly string[], limit = MESSAGE_LIMIT, separator = "\n\n"): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks) {
    const candidate = current ? `${current}${separator}${block}` : block;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) messages.push(current);
    const parts = splitMessage(block, limit);
    current = parts.pop() ?? "";
    messages.push(...parts);
  }
  if (current) messages.push(current);
  return messages;
}
