// The first call to the Bot API at start (getMe), with a budget: the bot's own
// client retries network errors without end (auto-retry), which at start
// means a machine that cannot reach Telegram waits forever, silently. Here a
// few attempts with a timeout each, then one reason a person can act on.
import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";

export type Unreachable = "dns" | "refused" | "timeout" | "network";

/** The Bot API could not be reached: why, in words for the operator (never the token-bearing URL). */
export class BotApiUnreachable extends Error {
  constructor(
    readonly reason: Unreachable,
    readonly code: string | undefined,
  ) {
    super(
      {
        dns: "the host name does not resolve (DNS)",
        refused: "the connection was refused",
        timeout: "no answer in time (timeout)",
        network: "a network error",
      }[reason] + (code ? ` (${code})` : ""),
    );
  }
}

export interface ReachOptions {
  attempts: number;
  /** Each attempt's timeout. */
  timeoutSeconds: number;
  /** Pause before the second attempt; doubled before each next one. */
  pauseMs: number;
  /** Stop waiting (e.g. Ctrl+C during the start). */
  signal?: AbortSignal;
}

/** About 30 s at most: 3 attempts of up to 8 s, with 1 s and 2 s between them. */
export const START_REACH: ReachOptions = { attempts: 3, timeoutSeconds: 8, pauseMs: 1_000 };

function classify(error: HttpError): BotApiUnreachable {
  const inner = error.error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof inner?.code === "string" ? inner.code : undefined;
  const message = typeof inner?.message === "string" ? inner.message : "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") return new BotApiUnreachable("dns", code);
  if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EHOSTUNREACH" || code === "ENETUNREACH") return new BotApiUnreachable("refused", code);
  if (code === "ETIMEDOUT" || /timed out/i.test(message)) return new BotApiUnreachable("timeout", code);
  return new BotApiUnreachable("network", code);
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The bot's identity from getMe, or BotApiUnreachable after `attempts` network
 * failures. Telegram's own trouble (5xx) and flood waits (429, up to the pause
 * budget) are tried again like network errors; any other refusal (e.g. 401 for
 * a wrong token) is thrown as it is.
 */
export async function reachBotApi(token: string, apiRoot: string | undefined, options: ReachOptions = START_REACH): Promise<UserFromGetMe> {
  const api = new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds: options.timeoutSeconds });
  let last: Error | undefined;
  let wait = 0;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await pause(Math.max(wait, options.pauseMs * 2 ** (attempt - 2)), options.signal);
    if (options.signal?.aborted) break;
    wait = 0;
    try {
      return await api.getMe(options.signal as Parameters<Api["getMe"]>[0]);
    } catch (error) {
      if (error instanceof GrammyError) {
        const retryAfter = error.parameters.retry_after;
        const tryAgain = error.error_code >= 500 || (error.error_code === 429 && (retryAfter ?? 0) <= 10);
        if (!tryAgain) throw error;
        wait = (retryAfter ?? 0) * 1000;
        last = error;
        continue;
      }
      if (!(error instanceof HttpError)) throw error;
      last = classify(error);
    }
  }
  throw last ?? new BotApiUnreachable("network", undefined);
}
