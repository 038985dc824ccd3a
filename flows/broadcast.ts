// Writing a verified broadcast (communications officers): the text in Kyrgyz
// (or, explicitly, Russian speakers only) and in Russian, an optional photo,
// the audience (all subscribers, a language, a region or a topic), an
// optional time (Bishkek), a preview exactly as citizens will see it, then
// submission for a different officer's approval.
import { InlineKeyboard, Keyboard } from "grammy";
import type { Message } from "grammy/types";
import type { FlowContext } from "../src/context.ts";
import { REGIONS, type Region } from "../src/domain/legal-aid/clinics.ts";
import { audienceLabel } from "../src/features/broadcasts.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
import { broadcastText } from "../src/services/broadcast-text.ts";
import { AUDIENCE_TOPICS, audienceSchema, countRecipients, createBroadcast, type Audience } from "../src/services/broadcasts.ts";
import { rolesOf } from "../src/services/roles.ts";
import { bishkekTime } from "../src/domain/legal-aid/slots.ts";
import { bishkekParts, formatDate, formatTime, isIsoDay } from "../src/time.ts";
import { CAPTION_LIMIT, codePoints } from "../src/texts.ts";

/** Longest text: a message is 4 096 characters, the footer takes some. */
const TEXT_MAX = 3800;
/** Longest text under a photo (a caption is 1 024 characters). */
const CAPTION_MAX = 950;

