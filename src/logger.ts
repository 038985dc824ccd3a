// Structured logs (pino JSON). Logs carry ids and outcomes, never names,
// phone numbers or message texts. Errors are reduced to their type, a redacted
// message, the stack frames and the Bot API method — without the payload grammY
// attaches, and without Prisma's echo of the query's values.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Error messages can quote what a person typed ("Cannot convert +996 555…",
 * a validation error naming a value). Our own messages and the Bot API's are
 * English, so these are cut out: quoted text (unless it looks like an
 * identifier, e.g. a method name), Cyrillic words, e-mail addresses, dates and
 * long numbers. Latin-script names outside quotes cannot be told from English.
 */
export function redact(text: string): string {
  const quoted = (open: string, close: string) =>
    new RegExp(`(^|[\\s(\\[{:=,])${open}([^${close}\\n]*)${close}`, "g");
  const keepIdentifiers = (_: string, before: string, inner: string, q1: string, q2: string) =>
    `${before}${q1}${/^[\w.$-]{1,40}$/.test(inner) ? inner : "…"}${q2}`;
  let out = text;
  for (const [open, close] of [["\"", "\""], ["'", "'"], ["`", "`"], ["«", "»"], ["“", "”"]] as const) {
    out = out.replace(quoted(open, close), (m, before: string, inner: string) => keepIdentifiers(m, before, inner, open, close));
  }
  return out
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "[email]")
    .replace(/\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\s.,-]*\p{Script=Cyrillic})?/gu, "…")
    .replace(/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/g, "#")
    .replace(/\+?\d[\d\s()-]{3,}\d/g, "#");
}

export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  // The stack starts with "Name: message", which may span lines: keep only the frames after it.
  const header = `${err.name}: ${err.message}`.split("\n").length;
  const frames = (err.stack ?? "")
    .split("\n")
    .slice(header)
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  if (err.name.startsWith("PrismaClient")) {
    // Prisma's messages print the call with its arguments: keep only what identifies the failure.
    const e = err as Error & { code?: unknown; meta?: { modelName?: unknown } };
    return { type: err.name, code: e.code, model: e.meta?.modelName, stack: frames };
  }
  const out: Record<string, unknown> = { type: err.name, message: redact(err.message), stack: frames };
  const e = err as Error & { method?: unknown; error_code?: unknown; error?: unknown };
  if (typeof e.method === "string") out.method = e.method;
  if (typeof e.error_code === "number") out.error_code = e.error_code;
  if (e.error instanceof Error) out.cause = serializeError(e.error);
  return out;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "komok" },
      serializers: { err: serializeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
