// The only file with side effects at start: config → database (migrate) → bot → run.
import { GrammyError, HttpError } from "grammy";
import { createBot } from "./bot.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { registerCommands } from "./features/commands.ts";
import { getI18n } from "./i18n.ts";
import { createLogger } from "./logger.ts";
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

const database = await openDatabase(config.databaseUrl).catch((error: unknown) =>
  fatal(`Could not open the database at DATABASE_URL=${config.databaseUrl}: ${(error as Error).message}`),
);
const { db, reads, appliedMigrations } = database;
logger.info({ appliedMigrations }, "database ready");

const bot = createBot({ config, db, reads, logger, clock: systemClock }, { token: config.botToken, apiRoot: config.apiRoot });
try {
  await bot.init();
} catch (error) {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    fatal("BOT_TOKEN was rejected by Telegram: check the token @BotFather gave you (it looks like 123456789:AA...).");
  }
  if (error instanceof HttpError) fatal(`Could not reach the Bot API at ${config.apiRoot}: ${error.message}`);
  throw error;
}
await registerCommands(bot.api, getI18n()).catch((err: unknown) => logger.warn({ err }, "could not set commands"));

let running: Running;
if (config.mode === "webhook") {
  running = await startWebhook(bot, config.webhook!, logger);
  logger.info({ mode: "webhook", port: config.webhook!.port, bot: bot.botInfo.username }, "bot started");
} else {
  running = await startPolling(bot);
  logger.info({ mode: "polling", bot: bot.botInfo.username }, "bot started");
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: finishing updates in flight");
  await running.stop();
  await database.close();
  logger.info("stopped");
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
