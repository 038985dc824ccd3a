// Checking a rumour: the person types or forwards what they got; the bot shows
// the closest verified fact-check (verdict, explanation, source, date) with
// "this is it" / "not what I meant" (then the next) and Share. When nothing is
// close enough it says so and offers to send the rumour to the team; the
// team's answer comes back to everyone who sent the same rumour.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "../src/context.ts";
import { stems } from "../src/domain/factchecks/text.ts";
import { tally } from "../src/privacy/personal-data.ts";
import { bishkekDay } from "../src/time.ts";
import { FACTS_PREFIX } from "../src/features/factchecks.ts";
import { waitForText, type Flow, type FlowConversation, type FlowEnv } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
import { factCardIn, factCardText } from "../src/services/factcheck-text.ts";
import { COVID_TOPIC, queueRumour, searchFactChecks } from "../src/services/factchecks.ts";

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = ctx.user?.language ?? "ru";
  const q = new Questions(conversation, ctx);
  const userId = BigInt(ctx.from!.id);

  // A message forwarded to the bot outside any conversation comes as the argument.
  let text = env?.arg ?? "";
  if (stems(text).length === 0) {
    await ctx.reply(t("rumour-ask"));
    for (;;) {
      text = (await waitForText(conversation, { captions: true, pleaseKey: "rumour-type-please" })).text;
      if (stems(text).length > 0) break;
      await ctx.reply(t("rumour-too-short"));
    }
  }

  const found = await conversation.external(async (c) => {
    const hits = await searchFactChecks(c.deps.db, text, 3);
    // Counts only, for the project's report: rumours checked, and those a fact-check was found for.
    const day = bishkekDay(c.deps.clock.now());
    await tally(c.deps.db, "rumours.checked", day);
    if (hits.length) await tally(c.deps.db, "rumours.matched", day);
    const rows = new Map((await c.deps.db.factCheck.findMany({ where: { id: { in: hits.map((h) => h.id) } } })).map((f) => [f.id, f]));
    return hits.map((h) => factCardIn(rows.get(h.id)!, locale));
  });
  for (const [i, f] of found.entries()) {
    const lead = i === 0 ? t("rumour-found") : t("rumour-next");
    const pick = await q.choice(
      `${lead}\n\n${factCardText(t, f)}`,
      [
        { value: "yes", label: t("rumour-this") },
        { value: "no", label: t("rumour-not-this") },
      ],
      1,
      [[InlineKeyboard.text(t("rumour-share"), `${FACTS_PREFIX}:share:${f.id}`)]],
    );
    if (pick === "yes") {
      const subscribed = await conversation.external(async (c) => (await c.deps.db.subscription.count({ where: { userId, topic: COVID_TOPIC } })) > 0);
      await ctx.reply(t(subscribed ? "rumour-glad" : "rumour-glad-subscribe"), subscribed ? {} : { reply_markup: new InlineKeyboard().text(t("facts-subscribe-button"), `${FACTS_PREFIX}:sub`) });
      return;
    }
  }

  const send = await q.choice(t(found.length ? "rumour-nothing-else" : "rumour-nothing"), [
    { value: "send", label: t("rumour-send") },
    { value: "no", label: t("rumour-dont-send") },
  ], 1);
  if (send === "no") {
    await ctx.reply(t("rumour-not-sent"));
    return;
  }
  const queued = await conversation.external(async (c) => {
    const r = await queueRumour(c.deps.db, userId, text, c.deps.clock.now());
    if (r.isNew) await c.services.rumourQueued(c.api, r.rumourId);
    return r;
  });
  await ctx.reply([t("rumour-queued"), ...(queued.askers > 1 ? [t("rumour-queued-others", { others: queued.askers - 1 })] : [])].join("\n"));
}

export const rumourFlow: Flow = {
  name: "rumour",
  version: 1,
  run,
  menu: { labelKey: "menu-rumour", aboutKey: "menu-rumour-about" },
};
