// npm run chat — talk to the real bot in a terminal, no token needed.
// The bot runs against an in-process fake Bot API; see src/simulator.ts.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { FakeTelegram } from "../test/support/fake-telegram.ts";
import { createBot } from "./bot.ts";
import path from "node:path";
import { openDatabase } from "./db/client.ts";
import { projectRoot } from "./paths.ts";
import { importClinics, readClinicsFile } from "./services/clinics.ts";
import { registerCommands } from "./features/commands.ts";
import { getI18n } from "./i18n.ts";
import { createLogger } from "./logger.ts";
import { syncConfigAdmins } from "./services/roles.ts";
import { releaseInterruptedSends } from "./jobs/schedule.ts";
import { ChatSimulator, loadSimulatorState, saveSimulatorState, SimClock, simulatorJobs, simulatorStateFile } from "./simulator.ts";
import { systemClock } from "./time.ts";

const USAGE = `usage: npm run chat -- [--lang ky|ru|en] [--user <telegram id>] [--name <first name>] [--admin] [--db file:<path>]
  (the "--" after "chat" passes the options to the simulator, not to npm)`;

/** The options, or usage and exit code 2 for an unknown or malformed one (no stack trace). */
function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        user: { type: "string", default: "100001" },
        lang: { type: "string", default: "ky" },
        name: { type: "string", default: "Айпери" },
        db: { type: "string" },
        /** Be an admin (as with ADMIN_IDS): /staff, /invite, and :user to open the invite as someone else. */
        admin: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    const problem = !/^[1-9]\d{0,14}$/.test(values.user!)
      ? `--user must be a Telegram id (a positive whole number), not "${values.user}"`
      : !["ky", "ru", "en"].includes(values.lang!)
        ? `--lang must be ky, ru or en, not "${values.lang}"`
        : values.name!.trim() === ""
          ? "--name cannot be empty"
          : undefined;
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (problem) throw new Error(problem);
    return values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const values = readOptions();

const databaseUrl = values.db ?? process.env.DATABASE_URL ?? "file:./data/chat.db";
const fake = await FakeTelegram.start();
// What earlier runs left (the fake's chats, the clock), next to the database: people from
// an earlier run can still be reached, and the bot never sees time go back.
const stateFile = simulatorStateFile(databaseUrl);
let restored = stateFile ? loadSimulatorState(stateFile) : undefined;
let clockOffsetMs = 0;
if (restored !== undefined && restored !== "missing" && !(restored instanceof Error)) {
  try {
    fake.restore(restored.telegram);
    clockOffsetMs = restored.clockOffsetMs;
  } catch (error) {
    restored = error as Error; // not what a run wrote: start fresh
  }
}
const clock = new SimClock(systemClock, clockOffsetMs);
const database = await openDatabase(databaseUrl);
const adminIds = values.admin ? [BigInt(values.user!)] : [];
await syncConfigAdmins(database.db, adminIds, clock.now());
// Reminders and notices a stopped run left half-sent go out again (as at the bot's start).
await releaseInterruptedSends(database.db);
// Something to book in the simulator: the SAMPLE clinics, when there are none yet.
if ((await database.db.clinic.count()) === 0) {
  const sample = readClinicsFile(path.join(projectRoot, "prisma", "seed", "clinics.yaml"));
  if (sample.ok) await importClinics(database.db, sample.clinics);
}
// Logs go to stderr, warnings and worse only, so they do not mix with the chat.
const logger = createLogger(process.env.LOG_LEVEL ?? "warn", process.stderr as never);
const bot = createBot(
  { config: { adminIds }, db: database.db, reads: database.reads, logger, clock },
  { token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo },
);
await registerCommands(bot.api, getI18n());
fake.setReceiver((update) => bot.handleUpdate(update));

const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const simulator = new ChatSimulator({
  fake,
  userId: Number(values.user),
  languageCode: values.lang!,
  name: values.name!,
  write: (text) => process.stdout.write(text),
  colour: tty,
  // The bot's scheduled jobs run on :time and :jobs (broadcasts also after each line), by the simulator's clock.
  jobs: simulatorJobs({ db: database.db, reads: database.reads, logger, clock, api: bot.api, token: fake.token, apiRoot: fake.apiRoot }),
});
simulator.intro();
if (stateFile) {
  if (restored instanceof Error) simulator.note("sim-state-broken", { file: stateFile, message: restored.message });
  else if (restored === "missing") simulator.note("sim-state-new", { file: stateFile });
  else simulator.note("sim-state-loaded", { file: stateFile });
}
simulator.resume();
if (clock.offsetMs > 0) await simulator.handle(":time");

/** Keeps the fake's chats and the clock for the next run; says once if it cannot. */
let saveFailed = false;
function save(): void {
  if (!stateFile) return;
  try {
    saveSimulatorState(stateFile, { version: 1, telegram: fake.snapshot(), clockOffsetMs: clock.offsetMs });
  } catch (error) {
    if (!saveFailed) simulator.note("sim-state-save-failed", { file: stateFile, message: (error as Error).message });
    saveFailed = true;
  }
}

const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty, prompt: simulator.prompt });
rl.prompt();
let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  rl.close();
  save();
  await database.close();
  await fake.close();
  process.exit(0);
}
// Lines are handled one after another, even when pasted or piped in at once.
let queue = Promise.resolve(true);
rl.on("line", (line) => {
  queue = queue.then(async (goOn) => {
    if (!goOn) return false;
    if (!tty) process.stdout.write(`${simulator.prompt}${line}\n`);
    const more = await simulator.handle(line).catch((error: unknown) => {
      process.stdout.write(`${simulator.t("sim-error", { message: (error as Error).message })}\n`);
      return true;
    });
    save();
    rl.setPrompt(simulator.prompt);
    if (more) rl.prompt();
    else void close();
    return more;
  });
});
rl.on("close", () => void queue.then(close));
