// Messages the bot sends on its own (notifications, broadcasts), and what it
// learns when Telegram refuses them: a person who blocked the bot is marked
// and skipped until they write again.
import type { Api, RawApi, Transformer } from "grammy";
import type { Db } from "../db/client.ts";
import type { FastReads } from "../db/fast-reads.ts";
import type { Logger } from "../logger.ts";
import { sendLeadingParts } from "../texts.ts";
import type { Clock } from "../time.ts";

/** Telegram's refusals that mean "this person will not get messages". */
const GONE = /bot was blocked by the user|user is deactivated|bot can't initiate conversation/i;

/**
 * An API transformer: when a send to a private chat is refused because the
 * person blocked the bot (or deleted their account), their User row is marked.
 */
export function markBlockedOnRefusal(db: Db, clock: Clock, log: () => Logger): Transformer<RawApi> {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 403 && GONE.test(result.description)) {
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      if (Number.isSafeInteger(chatId) && chatId > 0) {
        await markBlocked(db, BigInt(chatId), clock.now()).catch((err: unknown) =>
          log().warn({ err }, "could not mark a blocked user"),
        );
      }
    }
    return result;
  };
}

export async function markBlocked(db: Db, userId: bigint, now: Date): Promise<void> {
  await db.user.updateMany({ where: { id: userId, blockedAt: null }, data: { blockedAt: now } });
}

export async function markUnblocked(db: Db, userId: bigint): Promise<void> {
  await db.user.updateMany({ where: { id: userId, blockedAt: { not: null } }, data: { blockedAt: null } });
}

type SendOptions = Parameters<Api["sendMessage"]>[2];

/**
 * Sends a text of any length: over Telegram's 4 096 characters it goes as
 * several messages cut at line breaks, the buttons under the last.
 */
export async function sendLong(api: Api, chatId: number, text: string, options?: SendOptions): Promise<void> {
  const preview = options?.link_preview_options ? { link_preview_options: options.link_preview_options } : {};
  const last = await sendLeadingParts((part) => api.sendMessage(chatId, part, preview), text);
  await api.sendMessage(chatId, last || text, options);
}

/**
 * Sends a message to a person unless they have blocked the bot. Returns
 * whether it went out; a refusal is logged (without the text), not thrown.
 */
export async function sendToPerson(
  api: Api,
  reads: FastReads,
  log: Logger,
  userId: bigint,
  text: string,
  options?: SendOptions,
): Promise<boolean> {
  if (reads.user(userId)?.blocked) return false;
  try {
    await sendLong(api, Number(userId), text, options);
    return true;
  } catch (err) {
    log.warn({ err }, "a message to a person was not delivered");
    return false;
  }
}
