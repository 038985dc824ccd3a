// The personal data each feature keeps. A new feature that stores something
// about a person adds its section here (after "profile", which is erased last).
import { isLocale } from "../context.ts";
import { audit } from "../services/audit.ts";
import { staffBookingText } from "../services/booking-text.ts";
import { ACTIVE_STATUSES, cancelBooking } from "../services/bookings.ts";
import { deleteJobseeker, loadJobseeker } from "../services/jobseekers.ts";
import { notifyStaff } from "../services/staff-groups.ts";
import { scopeName } from "../services/orgs.ts";
import { clinicScope, isRole } from "../services/roles.ts";
import { bishkekDay, formatDate, formatTime } from "../time.ts";
import { tally, type PersonalDataSection } from "./personal-data.ts";
import { cut } from "../texts.ts";

const when = (date: Date) => `${formatDate(date)} ${formatTime(date)}`;

const profile: PersonalDataSection<{
  language: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  blockedAt: Date | null;
  displayName: string | null;
}> = {
  id: "profile",
  titleKey: "mydata-profile",
  collect: (db, id) =>
    db.user.findUnique({
      where: { id },
      select: { language: true, firstSeenAt: true, lastSeenAt: true, blockedAt: true, displayName: true },
    }),
  describe(data, { t, userId }) {
    const lines = [
      t("mydata-profile-id-line", { id: String(userId) }),
      t("mydata-profile-language", { language: isLocale(data.language) ? t(`language-button-${data.language}`) : "—" }),
      t("mydata-profile-first-seen", { when: when(data.firstSeenAt) }),
      t("mydata-profile-last-seen", { when: when(data.lastSeenAt) }),
    ];
    if (data.displayName) lines.push(t("mydata-profile-name", { name: data.displayName }));
    return lines;
  },
  async erase(id, { db, now }) {
    const user = await db.user.findUnique({ where: { id }, select: { firstSeenAt: true } });
    if (!user) return;
    // Reports still count the person as having used the service that day.
    await db.$transaction(async (tx) => {
      await tx.user.delete({ where: { id } });
      await tally(tx, "people.erased", bishkekDay(now));
      await tally(tx, "people.erased.first-seen", bishkekDay(user.firstSeenAt));
    });
  },
};

const progress: PersonalDataSection<{ scope: string; updatedAt: Date; value: unknown }[]> = {
  id: "progress",
  titleKey: "mydata-progress",
  async collect(db, id) {
    const rows = await db.storedState.findMany({ where: { key: String(id), scope: { in: ["session", "conversation"] } } });
    return rows.length ? rows.map((r) => ({ scope: r.scope, updatedAt: r.updatedAt, value: JSON.parse(r.value) as unknown })) : null;
  },
  describe: (data, { t }) => data.map((r) => t("mydata-progress-line", { when: when(r.updatedAt) })),
  async erase(id, { db }) {
    await db.storedState.deleteMany({ where: { key: String(id), scope: { in: ["session", "conversation"] } } });
  },
};

const consents: PersonalDataSection<{ purpose: string; grantedAt: Date }[]> = {
  id: "consents",
  titleKey: "mydata-consents",
  async collect(db, id) {
    const rows = await db.consent.findMany({ where: { userId: id }, select: { purpose: true, grantedAt: true } });
    return rows.length ? rows : null;
  },
  describe: (data, { t }) =>
    data.map((c) => t("mydata-consent-line", { purpose: t(`consent-purpose-${c.purpose}`), when: when(c.grantedAt) })),
  async erase(id, { db }) {
    await db.consent.deleteMany({ where: { userId: id } });
  },
};

interface StaffData {
  roles: { role: string; scope: string; grantedAt: Date; grantedBy: bigint | null; grantedVia: string }[];
  invitesCreated: { role: string; scope: string; createdAt: Date; expiresAt: Date; used: boolean }[];
  groupsLinked: { role: string; scope: string; title: string; linkedAt: Date }[];
  auditEvents: { at: Date; action: string; role: string | null; scope: string | null; actorId: bigint | null; subjectId: bigint | null }[];
}

