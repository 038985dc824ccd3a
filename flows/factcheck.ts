// Writing or editing a fact-check (communications officers): the claim and
// the explanation in both languages (the officer's own first), the verdict,
// the source link, who verified it, other phrasings, and a preview in both
// languages before publishing. Written for a queued rumour, publishing answers
// everyone who sent it.
import type { FlowContext, Locale } from "../src/context.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
import { translator } from "../src/services/booking-text.ts";
import { factCardIn, factCardText } from "../src/services/factcheck-text.ts";
import { saveFactCheck, searchFactChecks, toLine, VERDICTS, type FactCheckLine, type Verdict } from "../src/services/factchecks.ts";
import { rolesOf } from "../src/services/roles.ts";
import { cut } from "../src/texts.ts";

const FIELDS = ["claim-ky", "claim-ru", "verdict", "explanation-ky", "explanation-ru", "source", "verified-by", "phrasings"] as const;
type Field = (typeof FIELDS)[number];

const MAX_SOURCE = 500;
const encodedLength = (s: string) => {
  try {
    return new URL(s.trim()).toString().length;
  } catch {
    return 0;
  }
};
const isLink = (s: string) => {
  try {
    // A link longer than this does not fit the citizens' card with the longest texts.
    if (s.trim().length > MAX_SOURCE) return undefined;
    const u = new URL(s.trim());
    // Counted as stored: the normalised link percent-encodes letters outside Latin, several times longer.
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".") && u.toString().length <= MAX_SOURCE ? u.toString() : undefined;
  } catch {
    return undefined;
  }
};

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const own: Locale = ctx.user?.language ?? "ru";
  const other: Locale = own === "ky" ? "ru" : "ky";
  const q = new Questions(conversation, ctx);
  const userId = BigInt(ctx.from!.id);
  const { officer, now } = await conversation.external((c) => ({ officer: rolesOf(c.deps.reads, userId).some((g) => g.role === "comms_officer"), now: c.deps.clock.now().getTime() }));
  if (!officer) {
    await ctx.reply(t("facts-officers-only"));
    return;
  }
  const arg = env?.arg ?? "";
  const languageName = (l: Locale) => t(`facts-in-${l}`);
  const between = (min: number, max: number) => (s: string) => (s.length >= min && s.length <= max ? s : undefined);

  const draft: Partial<Omit<FactCheckLine, "claim" | "explanation">> & { claim: Partial<Record<Locale, string>>; explanation: Partial<Record<Locale, string>> } = {
    claim: {},
    explanation: {},
  };
  const ask: Record<Field, () => Promise<void>> = {
    "claim-ky": async () => void (draft.claim.ky = (await q.text(t("facts-ask-claim", { language: languageName("ky") }), { check: between(5, 300), retry: t("facts-retry-claim") }))!),
    "claim-ru": async () => void (draft.claim.ru = (await q.text(t("facts-ask-claim", { language: languageName("ru") }), { check: between(5, 300), retry: t("facts-retry-claim") }))!),
    verdict: async () => void (draft.verdict = await q.choice<Verdict>(t("facts-ask-verdict"), VERDICTS.map((v) => ({ value: v, label: t(`fact-verdict-${v}`) })), 2)),
    "explanation-ky": async () =>
      void (draft.explanation.ky = (await q.text(t("facts-ask-explanation", { language: languageName("ky") }), { check: between(20, 1500), retry: (s) => t("facts-retry-explanation", { length: s.length }) }))!),
    "explanation-ru": async () =>
      void (draft.explanation.ru = (await q.text(t("facts-ask-explanation", { language: languageName("ru") }), { check: between(20, 1500), retry: (s) => t("facts-retry-explanation", { length: s.length }) }))!),
    source: async () => void (draft.source = (await q.text(t("facts-ask-source"), { check: isLink, retry: (typed) => (typed.length > MAX_SOURCE || encodedLength(typed) > MAX_SOURCE ? t("facts-retry-source-long", { max: MAX_SOURCE }) : t("facts-retry-source")) }))!),
    "verified-by": async () => void (draft.verifiedBy = (await q.text(t("facts-ask-verified-by"), { check: between(2, 100), retry: t("facts-retry-verified-by"), skip: t("facts-skip") })) ?? undefined),
    phrasings: async () => {
      const typed = await q.text(t("facts-ask-phrasings"), { check: (s) => (s.length <= 3000 ? s : undefined), retry: t("facts-retry-phrasings"), skip: t("facts-skip") });
      draft.phrasings = (typed ?? "").split("\n").map((l) => l.trim()).filter((l) => l.length >= 3).slice(0, 30);
    },
  };
  const preview = (d: typeof draft) =>
    (["ky", "ru"] as const)
      .map((l) =>
        factCardText(translator(l), {
          id: "",
          verdict: d.verdict!,
          claim: d.claim[l]!,
          explanation: d.explanation[l]!,
          source: d.source!,
          reviewedAt: new Date(now),
          verifiedBy: d.verifiedBy ?? "",
        }),
      )
      .join("\n\n— — —\n\n");

  if (arg === "edit") {
    // Which one: by words of its claim, or by its id.
    let id: string | undefined;
    while (!id) {
      const words = (await q.text(t("facts-edit-which"), { check: between(2, 300), retry: t("facts-edit-which") }))!;
      const found = await conversation.external(async (c) => {
        const exact = await c.deps.db.factCheck.findUnique({ where: { id: words.trim().toLowerCase() } });
        const hits = exact ? [{ id: exact.id }] : await searchFactChecks(c.deps.db, words, 6, 0.2, true);
        const rows = await c.deps.db.factCheck.findMany({ where: { id: { in: hits.map((h) => h.id) } } });
        return hits.map((h) => {
          const f = rows.find((r) => r.id === h.id)!;
          return { id: f.id, label: `${t(`fact-verdict-${f.verdict}`)} ${cut(own === "ky" ? f.claimKy : f.claimRu, 50)}` };
        });
      });
      if (found.length === 0) {
        await ctx.reply(t("facts-edit-none"));
        q.forget();
        continue;
      }
      id = await q.choice(t("facts-edit-pick"), found.map((f) => ({ value: f.id, label: f.label })), 1);
    }
    const line = await conversation.external(async (c) => toLine(await c.deps.db.factCheck.findUniqueOrThrow({ where: { id } })));
    Object.assign(draft, { ...line, claim: { ...line.claim }, explanation: { ...line.explanation } });
    const field = await q.choice<Field>(t("facts-edit-field"), FIELDS.map((f) => ({ value: f, label: t(`facts-field-${f}`) })), 2);
    await ask[field]();
    await q.choice(`${t("facts-preview")}\n\n${preview(draft)}`, [{ value: "save", label: t("facts-save") }], 1);
    // The role is checked again as the change takes effect: it may have been revoked meanwhile.
    const saved = await conversation.external(async (c) => {
      if (!stillOfficer(c, userId)) return false;
      const today = c.deps.clock.now().toISOString().slice(0, 10);
      await saveFactCheck(c.deps.db, { ...(draft as unknown as FactCheckLine), reviewedAt: today }, c.deps.clock.now(), userId);
      return true;
    });
    await ctx.reply(saved ? t("facts-updated", { id }) : t("staff-role-gone"));
    return;
  }

  const rumour = arg.startsWith("r")
    ? await conversation.external(async (c) => {
        const r = await c.deps.db.rumour.findUnique({ where: { id: Number(arg.slice(1)) }, include: { _count: { select: { askers: true } } } });
        return r && r.status === "open" ? { id: r.id, text: cut(r.text, 1000), askers: r._count.askers } : null;
      })
    : null;
  if (arg.startsWith("r") && !rumour) {
    await ctx.reply(t("facts-rumour-decided"));
    return;
  }
  await ctx.reply(rumour ? t("facts-write-for", { id: rumour.id, text: rumour.text, askers: rumour.askers }) : t("facts-write-intro"));
  for (const field of [`claim-${own}`, `claim-${other}`, "verdict", `explanation-${own}`, `explanation-${other}`, "source", "verified-by", "phrasings"] as Field[]) await ask[field]();
  await q.choice(`${t("facts-preview")}\n\n${preview(draft)}`, [{ value: "publish", label: t("facts-publish") }], 1);
  const result = await conversation.external(async (c) => {
    if (!stillOfficer(c, userId)) return null;
    const now = c.deps.clock.now();
    const id = `fc-${now.getTime().toString(36)}`;
    const today = now.toISOString().slice(0, 10);
    await saveFactCheck(c.deps.db, { ...(draft as unknown as FactCheckLine), id, publishedAt: today, reviewedAt: today }, now, userId);
    const told = rumour ? await c.services.rumourAnswered(c.api, rumour.id, id, userId) : null;
    return { id, told };
  });
  if (!result) {
    await ctx.reply(t("staff-role-gone"));
    return;
  }
  await ctx.reply(t(rumour ? "facts-published-rumour" : "facts-published", { id: result.id, told: result.told ?? 0 }));
}

/** Whether the person still holds the role as an action takes effect (a conversation may outlive a revocation). */
function stillOfficer(c: { deps: { reads: Parameters<typeof rolesOf>[0] } }, userId: bigint): boolean {
  return rolesOf(c.deps.reads, userId).some((g) => g.role === "comms_officer");
}

export const factCheckFlow: Flow = { name: "factcheck", version: 1, run };
