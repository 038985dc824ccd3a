// The daily jobs digests: each active jobseeker gets the new vacancies that fit
// them well (at most one message a day, none when nothing is new), each
// employer the applicants of the last day. Claimed in the database first
// (lastDigestAt, a JobRun row), so a restart never sends one twice.
import { InlineKeyboard, type Api } from "grammy";
import { rankVacancies } from "../domain/jobs/scoring.ts";
import { bishkekTime } from "../domain/legal-aid/slots.ts";
import { JOBS_PREFIX } from "../features/jobs.ts";
import { translator } from "../services/booking-text.ts";
import { sendToPerson } from "../services/delivery.ts";
import { employerScope } from "../services/roles.ts";
import { notifyStaff } from "../services/staff-groups.ts";
import { userLanguage } from "../services/users.ts";
import { toProfile } from "../services/jobseekers.ts";
import { scorableVacancies } from "../services/vacancies.ts";
import { bishkekDay } from "../time.ts";
import type { Jobseeker } from "../generated/prisma/client.ts";
import type { JobDeps } from "./legal-aid.ts";
import { claimRun } from "./job-run.ts";

/** A vacancy must score this much to be sent unasked. */
export const DIGEST_THRESHOLD = 70;
const DAY_MS = 86_400_000;


/** Jobseekers read at a time: memory stays the same however many there are. */
export const DIGEST_BATCH = 500;

export async function sendJobseekerDigests(deps: JobDeps, api: Api, batch = DIGEST_BATCH): Promise<number> {
  const now = deps.clock.now();
  const today = bishkekTime(bishkekDay(now), "00:00");
  const vacancies = await scorableVacancies(deps.db, now);
  if (vacancies.length === 0) return 0;
  // Compared once per person and vacancy (60 million times for 20 000 × 3 000): numbers, not Dates.
  const createdMs = vacancies.map((v) => v.createdAt.getTime());
  const due = { active: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: today } }] };

  /** One person's digest, if something new fits them well; true when it reached them. */
  const digest = async (s: Jobseeker, applied: Set<number> | undefined): Promise<boolean> => {
    const since = (s.lastDigestAt ?? s.createdAt).getTime();
    const fresh = vacancies.filter((v, i) => createdMs[i]! > since && !applied?.has(v.id));
    const best = fresh.length ? rankVacancies(toProfile(s), fresh, 5, DIGEST_THRESHOLD) : [];
    if (best.length === 0) return false;
    // The claim: one digest a day, even with two workers or a restart in between.
    const claimed = await deps.db.jobseeker.updateMany({ where: { ...due, userId: s.userId }, data: { lastDigestAt: now } });
    if (claimed.count !== 1) return false;
    const t = translator(userLanguage(deps.reads, s.userId) ?? "ru");
    const lines = best.map((m, i) => `${i + 1}. ${m.vacancy.title} · ${m.score.total}%`);
    const keyboard = InlineKeyboard.from(best.map((m, i) => [InlineKeyboard.text(t("jobs-apply", { n: i + 1 }), `${JOBS_PREFIX}:apply:${m.vacancy.id}`)]));
    return sendToPerson(api, deps.reads, deps.logger, s.userId, [t("jobs-digest-title", { count: best.length }), ...lines].join("\n"), { reply_markup: keyboard });
  };

  let sent = 0;
  let after: bigint | undefined;
  for (;;) {
    // A batch of those due and their applications in two reads, not two per person.
    const seekers = await deps.db.jobseeker.findMany({ where: after === undefined ? due : { ...due, userId: { gt: after } }, orderBy: { userId: "asc" }, take: batch });
    if (seekers.length === 0) return sent;
    after = seekers.at(-1)!.userId;
    const appliedBy = new Map<bigint, Set<number>>();
    for (const a of await deps.db.application.findMany({ where: { userId: { in: seekers.map((s) => s.userId) } }, select: { userId: true, vacancyId: true } })) {
      appliedBy.set(a.userId, (appliedBy.get(a.userId) ?? new Set()).add(a.vacancyId));
    }
    for (const s of seekers) if (await digest(s, appliedBy.get(s.userId))) sent++;
  }
}

/** Each employer with applicants in the last day hears how many, per vacancy, once a day. */
export async function sendEmployerDigests(deps: JobDeps, api: Api): Promise<number> {
  const now = deps.clock.now();
  const day = bishkekDay(now);
  const recent = await deps.db.application.findMany({
    where: { status: "applied", createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    include: { vacancy: true },
  });
  const byEmployer = new Map<number, Map<string, number>>();
  for (const a of recent) {
    const titles = byEmployer.get(a.vacancy.employerId) ?? new Map<string, number>();
    titles.set(a.vacancy.title, (titles.get(a.vacancy.title) ?? 0) + 1);
    byEmployer.set(a.vacancy.employerId, titles);
  }
  let sent = 0;
  for (const [employerId, titles] of byEmployer) {
    if (!(await claimRun(deps.db, "employer-digest", `${employerId}:${day}`, now))) continue;
    sent += await notifyStaff(deps, api, { role: "employer", scope: employerScope(employerId) }, (locale) => {
      const t = translator(locale);
      return { text: [t("jobs-employer-digest"), ...[...titles].map(([title, count]) => `• ${title}: ${count}`)].join("\n") };
    });
  }
  return sent;
}