const staff: PersonalDataSection<StaffData> = {
  id: "staff",
  titleKey: "mydata-staff",
  async collect(db, id) {
    const [roles, invites, groups, auditEvents] = await Promise.all([
      db.roleGrant.findMany({ where: { userId: id }, select: { role: true, scope: true, grantedAt: true, grantedBy: true, grantedVia: true } }),
      db.invite.findMany({ where: { createdBy: id }, select: { role: true, scope: true, createdAt: true, expiresAt: true, usedAt: true } }),
      db.staffGroup.findMany({ where: { linkedBy: id }, select: { role: true, scope: true, title: true, linkedAt: true } }),
      db.auditEvent.findMany({
        where: { OR: [{ actorId: id }, { subjectId: id }] },
        orderBy: { at: "asc" },
        select: { at: true, action: true, role: true, scope: true, actorId: true, subjectId: true },
      }),
    ]);
    if (!roles.length && !invites.length && !groups.length && !auditEvents.length) return null;
    return {
      roles,
      invitesCreated: invites.map(({ usedAt, ...i }) => ({ ...i, used: usedAt !== null })),
      groupsLinked: groups,
      auditEvents,
    };
  },
  async describe(data, { t, locale, db }) {
    const lines: string[] = [];
    for (const r of data.roles) {
      const place = r.scope ? await scopeName(db, r.scope, locale) : "";
      lines.push(
        t("mydata-staff-role", {
          role: isRole(r.role) ? t(`role-${r.role}`) : r.role,
          place: place ? ` (${place})` : "",
          when: formatDate(r.grantedAt),
        }),
      );
    }
    if (data.invitesCreated.length) lines.push(t("mydata-staff-invites", { count: data.invitesCreated.length }));
    for (const g of data.groupsLinked) lines.push(t("mydata-staff-group", { title: g.title, when: formatDate(g.linkedAt) }));
    if (data.auditEvents.length) lines.push(t("mydata-staff-audit", { count: data.auditEvents.length }));
    return lines;
  },
  async erase(id, { db, now, actorId, via }) {
    const roles = await db.roleGrant.findMany({ where: { userId: id } });
    await db.$transaction(async (tx) => {
      await tx.roleGrant.deleteMany({ where: { userId: id } });
      for (const r of roles) {
        await audit(tx, { action: "role.revoke", actorId, subjectId: id, role: r.role, scope: r.scope, via, now });
      }
      await tx.invite.deleteMany({ where: { createdBy: id, usedAt: null } });
      await tx.invite.updateMany({ where: { createdBy: id }, data: { createdBy: null } });
      await tx.invite.updateMany({ where: { usedBy: id }, data: { usedBy: null } });
      await tx.staffGroup.updateMany({ where: { linkedBy: id }, data: { linkedBy: null } });
      // Roles this person granted to others keep their id, like the audit trail: who gave access stays known.
    });
  },
};

interface BookingData {
  ref: string;
  clinic: string;
  startsAt: Date;
  status: string;
  topic: string;
  description: string | null;
  name: string;
  phone: string;
  sex: string;
  contact: string;
  outcome: string | null;
  createdAt: Date;
}

const bookings: PersonalDataSection<BookingData[]> = {
  id: "bookings",
  titleKey: "mydata-bookings",
  async collect(db, id) {
    const rows = await db.booking.findMany({ where: { userId: id }, orderBy: { startsAt: "asc" }, include: { clinic: true } });
    return rows.length
      ? rows.map((b) => ({
          ref: b.ref,
          clinic: b.clinic.nameRu,
          startsAt: b.startsAt,
          status: b.status,
          topic: b.topic,
          description: b.description,
          name: b.name,
          phone: b.phone,
          sex: b.sex,
          contact: b.contact,
          outcome: b.outcome,
          createdAt: b.createdAt,
        }))
      : null;
  },
  describe: (data, { t }) =>
    data.map((b) => t("mydata-booking-line", { ref: b.ref, when: when(b.startsAt), status: t(`legal-status-${b.status}`), name: b.name, phone: b.phone })),
  async erase(id, { db, reads, logger, now, api }) {
    // Upcoming visits are cancelled first, and the clinic told (while it still has the name).
    const upcoming = await db.booking.findMany({ where: { userId: id, status: { in: ACTIVE_STATUSES }, startsAt: { gt: now } }, include: { clinic: true } });
    for (const b of upcoming) {
      if (!(await cancelBooking(db, b.id, now)) || !api) continue;
      const after = { ...b, status: "cancelled" };
      await notifyStaff({ db, reads, logger }, api, { role: "clinic_staff", scope: clinicScope(b.clinicId) }, (locale) => ({
        text: staffBookingText(locale, after, "cancelled"),
      })).catch((err: unknown) => logger.warn({ err }, "a clinic was not told of a cancelled booking"));
    }
    // What the project reports (sex, topic, outcome, clinic, day) stays, with no link to the person.
    await db.$transaction(async (tx) => {
      const mine = await tx.booking.findMany({ where: { userId: id }, select: { id: true } });
      await tx.reminder.deleteMany({ where: { bookingId: { in: mine.map((b) => b.id) }, sentAt: null } });
      await tx.booking.updateMany({ where: { userId: id }, data: { userId: 0n, name: "", phone: "", description: null, updatedAt: now } });
    });
  },
};

