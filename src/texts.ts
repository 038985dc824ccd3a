// Helpers for texts sent to Telegram. Telegram counts a text's length in
// Unicode code points (tdlib's utf8_length), not in UTF-16 units as JS's
// `.length` does, and refuses a string with half an emoji (a lone surrogate):
// so texts are measured with `codePoints` and cut with `cut`, which never
// splits a character or an emoji sequence.

/** Telegram's limit on a message's length (code points). */
export const MESSAGE_LIMIT = 4096;
/** Telegram's limit on a photo's or document's caption (code points). */
export const CAPTION_LIMIT = 1024;
/** Telegram's limit on the text of an answer to a button press. */
export const CALLBACK_ANSWER_LIMIT = 200;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** A text's length as Telegram counts it: in Unicode code points. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * The longest start of `text` that is at most `max` code points, ending on a
 * whole grapheme; a single grapheme longer than `max` is cut by code points.
 */
function head(text: string, max: number): string {
  let out = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = codePoints(segment);
    if (used + size > max) break;
    out += segment;
    used += size;
  }
  return out === "" ? [...text].slice(0, max).join("") : out;
}

/**
 * `text` when it fits in `max` code points; otherwise its start with "…", at
 * most `max` code points in all, never cutting an emoji or a letter with its
 * accents in half.
 */
export function cut(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  return `${head(text, max - 1).trimEnd()}…`;
}

/** A line longer than the limit, in pieces: at the last space that fits, or at a character when none does. */
function splitLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (codePoints(rest) > limit) {
    let piece = head(rest, limit);
    const space = piece.lastIndexOf(" ");
    if (space > 0) piece = piece.slice(0, space);
    pieces.push(piece);
    rest = rest.slice(piece.length).replace(/^ /, "");
  }
  pieces.push(rest);
  return pieces;
}

/** Splits a long text at line breaks (a line too long alone, at spaces) into messages Telegram accepts; no text is lost. */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n").flatMap((l) => splitLine(l, limit))) {
    const candidate = current ? `${current}\n${line}` : line;
    if (codePoints(candidate) <= limit) current = candidate;
    else {
      if (current) parts.push(current);
      current = line;
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
    if (codePoints(candidate) <= limit) {
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
