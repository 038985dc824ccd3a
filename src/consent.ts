// Consent before a flow stores personal data: the question in plain words
// (what, why, for how long), the answer recorded with its time.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "./context.ts";
import { askAgainInNewLanguage, isLanguageChange, markLanguage, type FlowConversation } from "./flow.ts";

/** Purposes a person can consent to; each has consent-<purpose> and consent-purpose-<purpose> texts. */
export const CONSENT_PURPOSES = ["legal_aid", "jobs"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_PREFIX = "consent";

/**
 * Asks for consent unless it was given before; returns whether the flow may
 * store personal data. On "no" the flow takes its path that stores nothing
 * personal (or explains that the service needs it).
 */
export async function askConsent(conversation: FlowConversation, ctx: FlowContext, purpose: ConsentPurpose): Promise<boolean> {
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  const given = await conversation.external((c) =>
    c.deps.db.consent.findUnique({ where: { userId_purpose: { userId: BigInt(userId), purpose } } }).then(Boolean),
  );
  if (given) return true;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("consent-yes"), `${CONSENT_PREFIX}:yes:${purpose}`)
    .row()
    .text(ctx.t("consent-no"), `${CONSENT_PREFIX}:no:${purpose}`);
  const question = await ctx.reply(ctx.t(`consent-${purpose}`), { reply_markup: keyboard });
  /** The messages of this question (it is asked again on other input): only their buttons count. */
  const asked = [question.message_id];
  for (;;) {
    const answer = await conversation.wait();
    if (isLanguageChange(answer)) {
      await askAgainInNewLanguage(conversation, answer);
      continue;
    }
    const query = answer.callbackQuery;
    const data = query?.data;
    // Only the buttons of this very question count (not an older one, for another purpose).
    const onQuestion = asked.includes(query?.message?.message_id ?? -1);
    if (onQuestion && (data === `${CONSENT_PREFIX}:yes:${purpose}` || data === `${CONSENT_PREFIX}:no:${purpose}`)) {
      const yes = data.startsWith(`${CONSENT_PREFIX}:yes:`);
      await answer.answerCallbackQuery();
      await answer.api
        .editMessageText(question.chat.id, question.message_id, `${ctx.t(`consent-${purpose}`)}\n\n${ctx.t(yes ? "consent-given" : "consent-declined")}`)
        .catch(() => undefined);
      if (yes) {
        await conversation.external((c) =>
          c.deps.db.consent.upsert({
            where: { userId_purpose: { userId: BigInt(userId), purpose } },
            create: { userId: BigInt(userId), purpose, grantedAt: c.deps.clock.now() },
            update: {},
          }).then(() => undefined), // externals return plain JSON: not a row with BigInt and Date
        );
      }
      await markLanguage(conversation, ctx);
      return yes;
    }
    if (answer.callbackQuery) await answer.answerCallbackQuery();
    const again = await answer.reply(ctx.t("consent-please-choose"), { reply_markup: keyboard });
    asked.push(again.message_id);
  }
}