const jobs: PersonalDataSection<NonNullable<Awaited<ReturnType<typeof loadJobseeker>>> & { applications: number; enrolments: number }> = {
  id: "jobs",
  titleKey: "mydata-jobs",
  async collect(db, id) {
    const profile = await loadJobseeker(db, id);
    if (!profile) return null;
    const [applications, enrolments] = await Promise.all([db.application.count({ where: { userId: id } }), db.enrolment.count({ where: { userId: id } })]);
    return { ...profile, applications, enrolments };
  },
  describe: (data, { t }) => [
    t("mydata-jobs-line", { name: data.name, phone: data.phone, status: t(data.active ? "jobs-status-active" : "jobs-status-paused") }),
    t("mydata-jobs-counts", { applications: data.applications, enrolments: data.enrolments }),
  ],
  async erase(id, { db }) {
    await deleteJobseeker(db, id);
  },
};

const facts: PersonalDataSection<{
  topics: string[];
  rumours: { text: string; createdAt: Date; status: string }[];
  picks: { factCheckId: string; text: string; createdAt: Date; status: string }[];
}> = {
  id: "facts",
  titleKey: "mydata-facts",
  async collect(db, id) {
    const [subs, asked, picks] = await Promise.all([
      db.subscription.findMany({ where: { userId: id }, orderBy: { topic: "asc" } }),
      db.rumourAsker.findMany({ where: { userId: id }, include: { rumour: { select: { status: true } } }, orderBy: { createdAt: "asc" } }),
      db.factCheckPick.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" }, select: { factCheckId: true, text: true, createdAt: true, status: true } }),
    ]);
    if (subs.length === 0 && asked.length === 0 && picks.length === 0) return null;
    return { topics: subs.map((s) => s.topic), rumours: asked.map((a) => ({ text: a.text, createdAt: a.createdAt, status: a.rumour.status })), picks };
  },
  describe: (data, { t }) => [
    ...(data.topics.length ? [t("mydata-facts-subscribed", { topics: data.topics.map((x) => t(`broadcast-topic-${x}`)).join(", ") })] : []),
    ...data.rumours.map((r) => t("mydata-facts-rumour", { when: when(r.createdAt), status: t(`mydata-facts-status-${r.status}`), text: r.text ? `«${cut(r.text, 200)}»` : "—" })),
    ...data.picks.map((p) => t("mydata-facts-pick", { when: when(p.createdAt), factCheck: p.factCheckId, text: p.text ? `«${cut(p.text, 200)}»` : "—" })),
  ],
  async erase(id, { db }) {
    await db.subscription.deleteMany({ where: { userId: id } });
    await db.factCheckPick.deleteMany({ where: { userId: id } });
    // Broadcast messages not sent yet to this person's chat are not sent (one being handed over right now
    // goes with them too: the sender updates its row only if it still exists); sent ones keep no chat id.
    await db.outbox.deleteMany({ where: { chatId: id } });
    // A group only this person sent, still waiting, goes with them. A decided group stays for the
    // reports, and any group keeps another asker's wording, or none: never this person's.
    const mine = await db.rumourAsker.findMany({ where: { userId: id }, select: { rumourId: true } });
    await db.rumourAsker.deleteMany({ where: { userId: id } });
    await db.rumourKey.deleteMany({ where: { userId: id } });
    for (const { rumourId } of mine) {
      const rest = await db.rumourAsker.count({ where: { rumourId } });
      if (rest === 0) await db.rumour.deleteMany({ where: { id: rumourId, status: "open" } });
      const next = rest === 0 ? null : await db.rumourAsker.findFirst({ where: { rumourId, text: { not: "" } }, orderBy: { createdAt: "asc" } });
      await db.rumour.updateMany({ where: { id: rumourId }, data: { text: next?.text ?? "" } });
    }
  },
};

/** Erased in reverse: the profile goes last. */
export const PERSONAL_DATA: readonly PersonalDataSection[] = [profile, progress, consents, staff, bookings, jobs, facts] as PersonalDataSection[];
