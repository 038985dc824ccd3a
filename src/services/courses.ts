// Training: the course catalogue (src/domain/jobs/courses.yaml, loaded into
// the database at start when missing), enrolment, completion.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { catalogue } from "../domain/jobs/catalogue.ts";

const course = z.object({ key: z.string(), occupation: z.string(), mode: z.enum(["online", "centre"]), hours: z.number().int().positive(), ky: z.string(), ru: z.string() }).strict();

/** Adds the catalogue's courses that are not in the database yet (by key). */
export async function syncCourses(db: Db): Promise<number> {
  const list = z.array(course).parse(parse(readFileSync(path.join(import.meta.dirname, "..", "domain", "jobs", "courses.yaml"), "utf8")));
  let added = 0;
  for (const c of list) {
    if (!catalogue().byId.has(c.occupation)) throw new Error(`courses.yaml: ${c.key} has an unknown occupation ${c.occupation}`);
    if (await db.course.findUnique({ where: { key: c.key } })) continue;
    await db.course.create({ data: { key: c.key, titleKy: c.ky, titleRu: c.ru, occupation: c.occupation, mode: c.mode, hours: c.hours } });
    added++;
  }
  return added;
}

/** Courses for a person: those of their occupations first (the skills they name), then the rest. */
export async function coursesFor(db: Db, occupations: readonly string[]) {
  if ((await db.course.count()) === 0) await syncCourses(db);
  const all = await db.course.findMany({ where: { active: true }, orderBy: { id: "asc" } });
  return [...all.filter((c) => occupations.includes(c.occupation)), ...all.filter((c) => !occupations.includes(c.occupation))];
}

export async function enrol(db: Db, userId: bigint, courseId: number, now: Date): Promise<"enrolled" | "already"> {
  try {
    await db.enrolment.create({ data: { courseId, userId, status: "enrolled", enrolledAt: now } });
    return "enrolled";
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "already";
    throw error;
  }
}

/** Marks a person's course completed (an officer, or a CSV import); false when not enrolled. */
export async function complete(db: Db, userId: bigint, courseKey: string, now: Date): Promise<boolean> {
  const c = await db.course.findUnique({ where: { key: courseKey } });
  if (!c) return false;
  const { count } = await db.enrolment.updateMany({ where: { courseId: c.id, userId }, data: { status: "completed", completedAt: now } });
  return count === 1;
}
