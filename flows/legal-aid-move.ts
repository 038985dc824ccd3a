// Moving a legal-aid booking to another time (from /mybookings): a day, a free
// time, a confirmation; the clinic is told and confirms again.
import { InlineKeyboard } from "grammy";
import type { FlowContext } from "../src/context.ts";
import { bishkekDayOf } from "../src/domain/legal-aid/slots.ts";
import { MENU_PREFIX } from "../src/features/menu.ts";
import type { Flow, FlowConversation, FlowEnv } from "../src/flow.ts";
import { markLanguage } from "../src/flow.ts";
import { Questions } from "../src/questions.ts";
import { dayLabel, translator, whenText } from "../src/services/booking-text.ts";
import { ACTIVE_STATUSES, rescheduleBooking } from "../src/services/bookings.ts";
import { clinicSlots } from "../src/services/clinics.ts";
import { clinicName } from "../src/services/orgs.ts";
import { formatTime } from "../src/time.ts";

async function run(conversation: FlowConversation, ctx: FlowContext, env?: FlowEnv): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
  const tr = () => translator(locale());
  const q = new Questions(conversation, ctx);
  const bookingId = Number(env?.arg);
  const userId = ctx.from?.id;
  const booking = await conversation.external(async (c) => {
    const b = await c.deps.db.booking.findUnique({ where: { id: bookingId }, include: { clinic: true } });
    if (!b || userId === undefined || b.userId !== BigInt(userId) || !(ACTIVE_STATUSES as string[]).includes(b.status)) return undefined;
    if (b.startsAt <= c.deps.clock.now()) return undefined; // the visit has begun or passed
    const slots = (await clinicSlots(c.deps.db, b.clinic, c.deps.clock.now())).map((s) => s.startsAt.toISOString());
    return { ref: b.ref, at: b.startsAt.toISOString(), clinic: clinicName(b.clinic, locale()), phone: b.clinic.phone, slots };
  });
  if (!booking) {
    await ctx.reply(t("legal-my-gone"));
    return;
  }
  if (booking.slots.length === 0) {
    await ctx.reply(t("legal-clinic-full", { clinic: booking.clinic, phone: booking.phone }));
    return;
  }
  await ctx.reply(t("legal-move-intro", { ref: booking.ref, when: whenText(tr(), new Date(booking.at)) }));
  let slots = booking.slots;
  for (;;) {
    const days = [...new Set(slots.map((s) => bishkekDayOf(new Date(s))))];
    const day = await q.choice(t("legal-ask-day", { clinic: booking.clinic }), days.map((d) => ({ value: d, label: dayLabel(tr(), d) })), 3);
    const at = await q.choice(
      t("legal-ask-time", { day: dayLabel(tr(), day) }),
      slots.filter((s) => bishkekDayOf(new Date(s)) === day).map((s) => ({ value: s, label: formatTime(new Date(s)) })),
      4,
    );
    await q.choice(t("legal-move-sure", { ref: booking.ref, when: whenText(tr(), new Date(at)) }), [{ value: "yes", label: t("legal-move-confirm") }], 1);
    const result = await conversation.external((c) => rescheduleBooking(c.deps.db, bookingId, new Date(at), c.deps.clock.now()));
    await markLanguage(conversation, ctx); // tried once: a language change later comes back here
    if (result.ok) {
      await ctx.reply(t("legal-moved", { ref: booking.ref, when: whenText(tr(), new Date(at)) }));
      await conversation.external((c) => c.services.deliverNotices(c.api, { kind: "booking", subjectId: bookingId }).then(() => undefined));
      return;
    }
    if (result.reason === "not-active") {
      await ctx.reply(t("legal-my-gone"), { reply_markup: new InlineKeyboard().text(t("legal-again"), `${MENU_PREFIX}:legal-aid`) });
      return;
    }
    await ctx.reply(t("legal-slot-taken-move"));
    slots = await conversation.external(async (c) => {
      const clinic = await c.deps.db.booking.findUnique({ where: { id: bookingId } }).clinic();
      return clinic ? (await clinicSlots(c.deps.db, clinic, c.deps.clock.now())).map((s) => s.startsAt.toISOString()) : [];
    });
    if (slots.length === 0) {
      await ctx.reply(t("legal-clinic-full", { clinic: booking.clinic, phone: booking.phone }));
      return;
    }
  }
}

// 2: the language is read again after the move is tried.
export const legalAidMoveFlow: Flow = { name: "legal-aid-move", version: 2, run };
