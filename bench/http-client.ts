// npm run bench — the HTTP client under grammY: the /menu answer (a text with a
// 7-button keyboard) sent through grammY's Api to a local HTTP server that
// answers as the Bot API does, 20 calls at a time, with grammY's default client
// (node-fetch) and with src/http-client.ts (node:http), in turns. Prints CPU
// and wall time per call (client and server share this process, so the
// server's part is in both figures). Asserts nothing.
import { createServer } from "node:http";
import { Api } from "grammy";
import { nodeHttpFetch } from "../src/http-client.ts";

const keyboard = { inline_keyboard: Array.from({ length: 7 }, (_, i) => [{ text: `⚖️ Юридическая помощь ${i}`, callback_data: `menu:x${i}` }]) };
const text = "Главное меню. Какой раздел вам нужен?";
const answer = JSON.stringify({ ok: true, result: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, text, reply_markup: keyboard } });
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const root = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const clients: [string, Api][] = [
  ["node-fetch (grammY's default)", new Api("1:x", { apiRoot: root })],
  ["node:http (src/http-client.ts)", new Api("1:x", { apiRoot: root, fetch: nodeHttpFetch as never })],
];
const CALLS = 10_000;
const run = async (api: Api, calls: number) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < calls; i += 20) await Promise.all(Array.from({ length: 20 }, () => api.sendMessage(1, text, { reply_markup: keyboard })));
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / calls, wall: ((performance.now() - started) * 1000) / calls };
};
for (const [, api] of clients) await run(api, 3_000); // warm up
const results = clients.map(() => [] as { cpu: number; wall: number }[]);
for (let round = 0; round < 3; round++) for (const [i, [, api]] of clients.entries()) results[i]!.push(await run(api, CALLS));
server.close();
const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
console.log(`\nsendMessage with the /menu keyboard through grammY, 20 at a time, ${CALLS} calls × 3 rounds in turns (medians; client and server in this process)`);
for (const [i, [name]] of clients.entries()) {
  console.log(`  ${name.padEnd(32)} CPU ${median(results[i]!.map((r) => r.cpu)).toFixed(0).padStart(4)} µs/call, wall ${median(results[i]!.map((r) => r.wall)).toFixed(0).padStart(4)} µs/call`);
}
