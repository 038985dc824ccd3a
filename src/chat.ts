// npm run chat — talk to the real bot in a terminal, no token needed.
// The bot runs against an in-process fake Bot API (test/support/fake-telegram.ts);
// its messages are printed with their buttons as numbered options. Type text to
// send it, a number to press a button, or :help for more.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { FakeTelegram, type BotMessage, type FakeUser } from "../test/support/fake-telegram.ts";
import { createBot } from "./bot.ts";
import { openDatabase } from "./db/client.ts";
import { createLogger } from "./logger.ts";
import { systemClock } from "./time.ts";

const { values } = parseArgs({
  options: {
    user: { type: "string", default: "100001" },
    lang: { type: "string", default: "ky" },
    name: { type: "string", default: "Айпери" },
    db: { type: "string" },
  },
});

const HELP = `Commands of the simulator (not sent to the bot):
  <text>       send a message, e.g. /start
  <number>     press the button with that number
  :sticker :photo :voice :location :contact   send that kind of message
  :user <id> [lang]   continue as another person (lang: ky, ru, en…)
  :help        this help        :quit   leave`;

const colour = process.stdout.isTTY
  ? { bot: (s: string) => `\x1b[36m${s}\x1b[0m`, dim: (s: string) => `\x1b[2m${s}\x1b[0m` }
  : { bot: (s: string) => s, dim: (s: string) => s };

const databaseUrl = values.db ?? process.env.DATABASE_URL ?? "file:./data/chat.db";
const fake = await FakeTelegram.start();
const database = await openDatabase(databaseUrl);
const { db, reads } = database;
// Logs go to stderr at warn level so they do not mix with the conversation.
const logger = createLogger(process.env.LOG_LEVEL ?? "warn", process.stderr as never);
const bot = createBot(
  { config: { adminIds: [] }, db, reads, logger, clock: systemClock },
  { token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo },
);
fake.setReceiver((update) => bot.handleUpdate(update));

let user: FakeUser = fake.user({ id: Number(values.user), language_code: values.lang, first_name: values.name });
/** The buttons currently offered, numbered from 1. */
let options: { message: BotMessage; label: string }[] = [];

function print(message: BotMessage, edited: boolean): void {
  if (message.chatId !== user.id) return;
  const head = edited ? "✏️  Көмөк (edited):" : "🤖 Көмөк:";
  const lines = [colour.bot(head), message.text || colour.dim(`[${message.method}]`)];
  if (message.document) lines.push(colour.dim(`📎 ${message.document.filename} (${message.document.content.length} bytes)`));
  if (message.buttons.length > 0) {
    options = message.buttons.flat().map((label) => ({ message, label }));
    let n = 0;
    for (const row of message.buttons) lines.push("   " + row.map((label) => `[${++n}] ${label}`).join("   "));
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}
fake.on("message", (m: BotMessage) => print(m, false));
fake.on("edit", (m: BotMessage) => print(m, true));
fake.on("call", (call: { method: string; payload: Record<string, unknown> }) => {
  if (call.method === "answerCallbackQuery" && call.payload.text) {
    process.stdout.write(colour.dim(`   ⓘ ${String(call.payload.text)}\n\n`));
  }
});

async function handle(line: string): Promise<boolean> {
  const input = line.trim();
  if (!input) return true;
  if (input === ":quit" || input === ":q") return false;
  if (input === ":help") {
    process.stdout.write(`${HELP}\n\n`);
    return true;
  }
  const switchUser = /^:user\s+(\d+)(?:\s+(\S+))?$/.exec(input);
  if (switchUser) {
    user = fake.user({ id: Number(switchUser[1]), language_code: switchUser[2] ?? "ky", first_name: values.name! });
    options = [];
    process.stdout.write(colour.dim(`(now chatting as ${user.id})\n\n`));
    return true;
  }
  const kinds: Record<string, () => Promise<unknown>> = {
    ":sticker": () => user.sendSticker(),
    ":photo": () => user.sendPhoto(),
    ":voice": () => user.sendVoice(),
    ":location": () => user.sendLocation(),
    ":contact": () => user.sendContact(),
  };
  if (kinds[input]) {
    await kinds[input]();
    return true;
  }
  if (/^\d{1,2}$/.test(input) && options.length > 0) {
    const option = options[Number(input) - 1];
    if (!option) {
      process.stdout.write(colour.dim(`(no button ${input}; choose 1–${options.length})\n\n`));
      return true;
    }
    const rows = (option.message.replyMarkup as { inline_keyboard: { text: string; callback_data?: string }[][] }).inline_keyboard;
    const button = rows.flat().find((b) => b.text === option.label);
    process.stdout.write(colour.dim(`(pressed “${option.label}”)\n`));
    if (button?.callback_data !== undefined) await user.clickData(button.callback_data, option.message);
    return true;
  }
  await user.send(input);
  return true;
}

process.stdout.write(colour.dim(`Көмөк chat simulator — you are Telegram user ${user.id} (${values.lang}). Type /start. :help for help.\n\n`));
const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
if (process.stdin.isTTY) rl.setPrompt("> ");
rl.prompt?.();
let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  rl.close();
  await database.close();
  await fake.close();
  process.exit(0);
}
// Lines are handled one after another, even when pasted or piped in at once.
let queue = Promise.resolve(true);
rl.on("line", (line) => {
  queue = queue.then(async (goOn) => {
    if (!goOn) return false;
    if (!process.stdin.isTTY) process.stdout.write(colour.dim(`> ${line}\n`));
    const more = await handle(line).catch((error: unknown) => {
      process.stdout.write(`(simulator error: ${(error as Error).message})\n`);
      return true;
    });
    if (!more) void close();
    else rl.prompt?.();
    return more;
  });
});
rl.on("close", () => void queue.then(close));
