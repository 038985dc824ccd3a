// The only file with side effects at start: config → database (migrate) → bot → run.
import { GrammyError } from "grammy";
import { BotApiUnreachable, reachBotApi, START_REACH } from "./bot-api-reach.ts";
import { botBroadcastSender, busyAnswer, createBot, noticeHandlers } from "./bot.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { runBroadcastSender } from "./jobs/broadcast-sender.ts";
import { releaseInterruptedSends, scheduleJobs } from "./jobs/schedule.ts";
import { registerCommands } from "./features/commands.ts";
import { getI18n } from "./i18n.ts";
import { createLogger } from "./logger.ts";
import { syncConfigAdmins } from "./services/roles.ts";
import { startPolling, startWebhook, type Running } from "./server.ts";
import { systemClock } from "./time.ts";

/** Stops the start with one plain line and exit code 1 (no stack trace). */
function fatal(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fatal(error.message);
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);

/** Longest a stop may take before the process exits anyway (an orchestrator kills at ~30 s). */
const STOP_DEADLINE_MS = 25_000;

// A stop asked for while starting (e.g. during migrations) waits until the
// start is done, then stops cleanly — within the deadline. Repeated signals
// are ignored: with `npm start`, Ctrl+C reaches the process more than once
// (from the terminal and relayed by npm).
let stopRequested: string | undefined;
let stop: ((signal: string) => Promise<void>) | undefined;
let deadline: NodeJS.Timeout | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (deadline) return;
    deadline = setTimeout(() => {
      logger.error("still not stopped after 25 s; exiting anyway");
      process.exit(1);
    }, STOP_DEADLINE_MS);
    if (stop) void stop(signal);
    else stopRequested = signal;
  });
}

const database = await openDatabase(config.databaseUrl).catch((error: unknown) =>
  fatal(`Could not open the database at DATABASE_URL=${config.databaseUrl}: ${(error as Error).message}`),
);
const { db, reads, appliedMigrations } = database;
logger.info({ appliedMigrations }, "database ready");
await syncConfigAdmins(db, config.adminIds, systemClock.now());
const released = await releaseInterruptedSends(db);
if (released.reminders + released.notices > 0) logger.warn(released, "reminders and notices being sent when the bot last stopped go out again");

// getMe within a budget (about 30 s): the bot's client would retry a network error without end.
// Ctrl+C while waiting ends the start at once.
const starting = new AbortController();
const abortStart = () => starting.abort();
process.once("SIGINT", abortStart).once("SIGTERM", abortStart);
// Asked to stop already (e.g. during the migrations): do not start reaching Telegram.
if (stopRequested) starting.abort();
const apiRoot = config.apiRoot;
const me = await reachBotApi(config.botToken, config.apiRoot, { ...START_REACH, signal: starting.signal }).catch((error: unknown) => {
  if (starting.signal.aborted) process.exit(0);
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    fatal("BOT_TOKEN was rejected by Telegram: check the token @BotFather gave you (it looks like 123456789:AA...).");
  }
  if (error instanceof BotApiUnreachable) fatal(`Could not reach the Bot API at ${apiRoot} (TELEGRAM_API_ROOT): ${error.message}. Check the network, DNS and proxy settings of this machine.`);
  if (error instanceof GrammyError) fatal(`The Bot API at ${apiRoot} refused getMe: ${error.error_code} ${error.description}. Try again later.`);
  throw error;
});
process.off("SIGINT", abortStart).off("SIGTERM", abortStart);
const bot = createBot({ config, db, reads, logger, clock: systemClock }, { token: config.botToken, apiRoot: config.apiRoot, botInfo: me });
await registerCommands(bot.api, getI18n()).catch((err: unknown) => logger.warn({ err }, "could not set commands"));

let running: Running;
if (config.mode === "webhook") {
  const webhook = config.webhook!;
  running = await startWebhook(bot, webhook, busyAnswer(reads, bot.api), logger).catch((error: unknown) =>
    fatal(
      error instanceof GrammyError
        ? `Telegram refused the webhook WEBHOOK_URL=${webhook.url}: ${error.description}`
        : `Could not serve the webhook on PORT=${webhook.port}: ${(error as Error).message}`,
    ),
  );
  logger.info({ mode: "webhook", port: webhook.port, bot: bot.botInfo.username }, "bot started");
} else {
  running = await startPolling(bot, busyAnswer(reads, bot.api), logger);
  logger.info({ mode: "polling", bot: bot.botInfo.username }, "bot started");
}
const jobs = scheduleJobs({ db, reads: database.reads, logger, clock: systemClock, api: bot.api, notices: noticeHandlers(config.botToken) });
const broadcasts = runBroadcastSender(botBroadcastSender({ db, logger, clock: systemClock }, { token: config.botToken, apiRoot: config.apiRoot, rate: config.broadcastRate }), logger);

stop = async (signal: string) => {
  logger.info({ signal }, "stopping: finishing updates in flight");
  try {
    jobs.stop();
    await broadcasts.stop();
    await running.stop();
    await database.close();
    clearTimeout(deadline);
    logger.info("stopped");
    process.exit(0);
  } catch (err) {
    logger.error({ err }, "could not stop cleanly");
    process.exit(1);
  }
};
if (stopRequested) void stop(stopRequested);
