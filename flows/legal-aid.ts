// Legal aid: book a free consultation at a community legal-aid clinic. Danger
// first (emergency numbers before anything else), then topic, a short
// description, the clinic (by region, or nearest to a shared location), a day
// and a free time, how to reach the person, name, sex, whether calls are safe,
// consent, a summary to confirm. The seat is taken by the database at the
// end; if someone took it meanwhile, the next free times are offered and no
// answer is lost.
import { randomUUID } from "node:crypto";
import { InlineKeyboard, Keyboard } from "grammy";
import type { Message } from "grammy/types";
import { askConsent } from "../src/consent.ts";
import type { FlowContext } from "../src/context.ts";
import { checkName, formatPhone, normalizePhone } from "../src/domain/legal-aid/contact.ts";
import { REGIONS, TOPICS, type Topic } from "../src/domain/legal-aid/clinics.ts";
import { bishkekDayOf, distanceKm } from "../src/domain/legal-aid/slots.ts";
import { MENU_PREFIX } from "../src/features/menu.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { markLanguage } from "../src/flow.ts";
import { Questions, type Choice } from "../src/questions.ts";
import { dayLabel, translator, whenText } from "../src/services/booking-text.ts";
import { createBooking, MAX_UPCOMING, type ContactWay, type Sex } from "../src/services/bookings.ts";
import { clinicAddress, clinicSlots, clinicsFor, sheltersText } from "../src/services/clinics.ts";
import { clinicName } from "../src/services/orgs.ts";
import { formatTime } from "../src/time.ts";

/** Longest description kept (characters). */
export const DESCRIPTION_MAX = 500;
/** Times offered when the chosen one was taken meanwhile. */
const NEXT_FREE = 6;

interface ClinicOption {
  id: number;
  /** In both languages: the person may change theirs later in the conversation. */
  names: { ky: string; ru: string };
  addresses: { ky: string; ru: string };
  phone: string;
  region: string;
  lat: number | null;
  lon: number | null;
  sample: boolean;
  languages: string[];
}

