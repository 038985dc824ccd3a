// The seed project's indicators from live data, beside their targets: legal
// aid (visits done, people, share of women), jobs (registered, matched, in
// training, completed), benefit screenings (counts only), rumours (checked,
// matched, queued, answered, median time to answer) and broadcasts (sent,
// delivered, blocked). Days are Bishkek days, both ends included.
import type { Db } from "../db/client.ts";
import { bishkekTime } from "../domain/legal-aid/slots.ts";

export interface ReportRange {
  /** "2026-11-01"; undefined: from the start. */
  from?: string;
  /** "2026-11-30"; undefined: up to now. */
  to?: string;
}

const dayStart = (day: string) => bishkekTime(day, "00:00");
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

export const TARGETS = { legalAidWomenShare: 40, legalAidPeople: 150, jobseekers: 3000, matchRate: 10, inTraining: 1000 } as const;

export async function kpiReport(db: Db, range: ReportRange = {}) {
  const between = { ...(range.from ? { gte: dayStart(range.from) } : {}), ...(range.to ? { lt: nextDay(range.to) } : {}) };
  const days = { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) };
  const counted = async (metric: string) => (await db.tally.aggregate({ where: { metric, day: days }, _sum: { count: true } }))._sum.count ?? 0;

  // Legal aid: visits marked done. After a year a booking loses its person (userId 0): each such visit counts as one person.
  const visits = await db.booking.findMany({ where: { status: "done", startsAt: between }, select: { userId: true, sex: true } });
  const people = new Map<string, string>();
  visits.forEach((v, i) => people.set(v.userId === 0n ? `anonymous-${i}` : String(v.userId), v.sex));
  const women = [...people.values()].filter((s) => s === "female").length;

  // Jobs: registered in the period; matched = accepted applications of those; training of those.
  // Counted and joined in SQLite, not loaded: the same work however many registered.
  const registered = await db.jobseeker.count({ where: { createdAt: between } });
  const lostWorkCovid = await db.jobseeker.count({ where: { createdAt: between, lostWorkCovid: true } });
  const ofThose = { jobseeker: { createdAt: between } };
  const matched = (await db.application.findMany({ where: { ...ofThose, status: "accepted" }, select: { userId: true }, distinct: ["userId"] })).length;
  const enrolments = await db.enrolment.findMany({ where: ofThose, select: { userId: true, status: true } });

  // Rumours sent to the team in the period, and how long answers took.
  const rumours = await db.rumour.findMany({ where: { createdAt: between }, select: { status: true, createdAt: true, decidedAt: true, _count: { select: { askers: true } } } });
  const answered = rumours.filter((r) => r.status === "linked" && r.decidedAt);
  const answerHours = median(answered.map((r) => (r.decidedAt!.getTime() - r.createdAt.getTime()) / 3_600_000));

  // Broadcasts that started in the period.
  const broadcasts = await db.broadcast.findMany({ where: { startedAt: between }, select: { id: true } });
  const outbox = await db.outbox.groupBy({ by: ["status", "error"], where: { broadcastId: { in: broadcasts.map((b) => b.id) } }, _count: { _all: true } });
  const rows = (f: (o: (typeof outbox)[number]) => boolean) => outbox.filter(f).reduce((sum, o) => sum + o._count._all, 0);

  return {
    period: { from: range.from ?? null, to: range.to ?? null },
    legalAid: {
      visitsDone: visits.length,
      people: people.size,
      women,
      womenShare: share(women, people.size),
      targets: { womenShare: TARGETS.legalAidWomenShare, people: TARGETS.legalAidPeople },
    },
    jobs: {
      registered,
      lostWorkCovid,
      matched,
      matchRate: share(matched, registered),
      inTraining: new Set(enrolments.map((e) => e.userId)).size,
      completedTraining: new Set(enrolments.filter((e) => e.status === "completed").map((e) => e.userId)).size,
      targets: { registered: TARGETS.jobseekers, matchRate: TARGETS.matchRate, inTraining: TARGETS.inTraining },
    },
    benefits: { screenings: await counted("benefits.screenings") },
    rumours: {
      checked: await counted("rumours.checked"),
      matched: await counted("rumours.matched"),
      queued: rumours.length,
      askers: rumours.reduce((sum, r) => sum + r._count.askers, 0),
      answered: answered.length,
      dismissed: rumours.filter((r) => r.status === "dismissed").length,
      medianHoursToAnswer: answerHours === null ? null : Math.round(answerHours * 10) / 10,
    },
    broadcasts: {
      sent: broadcasts.length,
      messages: rows(() => true),
      delivered: rows((o) => o.status === "sent"),
      blocked: rows((o) => o.status === "failed" && (o.error === "blocked" || o.error === "chat-not-found")),
      failed: rows((o) => o.status === "failed"),
    },
  };
}

export type KpiReport = Awaited<ReturnType<typeof kpiReport>>;

/** One row per indicator: section, indicator, value, target (empty when none). */
export function reportRows(r: KpiReport): [string, string, string, string][] {
  const row = (section: string, name: string, value: number | null, target?: number | string): [string, string, string, string] => [section, name, value === null ? "" : String(value), target === undefined ? "" : String(target)];
  return [
    row("legal aid", "visits done", r.legalAid.visitsDone),
    row("legal aid", "people helped", r.legalAid.people, `>= ${r.legalAid.targets.people}`),
    row("legal aid", "women and girls, %", r.legalAid.womenShare, `>= ${r.legalAid.targets.womenShare}`),
    row("jobs", "jobseekers registered", r.jobs.registered, r.jobs.targets.registered),
    row("jobs", "lost work to COVID-19", r.jobs.lostWorkCovid),
    row("jobs", "matched to employers", r.jobs.matched),
    row("jobs", "match rate, %", r.jobs.matchRate, `>= ${r.jobs.targets.matchRate}`),
    row("jobs", "in training", r.jobs.inTraining, r.jobs.targets.inTraining),
    row("jobs", "completed training", r.jobs.completedTraining),
    row("benefits", "screenings", r.benefits.screenings),
    row("rumours", "checked", r.rumours.checked),
    row("rumours", "a fact-check found", r.rumours.matched),
    row("rumours", "sent to the team", r.rumours.queued),
    row("rumours", "answered", r.rumours.answered),
    row("rumours", "median hours to answer", r.rumours.medianHoursToAnswer),
    row("broadcasts", "sent", r.broadcasts.sent),
    row("broadcasts", "messages delivered", r.broadcasts.delivered),
    row("broadcasts", "recipients who blocked the bot", r.broadcasts.blocked),
  ];
}
