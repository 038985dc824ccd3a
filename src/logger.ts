// Structured logs (pino JSON). Logs carry ids and outcomes, never names,
// phone numbers or message texts. Errors are reduced to their type, a redacted
// message, the stack frames and the Bot API method — without the payload grammY
// attaches, and without Prisma's echo of the query's values.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Error messages can quote what a person typed ("Cannot convert +996 555…",
 * a validation error naming a value). Our own messages and the Bot API's are
 * English, so Cyrillic words, long numbers and quoted strings are cut out.
 */
export function redact(text: string): string {
  return text
    .replace(/(["'`«“]).*?(["'`»”])/gs, "$1…$2")
    .replace(/\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\s.,-]*\p{Script=Cyrillic})?/gu, "…")
    .replace(/\+?\d[\d\s()-]{3,}\d/g, "#");
}

export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? "")
    .split("\n")
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
