// Ways to feed updates to the bot: long polling (runner) or a webhook server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./context.ts";
import type { Logger } from "./logger.ts";

export interface Running {
  /** Stops taking updates and resolves when the ones in flight are done. */
  stop(): Promise<void>;
}

export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/**
 * Keeps every update the bot is handling, so that a stop can wait for them:
 * the runner's stop() returns once fetching stops, and a webhook request is
 * answered after 10 s at most while its update may run on (auto-retry waits
 * out a 429).
 */
function trackUpdates(bot: Bot<BotContext>): { settled(): Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, envelope) => {
    const task = handle(update, envelope);
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return task;
  };
  return { settled: async () => void (await Promise.all(inFlight)) };
}

/**
 * Most updates handled at the same time. Each one in flight holds memory, and
 * past a few dozen they only wait for the one SQLite writer anyway. In polling
 * mode the rest wait their turn in order (the runner fetches no more than there
 * is room for); in webhook mode Telegram opens no more connections than this.
 */
export const MAX_UPDATES_AT_ONCE = 32;

/**
 * Most updates waiting for a turn before new ones are turned away with "busy".
 * In polling mode at most one fetched batch (100) waits, so this is never
 * reached; in webhook mode Telegram sends more once a request has been held
 * 10 s, so under a long overload the queue would grow without end.
 */
export const MAX_UPDATES_WAITING = 200;

/** What to do with an update that is turned away (answer "busy"). */
export type ShedUpdate = (update: Update) => Promise<void>;

/**
 * Holds an update back until fewer than `max` are being handled (the runner's
 * own limit only paces fetching: it starts a whole fetched batch, up to 100, at
 * once). Beyond `maxWaiting` waiting, an update is not queued: `shed` answers it
 * at once ("busy, try again in a minute"), so an overload costs a short
 * answer per update instead of memory without bound.
 */
export function limitUpdatesAtOnce(bot: Bot<BotContext>, max: number, maxWaiting: number, shed: ShedUpdate, logger: Logger): void {
  const handle = bot.handleUpdate.bind(bot);
  const waiting: (() => void)[] = [];
  let active = 0;
  let shedSince = 0;
  bot.handleUpdate = async (update, envelope) => {
    if (active < max) active++;
    else if (waiting.length >= maxWaiting) {
      if (shedSince++ === 0) logger.warn({ waiting: waiting.length, active }, "overloaded: answering new updates with busy");
      return shed(update).catch((err: unknown) => logger.warn({ err }, "could not answer busy"));
    } else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
    try {
      return await handle(update, envelope);
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
      if (shedSince > 0 && waiting.length < maxWaiting / 2) {
        logger.warn({ shed: shedSince }, "no longer overloaded");
        shedSince = 0;
      }
    }
  };
}

/** Long polling through grammY's runner: concurrent across chats, sequential within one. */
export async function startPolling(bot: Bot<BotContext>, shed: ShedUpdate, logger: Logger): Promise<Running & { handle: RunnerHandle }> {
  await bot.api.deleteWebhook();
  limitUpdatesAtOnce(bot, MAX_UPDATES_AT_ONCE, MAX_UPDATES_WAITING, shed, logger);
  const updates = trackUpdates(bot);
  const handle = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES } },
    sink: { concurrency: MAX_UPDATES_AT_ONCE },
  });
  return {
    handle,
    stop: async () => {
      if (handle.isRunning()) await handle.stop();
      await updates.settled();
    },
  };
}

export interface WebhookOptions {
  url: string;
  secret: string;
  port: number;
  /** Bind address; all interfaces by default. */
  host?: string;
  /** Register the URL with Telegram (off for local tests). */
  register?: boolean;
}

/** Telegram's updates are far below this; a larger body is refused before it is read. */
export const MAX_WEBHOOK_BODY = 1024 * 1024;

/** A webhook body refused: too large (413) or not JSON (400). Says nothing of the body. */
class BodyRefused extends Error {
  constructor(readonly status: 400 | 413) {
    super(status === 413 ? "webhook body over the limit" : "webhook body is not valid JSON");
  }
}

/** Reads a JSON body of at most `limit` bytes: refused from its Content-Length, or as soon as it grows past it. */
function readJsonBody(req: IncomingMessage, limit: number): Promise<Update> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) return reject(new BodyRefused(413));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        reject(new BodyRefused(413));
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (size > limit) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update);
      } catch {
        reject(new BodyRefused(400));
      }
    });
    req.once("error", reject);
  });
}

/** grammY's Node adapter, with the body limit and without the body in any error. */
const limitedHttp = (req: IncomingMessage, res: ServerResponse) => {
  const header = req.headers["x-telegram-bot-api-secret-token"];
  return {
    get update() {
      return readJsonBody(req, MAX_WEBHOOK_BODY);
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => void res.end(),
    respond: (json: string) => void res.writeHead(200, { "content-type": "application/json" }).end(json),
    unauthorized: () => void res.writeHead(401).end('"unauthorized"'),
  };
};

/**
 * Serves Telegram's webhook at the path of `url`. A request without the right
 * X-Telegram-Bot-Api-Secret-Token gets 401 and is not processed.
 * GET /healthz answers 200 while the server is up.
 */
export async function startWebhook(
  bot: Bot<BotContext>,
  options: WebhookOptions,
  shed: ShedUpdate,
  logger: Logger,
): Promise<Running & { server: Server; port: number }> {
  const path = new URL(options.url).pathname;
  limitUpdatesAtOnce(bot, MAX_UPDATES_AT_ONCE, MAX_UPDATES_WAITING, shed, logger);
  // Telegram gets its 200 after 10 s at most (else it sends the update again).
  const updates = trackUpdates(bot);
  const handleUpdate = webhookCallback(bot, limitedHttp, { secretToken: options.secret, onTimeout: "return" });
  let stopping = false;
  const server = createServer((req, res) => {
    const url = req.url?.split("?")[0];
    if (req.method === "GET" && url === "/healthz") {
      res.writeHead(stopping ? 503 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: !stopping }));
      return;
    }
    if (req.method === "POST" && url === path && !stopping) {
      Promise.resolve(handleUpdate(req, res)).catch((err: unknown) => {
        if (err instanceof BodyRefused) {
          // Never the body: it may hold what a person typed.
          logger.warn({ status: err.status }, err.message);
          if (!res.headersSent) res.writeHead(err.status, { connection: "close" }).end();
          req.destroy();
          return;
        }
        logger.error({ err }, "webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(stopping ? 503 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  if (options.register !== false) {
    try {
      await bot.api.setWebhook(options.url, {
        secret_token: options.secret,
        allowed_updates: ALLOWED_UPDATES,
        max_connections: MAX_UPDATES_AT_ONCE,
      });
    } catch (error) {
      server.close();
      throw error;
    }
  }
  return {
    server,
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Telegram keeps connections open: close each as soon as it is idle
      // instead of waiting for the keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      await updates.settled();
    },
  };
}
