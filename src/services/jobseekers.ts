// Jobseekers' profiles: one per person (registering again updates it), paused
// while the person is not looking, deleted on request.
import type { Db } from "../db/client.ts";
import type { Schedule } from "../domain/jobs/scoring.ts";

export const EDUCATION_LEVELS = ["none", "school", "vocational", "higher"] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

/** A profile as the conversation collects it (plain JSON: it passes through conversation.external). */
export interface JobseekerProfile {
  name: string;
  phone: string;
  sex: "female" | "male" | "unspecified";
  region: string;
  district: string;
  occupations: string[];
  skillsText: string;
  experienceYears: number;
  education: Education;
  schedules: Schedule[];
  minWage: number | null;
  lostWorkCovid: boolean;
  languages: string[];
  disability: boolean;
  wantsTraining: boolean;
}

/** Creates or updates the person's profile (never a second one); returns whether it was new. */
export async function saveJobseeker(db: Db, userId: bigint, p: JobseekerProfile, now: Date): Promise<boolean> {
  const data = {
    ...p,
    occupations: JSON.stringify(p.occupations),
    schedules: JSON.stringify(p.schedules),
    languages: JSON.stringify(p.languages),
    updatedAt: now,
  };
  const existing = await db.jobseeker.findUnique({ where: { userId }, select: { userId: true } });
  await db.jobseeker.upsert({ where: { userId }, create: { userId, ...data, active: true, createdAt: now }, update: { ...data, active: true } });
  return !existing;
}

/** The person's profile as plain JSON, or null. */
export async function loadJobseeker(db: Db, userId: bigint): Promise<(JobseekerProfile & { active: boolean }) | null> {
  const row = await db.jobseeker.findUnique({ where: { userId } });
  return row ? toProfile(row) : null;
}

/** A stored row as a profile (lists parsed). */
export function toProfile(row: Awaited<ReturnType<Db["jobseeker"]["findUniqueOrThrow"]>>): JobseekerProfile & { active: boolean } {
  return {
    name: row.name,
    phone: row.phone,
    sex: row.sex as JobseekerProfile["sex"],
    region: row.region,
    district: row.district,
    occupations: JSON.parse(row.occupations) as string[],
    skillsText: row.skillsText,
    experienceYears: row.experienceYears,
    education: row.education as Education,
    schedules: JSON.parse(row.schedules) as Schedule[],
    minWage: row.minWage,
    lostWorkCovid: row.lostWorkCovid,
    languages: JSON.parse(row.languages) as string[],
    disability: row.disability,
    wantsTraining: row.wantsTraining,
    active: row.active,
  };
}

export async function setJobseekerActive(db: Db, userId: bigint, active: boolean, now: Date): Promise<boolean> {
  const { count } = await db.jobseeker.updateMany({ where: { userId }, data: { active, updatedAt: now } });
  return count > 0;
}

/** Deletes the profile with its applications and enrolments. */
export async function deleteJobseeker(db: Db, userId: bigint): Promise<boolean> {
  const { count } = await db.jobseeker.deleteMany({ where: { userId } });
  return count > 0;
}