async function run(conversation: FlowConversation, ctx: FlowContext, _env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
  const q = new Questions(conversation, ctx);
  await ctx.reply(t("legal-intro"));

  // Danger first: the emergency button sits above the topics and is shown again after.
  let topic: Topic;
  let description: string | null;
  let clinics: ClinicOption[];
  for (;;) {
    const chosen = await q.choice(t("legal-ask-topic"), [
      { value: "danger", label: t("legal-danger-button"), wide: true },
      ...TOPICS.map((v) => ({ value: v, label: t(`legal-topic-${v}`) })),
    ] as Choice<Topic | "danger">[], 2);
    if (chosen === "danger") {
      await ctx.reply(t("legal-emergency", { shelters: await conversation.external(() => sheltersText(locale())) }));
      q.forget(); // the topic question again: its Back would lead to itself
      continue;
    }
    topic = chosen;
    if (topic === "violence") await ctx.reply(t("legal-violence-note"));
    description = await q.text(t("legal-ask-description", { max: DESCRIPTION_MAX }), {
      check: (text) => (text.length >= 3 && text.length <= DESCRIPTION_MAX ? text : undefined),
      retry: (typed) =>
        typed.length > DESCRIPTION_MAX
          ? t("legal-retry-description-long", { length: typed.length, max: DESCRIPTION_MAX })
          : t("legal-retry-description", { max: DESCRIPTION_MAX }),
      skip: t("legal-skip"),
    });
    const chosenTopic = topic;
    clinics = await conversation.external(async (c): Promise<ClinicOption[]> =>
      (await clinicsFor(c.deps.db, chosenTopic)).map((cl) => ({
        id: cl.id,
        names: { ky: clinicName(cl, "ky"), ru: clinicName(cl, "ru") },
        addresses: { ky: clinicAddress(cl, "ky"), ru: clinicAddress(cl, "ru") },
        phone: cl.phone,
        region: cl.region,
        lat: cl.latitude,
        lon: cl.longitude,
        sample: cl.sample,
        languages: JSON.parse(cl.languages) as string[],
      })),
    );
    if (clinics.length > 0) break;
    await ctx.reply(t("legal-no-clinics"));
  }
  const chosenTopic = topic;
  const label = (c: ClinicOption, km?: number) =>
    `${c.names[locale()]}${c.sample ? ` ${t("legal-sample-mark")}` : ""}${km !== undefined ? ` · ~${Math.round(km)} ${t("legal-km")}` : ""}${
      c.languages.includes(locale()) ? "" : ` · ${t("legal-clinic-speaks", { languages: c.languages.map((l) => t(`legal-language-${l}`)).join(", ") })}`
    }`;

  // The clinic, then a day with free times, then the time.
  let clinic: ClinicOption;
  let slots: { at: string; free: number }[];
  for (;;) {
    const regions = REGIONS.filter((r) => clinics.some((c) => c.region === r));
    const located = clinics.some((c) => c.lat !== null && c.lon !== null);
    const where = await q.choice(t("legal-ask-region"), [
      ...(located ? [{ value: "near", label: t("legal-nearest"), wide: true }] : []),
      ...regions.map((r) => ({ value: r, label: t(`region-${r}`) })),
    ], 2);
    let options: { c: ClinicOption; km?: number }[];
    if (where === "near") {
      const point = await q.reply(t("legal-ask-location"), {
        buttons: [[Keyboard.requestLocation(t("legal-share-location"))]],
        accept: (m: Message) => (m.location ? { lat: m.location.latitude, lon: m.location.longitude } : undefined),
        retry: t("legal-retry-location"),
        noted: () => t("legal-location-noted"),
      });
      options = clinics
        .filter((c) => c.lat !== null && c.lon !== null)
        .map((c) => ({ c, km: distanceKm(point, { lat: c.lat!, lon: c.lon! }) }))
        .sort((a, b) => a.km! - b.km!)
        .slice(0, 5);
    } else {
      options = clinics.filter((c) => c.region === where).map((c) => ({ c }));
    }
    const clinicId =
      options.length === 1
        ? options[0]!.c.id
        : Number(await q.choice(t("legal-ask-clinic"), options.map((o) => ({ value: String(o.c.id), label: label(o.c, o.km) })), 1));
    clinic = clinics.find((c) => c.id === clinicId)!;
    slots = await conversation.external(async (c) => {
      const row = await c.deps.db.clinic.findUnique({ where: { id: clinicId } });
      if (!row) return [];
      return (await clinicSlots(c.deps.db, row, c.deps.clock.now())).map((s) => ({ at: s.startsAt.toISOString(), free: s.free }));
    });
    if (slots.length > 0) break;
    await ctx.reply(t("legal-clinic-full", { clinic: clinic.names[locale()], phone: clinic.phone }));
  }
  const days = [...new Set(slots.map((s) => bishkekDayOf(new Date(s.at))))];
  const tr = () => translator(locale());
  const day = await q.choice(t("legal-ask-day", { clinic: label(clinic) }), days.map((d) => ({ value: d, label: dayLabel(tr(), d) })), 3);
  let at = await q.choice(
    t("legal-ask-time", { day: dayLabel(tr(), day) }),
    slots.filter((s) => bishkekDayOf(new Date(s.at)) === day).map((s) => ({ value: s.at, label: formatTime(new Date(s.at)) })),
    4,
  );

  const phone = await q.reply(t("legal-ask-phone"), {
    buttons: [[Keyboard.requestContact(t("legal-share-phone"))]],
    // A shared contact's number is international, though Telegram may leave out the "+".
    accept: (m: Message) => normalizePhone(m.contact ? `+${m.contact.phone_number.replace(/^\+/, "")}` : (m.text ?? "")),
    retry: t("legal-retry-phone"),
    noted: (p) => t("legal-phone-noted", { phone: formatPhone(p) }),
  });
  const name = (await q.text(t("legal-ask-name"), { check: checkName, retry: t("legal-retry-name") }))!;
  const sex = await q.choice<Sex>(t("legal-ask-sex"), [
    { value: "female", label: t("legal-sex-female") },
    { value: "male", label: t("legal-sex-male") },
    { value: "unspecified", label: t("legal-sex-unspecified"), wide: true },
  ]);
  const contact = await q.choice<ContactWay>(t("legal-ask-contact"), [
    { value: "call", label: t("legal-contact-call") },
    { value: "telegram", label: t("legal-contact-telegram") },
  ], 1);
  if (!(await askConsent(conversation, ctx, "legal_aid"))) {
    await ctx.reply(t("legal-no-consent", { clinic: clinic.names[locale()], phone: clinic.phone }), {
      reply_markup: new InlineKeyboard().text(t("legal-again"), `${MENU_PREFIX}:legal-aid`),
    });
    return;
  }

  // The summary, then the seat: if it went meanwhile, the next free times.
  const summary = (time: string) =>
    t("legal-summary", {
      topic: t(`legal-topic-${chosenTopic}`),
      description: description ?? t("legal-no-description"),
      clinic: label(clinic),
      address: clinic.addresses[locale()],
      when: whenText(tr(), new Date(time)),
      phone: formatPhone(phone),
      name,
      sex: t(`legal-sex-${sex}`),
      contact: t(`legal-contact-summary-${contact}`),
    });
  await q.choice(summary(at), [{ value: "book", label: t("legal-confirm") }], 1);
  // One request id per conversation (kept in its replay log): booking again after a crash returns this booking.
  const requestId = await conversation.external(() => randomUUID());
  for (;;) {
    const userId = BigInt(ctx.from!.id);
    const startsAt = at;
    const result = await conversation.external((c) =>
      createBooking(
        c.deps.db,
        { userId, clinicId: clinic.id, startsAt: new Date(startsAt), topic: chosenTopic, description, phone, name, sex, contact, language: locale(), requestId },
        c.deps.clock.now(),
      ),
    );
    // Tried once: a language change later goes back to here, not to booking again.
    await markLanguage(conversation, ctx);
    if (result.ok) {
      await ctx.reply(
        t("legal-booked", {
          ref: result.ref,
          when: whenText(tr(), new Date(at)),
          clinic: label(clinic),
          address: clinic.addresses[locale()],
          phone: clinic.phone,
        }),
      );
      const bookingId = result.id;
      await conversation.external((c) => c.services.deliverNotices(c.api, { kind: "booking", subjectId: bookingId }).then(() => undefined));
      return;
    }
    if (result.reason === "already-booked" || result.reason === "too-many") {
      await ctx.reply(t(result.reason === "too-many" ? "legal-too-many" : "legal-already-booked", { max: MAX_UPCOMING }));
      return;
    }
    // Taken (or closed) while the person was deciding: the next free times at the same clinic.
    const next = await conversation.external(async (c) => {
      const row = await c.deps.db.clinic.findUnique({ where: { id: clinic.id } });
      if (!row) return [];
      return (await clinicSlots(c.deps.db, row, c.deps.clock.now())).slice(0, NEXT_FREE).map((s) => s.startsAt.toISOString());
    });
    if (next.length === 0) {
      await ctx.reply(t("legal-clinic-full", { clinic: clinic.names[locale()], phone: clinic.phone }));
      return;
    }
    at = await q.choice(t("legal-slot-taken"), next.map((s) => ({ value: s, label: `${dayLabel(tr(), bishkekDayOf(new Date(s)))} ${formatTime(new Date(s))}` })), 2);
    await q.choice(summary(at), [{ value: "book", label: t("legal-confirm") }], 1);
  }
}

export const legalAidFlow: Flow = {
  name: "legal-aid",
  // 2: a request id and a language mark around the booking.
  version: 2,
  run,
  menu: { labelKey: "menu-legal-aid", aboutKey: "menu-legal-aid-about" },
};
