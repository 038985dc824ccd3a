// Structured logs (pino JSON). Logs carry ids and outcomes, never names,
// phone numbers or message texts: errors are reduced to name/message/stack and
// the Bot API method, without the request payload grammY attaches to them.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const out: Record<string, unknown> = { type: err.name, message: err.message, stack: err.stack };
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
