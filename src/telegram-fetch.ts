// The HTTP client for the Bot API: grammY's own (node-fetch), plus waiting out
// Telegram's flood control. Retrying here, under grammY's transformers, matters
// inside guided conversations: the conversations plugin gives each flow its own
// Api, which the bot's auto-retry transformer does not reach, and it records
// every response a flow gets. A 429 retried below it is never recorded, so a
// flow neither fails on it nor waits for it again when it is replayed.
import { nodeHttpFetch, type MinimalFetch, type MinimalRequestInit as RequestInit, type MinimalResponse as Response } from "./http-client.ts";

export interface FloodWaitOptions {
  /** Give up (and let the 429 through) when Telegram asks to wait longer. */
  maxDelaySeconds: number;
  maxAttempts: number;
  fetch?: MinimalFetch;
}

const sleep = (ms: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/** A fetch that sends a JSON request again after `retry_after` when Telegram answers 429. */
export function fetchWaitingOutFloods({ maxDelaySeconds, maxAttempts, fetch = nodeHttpFetch }: FloodWaitOptions) {
  return async (url: string, init?: RequestInit): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, init);
      // A streamed (multipart) body cannot be sent twice: auto-retry handles those.
      if (response.status !== 429 || attempt >= maxAttempts || typeof init?.body !== "string") return response;
      const body = (await response.clone().json().catch(() => undefined)) as
        | { parameters?: { retry_after?: unknown } }
        | undefined;
      const retryAfter = body?.parameters?.retry_after;
      if (typeof retryAfter !== "number" || retryAfter > maxDelaySeconds) return response;
      await sleep(retryAfter * 1000, init.signal as AbortSignal | null | undefined);
      if (init.signal?.aborted) return response;
    }
  };
}
