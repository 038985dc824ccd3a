// Applications: a jobseeker applies to an open vacancy (once); the employer or
// an employment officer accepts or declines; an accepted one is a match.
import { isUniqueViolation, type Db } from "../db/client.ts";

export type ApplyResult = { ok: true; id: number } | { ok: false; reason: "no-profile" | "closed" | "already" };

export async function apply(db: Db, userId: bigint, vacancyId: number, now: Date): Promise<ApplyResult> {
  const [profile, vacancy] = await Promise.all([
    db.jobseeker.findUnique({ where: { userId }, select: { active: true } }),
    db.vacancy.findUnique({ where: { id: vacancyId } }),
  ]);
  if (!profile) return { ok: false, reason: "no-profile" };
  if (!vacancy || vacancy.status !== "open" || vacancy.expiresAt <= now) return { ok: false, reason: "closed" };
  try {
    const row = await db.application.create({ data: { vacancyId, userId, status: "applied", createdAt: now } });
    return { ok: true, id: row.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "already" };
    throw error;
  }
}

/** Accepts or declines an application that is still waiting; false if it was decided already. */
export async function decide(db: Db, id: number, accept: boolean, by: bigint, now: Date): Promise<boolean> {
  const { count } = await db.application.updateMany({
    where: { id, status: "applied" },
    data: { status: accept ? "accepted" : "declined", decidedAt: now, decidedBy: by },
  });
  return count === 1;
}
