// Configuration, parsed once at start from the environment. A missing or bad
// value becomes a ConfigError whose message is one line naming the variable.
import { z } from "zod";

export const SERVICE_TIME_ZONE = "Asia/Bishkek";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** What each variable should be, shown when it is missing or bad. */
const expected: Record<string, string> = {
  BOT_TOKEN:
    "the token @BotFather gave your bot (in Telegram, open @BotFather, send /newbot, copy the token that looks like 123456789:AA...), e.g. BOT_TOKEN=123456789:AA... npm start",
  TELEGRAM_API_ROOT: "an http(s) URL of the Bot API server, e.g. https://api.telegram.org",
  DATABASE_URL: "a SQLite URL starting with file:, e.g. file:./data/komok.db",
  BOT_MODE: "polling or webhook",
  WEBHOOK_URL: "the public https URL Telegram should post updates to, e.g. https://bot.example.kg/telegram (required when BOT_MODE=webhook)",
  WEBHOOK_SECRET:
    "1-256 characters of A-Z, a-z, 0-9, _ or -, sent by Telegram in X-Telegram-Bot-Api-Secret-Token (required when BOT_MODE=webhook)",
  PORT: "the TCP port for the webhook server, a whole number 1-65535 (required when BOT_MODE=webhook)",
  ADMIN_IDS: "comma-separated numeric Telegram user ids, e.g. ADMIN_IDS=123456789,987654321",
  LOG_LEVEL: `one of ${logLevels.join(", ")}`,
  BROADCAST_RATE: "broadcast messages a second, a whole number 1-1000 (Telegram allows about 30), e.g. BROADCAST_RATE=30",
};

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z
  .object({
    BOT_TOKEN: z.string().trim().regex(/^\d{3,}:[A-Za-z0-9_-]{20,}$/),
    TELEGRAM_API_ROOT: z
      .url({ protocol: /^https?$/ })
      .default("https://api.telegram.org")
      .transform((v) => v.replace(/\/+$/, "")),
    DATABASE_URL: z.string().trim().regex(/^file:.+/).default("file:./data/komok.db"),
    BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
    WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional()),
    PORT: optionalText.pipe(
      z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1).max(65535)).optional(),
    ),
    ADMIN_IDS: z
      .string()
      .default("")
      .refine((v) => v.split(",").every((s) => s.trim() === "" || /^\d{1,20}$/.test(s.trim())))
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => BigInt(s)),
      ),
    LOG_LEVEL: z.enum(logLevels).default("info"),
    BROADCAST_RATE: z.string().regex(/^\d{1,4}$/).default("30").transform(Number).pipe(z.number().int().min(1).max(1000)),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_MODE !== "webhook") return;
    for (const key of ["WEBHOOK_URL", "WEBHOOK_SECRET", "PORT"] as const) {
      if (env[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: "required" });
    }
  });

export interface Config {
  botToken: string;
  apiRoot: string;
  databaseUrl: string;
  mode: "polling" | "webhook";
  webhook?: { url: string; secret: string; port: number };
  adminIds: bigint[];
  logLevel: (typeof logLevels)[number];
  timeZone: typeof SERVICE_TIME_ZONE;
  /** Broadcast messages a second overall. */
  broadcastRate: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.keys(expected).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "configuration");
    const missing = input[name] === undefined;
    throw new ConfigError(`${name} is ${missing ? "missing" : "not valid"}: it should be ${expected[name] ?? issue.message}.`);
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    databaseUrl: e.DATABASE_URL,
    mode: e.BOT_MODE,
    webhook:
      e.BOT_MODE === "webhook" ? { url: e.WEBHOOK_URL!, secret: e.WEBHOOK_SECRET!, port: e.PORT! } : undefined,
    adminIds: e.ADMIN_IDS,
    logLevel: e.LOG_LEVEL,
    timeZone: SERVICE_TIME_ZONE,
    broadcastRate: e.BROADCAST_RATE,
  };
}