/** "25.11 18:00" or "25.11.2026 18:00" in Bishkek time (UTC+6) → the moment, if it is after `now`. */
export function parseWhen(text: string, now: Date): Date | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\s+(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[3] ?? bishkekParts(now).year);
  const [day, month, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!isIsoDay(iso)) return undefined; // 31.11 and the like
  const at = bishkekTime(iso, `${String(hour).padStart(2, "0")}:${m[5]}`);
  return at > now ? at : undefined;
}

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const q = new Questions(conversation, ctx);
  const userId = BigInt(ctx.from!.id);
  const { officer, now } = await conversation.external((c) => ({ officer: rolesOf(c.deps.reads, userId).some((g) => g.role === "comms_officer"), now: c.deps.clock.now().getTime() }));
  if (!officer) {
    await ctx.reply(t("broadcast-officers-only"));
    return;
  }
  const length = (max: number) => (s: string) => (s.length >= 5 && s.length <= max ? s : undefined);
  // With a photo (an edit after the photo question), the text goes under it as its caption: the shorter limit.
  const textMax = () => (draft.photo ? CAPTION_MAX : TEXT_MAX);
  const retryText = (s: string) => t("broadcast-retry-text", { length: s.length, max: textMax() });
  const draft: { textKy: string | null; textRu: string; photo: string | null; audience: Audience; sendAt: Date | null } = {
    textKy: null,
    textRu: "",
    photo: null,
    audience: { topics: [...AUDIENCE_TOPICS], languages: [], regions: [] },
    sendAt: null,
  };
  const ask = {
    async ky() {
      draft.textKy = await q.text(t("broadcast-ask-ky"), { check: length(textMax()), retry: retryText, skip: t("broadcast-only-ru") });
      if (!draft.textKy) draft.audience.languages = [];
    },
    async ru() {
      draft.textRu = (await q.text(t("broadcast-ask-ru"), { check: length(textMax()), retry: retryText }))!;
    },
    async photo() {
      draft.photo = null;
      if (Math.max(draft.textKy?.length ?? 0, draft.textRu.length) > CAPTION_MAX) return;
      const none = t("broadcast-no-photo");
      const got = await q.reply(t("broadcast-ask-photo"), {
        buttons: [[Keyboard.text(none)]],
        accept: (m: Message) => (m.text?.trim() === none ? "" : m.photo?.at(-1)?.file_id),
        retry: t("broadcast-retry-photo"),
        noted: (v) => t(v ? "broadcast-photo-noted" : "broadcast-no-photo-noted"),
      });
      draft.photo = got || null;
    },
    async audience() {
      const audience: Audience = { topics: [...AUDIENCE_TOPICS], languages: [], regions: [] };
      const kind = await q.choice(t("broadcast-ask-audience"), [
        { value: "all", label: t("broadcast-audience-all") },
        ...(draft.textKy ? [{ value: "language", label: t("broadcast-by-language") }] : []),
        { value: "region", label: t("broadcast-by-region") },
        { value: "topic", label: t("broadcast-by-topic") },
      ], 1);
      if (kind === "language") audience.languages = [await q.choice<"ky" | "ru">(t("broadcast-ask-language"), [{ value: "ky", label: t("broadcast-language-ky") }, { value: "ru", label: t("broadcast-language-ru") }])];
      if (kind === "region") audience.regions = [await q.choice<Region>(t("broadcast-ask-region"), REGIONS.map((r) => ({ value: r, label: t(`region-${r}`) })), 2)];
      if (kind === "topic") audience.topics = [await q.choice(t("broadcast-ask-topic"), AUDIENCE_TOPICS.map((x) => ({ value: x, label: t(`broadcast-topic-${x}`) })), 1)];
      draft.audience = audience;
    },
    async when() {
      const whenText = await q.text(t("broadcast-ask-when"), { check: (s) => (parseWhen(s, new Date(now)) ? s : undefined), retry: t("broadcast-retry-when"), skip: t("broadcast-when-now-button") });
      draft.sendAt = whenText === null ? null : parseWhen(whenText, new Date(now))!;
    },
  };
  type Field = keyof typeof ask;

  // Editing a submitted broadcast (its author, before it is sent): one part, then it goes back for approval.
  const editing = env?.arg?.startsWith("e") ? Number(env.arg.slice(1)) : null;
  if (editing !== null) {
    const found = await conversation.external(async (c) => {
      const b = await c.deps.db.broadcast.findUnique({ where: { id: editing } });
      if (!b || b.authorId !== userId || !["pending", "approved"].includes(b.status)) return null;
      return { textKy: b.textKy, textRu: b.textRu, photo: b.photoFileId, audience: audienceSchema.parse(JSON.parse(b.audience)), sendAt: b.sendAt?.getTime() ?? null };
    });
    if (!found) {
      await ctx.reply(t("broadcast-cannot-edit", { id: editing }));
      return;
    }
    Object.assign(draft, { ...found, sendAt: found.sendAt === null ? null : new Date(found.sendAt) });
    const field = await q.choice<Field>(t("broadcast-edit-what", { id: editing }), (Object.keys(ask) as Field[]).map((f) => ({ value: f, label: t(`broadcast-field-${f}`) })), 1);
    await ask[field]();
  } else {
    await ctx.reply(t("broadcast-intro"));
    for (const field of Object.keys(ask) as Field[]) await ask[field]();
  }

  // The preview: each language exactly as citizens will get it.
  const { textKy, textRu, photo, audience, sendAt } = draft;
  const count = await conversation.external(async (c) => countRecipients(c.deps.db, textKy ? audience : { ...audience, languages: ["ru"] }));
  await ctx.reply(t("broadcast-preview-title"));
  for (const language of textKy ? (["ky", "ru"] as const) : (["ru"] as const)) {
    const text = broadcastText(language, { textKy, textRu, approvedAt: null }, new Date(now));
    // As the sender sends it: a text too long for a caption (stored before the limit was checked) under the photo.
    const fitsCaption = codePoints(text) <= CAPTION_LIMIT;
    if (photo) await ctx.replyWithPhoto(photo, fitsCaption ? { caption: text } : {});
    if (!photo || !fitsCaption) await ctx.reply(text, { link_preview_options: { is_disabled: true } });
  }
  await q.choice(
    t("broadcast-confirm", { audience: audienceLabel(t, audience, textKy === null), when: sendAt ? `${formatDate(sendAt)} ${formatTime(sendAt)}` : t("broadcast-when-now"), count }),
    [{ value: "submit", label: t("broadcast-submit") }],
    1,
  );
  const id = await conversation.external(async (c) => {
    // The role is checked again as the broadcast is submitted: it may have been revoked meanwhile.
    if (!rolesOf(c.deps.reads, userId).some((g) => g.role === "comms_officer")) return "revoked" as const;
    const now = c.deps.clock.now();
    let id: number;
    if (editing !== null) {
      // Changed after submission: back to waiting for a second officer, whoever had approved it.
      const { count } = await c.deps.db.broadcast.updateMany({
        where: { id: editing, authorId: userId, status: { in: ["pending", "approved"] } },
        data: { textKy, textRu, photoFileId: photo, audience: JSON.stringify(audience), sendAt, status: "pending", approvedBy: null, approvedAt: null, updatedAt: now },
      });
      if (count === 0) return null;
      id = editing;
    } else id = (await createBroadcast(c.deps.db, { textKy, textRu, photoFileId: photo, audience, sendAt }, userId, now)).id;
    await c.services.broadcastSubmitted(c.api, id);
    return id;
  });
  if (id === "revoked") {
    await ctx.reply(t("staff-role-gone"));
    return;
  }
  if (id === null) {
    await ctx.reply(t("broadcast-cannot-edit", { id: editing! }));
    return;
  }
  await ctx.reply(t("broadcast-submitted", { id }), { reply_markup: new InlineKeyboard().text(t("broadcast-edit"), `bw:e${id}`) });
}

export const broadcastFlow: Flow = { name: "broadcast", version: 2, run };
