// Callback data the bot signed for one chat. A staff button's data carries a
// short HMAC of (chat id, data), keyed from the bot token: data typed by hand,
// copied from another chat or made up by a modified client fails the check and
// never acts. (Replays of genuine data are caught by each action's own state
// check: a revoked role cannot be revoked again, a used invite not used again.)
import { createHmac, timingSafeEqual } from "node:crypto";

const MAC_LENGTH = 8; // base64url characters: 48 bits

export class ButtonSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac("sha256", "komok callback data v1").update(secret).digest();
  }

  private mac(chatId: number, data: string): string {
    return createHmac("sha256", this.key).update(`${chatId}|${data}`).digest("base64url").slice(0, MAC_LENGTH);
  }

  /** "adm:rv:12" → "adm:rv:12:<mac>" (Telegram allows 64 bytes in all). */
  sign(chatId: number, data: string): string {
    const signed = `${data}:${this.mac(chatId, data)}`;
    if (Buffer.byteLength(signed) > 64) throw new Error(`callback data too long: ${data}`);
    return signed;
  }

  /** The data without its signature, or undefined when the signature does not match this chat. */
  verify(chatId: number, signed: string): string | undefined {
    const colon = signed.lastIndexOf(":");
    if (colon <= 0) return undefined;
    const data = signed.slice(0, colon);
    const given = Buffer.from(signed.slice(colon + 1));
    const expected = Buffer.from(this.mac(chatId, data));
    return given.length === expected.length && timingSafeEqual(given, expected) ? data : undefined;
  }
}
