// Citizens sending a message and waiting for the bot's answer, over and over:
// the latency of each round trip (ms), for the benchmarks.
import type { BotMessage, FakeTelegram, FakeUser } from "../test/support/fake-telegram.ts";

/** Each user sends `text`, waits for the answer, pauses `pauseMs`, and repeats while `more(round)`. */
export async function roundTrips(fake: FakeTelegram, users: FakeUser[], text: string, more: (round: number) => boolean, pauseMs = 0): Promise<number[]> {
  const waiting = new Map<number, () => void>();
  const onMessage = (m: BotMessage) => waiting.get(m.chatId)?.();
  fake.on("message", onMessage);
  const latencies: number[] = [];
  await Promise.all(
    users.map(async (user) => {
      for (let round = 0; more(round); round++) {
        const replied = new Promise<void>((resolve) => waiting.set(user.id, resolve));
        const started = performance.now();
        await user.send(text);
        await replied;
        latencies.push(performance.now() - started);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    }),
  );
  fake.off("message", onMessage);
  return latencies;
}
