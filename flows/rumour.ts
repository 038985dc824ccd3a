// Checking a rumour: the person types or forwards what they got; the bot
// reads it claim by claim and answers by how sure the search is:
// - sure: the verified fact-check (verdict, explanation, source, date) with
//   "this is it" / "not what I meant" and Share; a forward with several
//   claims gets a fact-check for each (up to 3);
// - possible: "did you mean…?" with up to 3 candidates as buttons; the pick
//   answers it and is kept for the officers to confirm;
// - nothing close: says so and offers to send the rumour to the team.
// "Not what I meant" walks through the other candidates, then offers to send
// it; the team's answer comes back to everyone who sent the same rumour.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "../src/context.ts";
import type { Band } from "../src/domain/factchecks/search.ts";
import { stems } from "../src/domain/factchecks/text.ts";
import { tally } from "../src/privacy/personal-data.ts";
import { bishkekDay } from "../src/time.ts";
import { FACTS_PREFIX } from "../src/features/factchecks.ts";
import { markLanguage, waitForText, type Flow, type FlowConversation, type FlowEnv } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
import { factCardIn, factCardText, type FactCard } from "../src/services/factcheck-text.ts";
import { COVID_TOPIC, factClaims, OPEN_RUMOURS_PER_PERSON, queueRumour, recordPick } from "../src/services/factchecks.ts";
import { cut } from "../src/texts.ts";

/** A candidate's claim on a button is cut to this many characters (phones show about this much). */
const BUTTON_CLAIM = 40;

const shareRow = (t: FlowContext["t"], id: string) => [InlineKeyboard.text(t("rumour-share"), `${FACTS_PREFIX}:share:${id}`)];

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
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
    const claims = await factClaims(c.deps.db, text);
    // Counts only, for the project's report: rumours checked, and those a fact-check was found for.
    const day = bishkekDay(c.deps.clock.now());
    await tally(c.deps.db, "rumours.checked", day);
    if (claims.length) await tally(c.deps.db, "rumours.matched", day);
    const ids = [...new Set(claims.flatMap((claim) => claim.matches.map((m) => m.id)))];
    const rows = await c.deps.db.factCheck.findMany({ where: { id: { in: ids } } });
    const cards: Record<string, FactCard> = Object.fromEntries(rows.map((f) => [f.id, factCardIn(f, locale())]));
    return { claims: claims.map((claim) => claim.matches.filter((m) => cards[m.id]).map((m) => ({ id: m.id, band: m.band as Band }))), cards };
  });
  // Counted once: a language change later goes back to here, not before the count.
  await markLanguage(conversation, ctx);
  const { cards } = found;
  const claims = found.claims.filter((c) => c.length > 0);
  const glad = async () => {
    const subscribed = await conversation.external(async (c) => (await c.deps.db.subscription.count({ where: { userId, topic: COVID_TOPIC } })) > 0);
    await ctx.reply(t(subscribed ? "rumour-glad" : "rumour-glad-subscribe"), subscribed ? {} : { reply_markup: new InlineKeyboard().text(t("facts-subscribe-button"), `${FACTS_PREFIX}:sub`) });
  };
  // Built where asked: the language may change between questions.
  const thisOrNot = () => [
    { value: "yes", label: t("rumour-this") },
    { value: "no", label: t("rumour-not-this") },
  ];

  // The candidates not shown yet, for "not what I meant".
  let rest: string[] = [];
  if (claims.length > 1) {
    // A forward with several claims: a fact-check for each, then one question for all.
    await ctx.reply(t("rumour-several", { count: claims.length }));
    for (const claim of claims) {
      const card = cards[claim[0]!.id]!;
      await ctx.reply(factCardText(t, card), { reply_markup: InlineKeyboard.from([shareRow(t, card.id)]), link_preview_options: { is_disabled: true } });
    }
    const shown = new Set(claims.map((c) => c[0]!.id));
    rest = [...new Set(claims.flatMap((c) => c.slice(1).map((m) => m.id)))].filter((id) => !shown.has(id));
    if ((await q.choice(t("rumour-several-right"), thisOrNot(), 1)) === "yes") return glad();
  } else if (claims.length === 1 && claims[0]![0]!.band === "sure") {
    const [first, ...others] = claims[0]!;
    const card = cards[first!.id]!;
    if ((await q.choice(`${t("rumour-found")}\n\n${factCardText(t, card)}`, thisOrNot(), 1, [shareRow(t, card.id)])) === "yes") return glad();
    rest = others.map((m) => m.id);
  } else if (claims.length === 1) {
    // Not sure: the person chooses among the candidates, and the choice is kept for the officers to confirm.
    const candidates = claims[0]!.slice(0, 3);
    const list = candidates.map((m, i) => `${i + 1}. ${t(`fact-verdict-${cards[m.id]!.verdict}`)} ${cards[m.id]!.claim}`).join("\n");
    const pick = await q.choice(
      `${t("rumour-did-you-mean")}\n\n${list}`,
      [...candidates.map((m, i) => ({ value: `p${i}`, label: `${i + 1}. ${cut(cards[m.id]!.claim, BUTTON_CLAIM)}` })), { value: "none", label: t("rumour-none-of-these") }],
      1,
    );
    const chosen = pick.startsWith("p") ? candidates[Number(pick.slice(1))] : undefined;
    if (chosen) {
      await conversation.external((c) => recordPick(c.deps.db, userId, chosen.id, text, c.deps.clock.now()));
      await markLanguage(conversation, ctx);
      const card = cards[chosen.id]!;
      await ctx.reply(factCardText(t, card), { reply_markup: InlineKeyboard.from([shareRow(t, card.id)]), link_preview_options: { is_disabled: true } });
      return glad();
    }
  }

  for (const id of rest) {
    const card = cards[id]!;
    if ((await q.choice(`${t("rumour-next")}\n\n${factCardText(t, card)}`, thisOrNot(), 1, [shareRow(t, card.id)])) === "yes") return glad();
  }

  const send = await q.choice(t(claims.length ? "rumour-nothing-else" : "rumour-nothing"), [
    { value: "send", label: t("rumour-send") },
    { value: "no", label: t("rumour-dont-send") },
  ], 1);
  if (send === "no") {
    await ctx.reply(t("rumour-not-sent"));
    return;
  }
  const queued = await conversation.external(async (c) => {
    const r = await queueRumour(c.deps.db, userId, text, c.deps.clock.now());
    if (!r.capped && r.isNew) await c.services.rumourQueued(c.api, r.rumourId);
    return r;
  });
  if (queued.capped) {
    await ctx.reply(t("rumour-capped", { count: OPEN_RUMOURS_PER_PERSON }));
    return;
  }
  await ctx.reply([t("rumour-queued"), ...(queued.askers > 1 ? [t("rumour-queued-others", { others: queued.askers - 1 })] : [])].join("\n"));
}

export const rumourFlow: Flow = {
  name: "rumour",
  // 2: answers by how sure the search is ("did you mean"), several claims in one message.
  // 3: the language is read again after the check is counted.
  version: 3,
  run,
  menu: { labelKey: "menu-rumour", aboutKey: "menu-rumour-about" },
};
