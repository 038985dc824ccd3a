// The reference for bench/menu-process.ts: a bare grammY + runner bot that
// echoes each text back, run as its own process (plain node, no flags) against
// the same fake Bot API.
import { run, sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.TELEGRAM_API_ROOT } });
bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
await bot.init();
const runner = run(bot);
process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
