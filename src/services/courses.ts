// Training: the course catalogue (src/domain/jobs/courses.yaml, loaded into
// the database at start when missing), enrolment, completion.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { isUniqueViolation, type Db } from "../db/client.ts";
import { catalogue } from "../domain/jobs/catalogue.ts";
import { isIsoDay } from "../time.ts";
import { projectRoot } from "../paths.ts";
import { readCsv, type RowProblem } from "./csv.ts";

const course = z.object({ key: z.string(), occupation: z.string(), mode: z.enum(["online", "centre"]), hours: z.number().int().positive(), ky: z.string(), ru: z.string() }).strict();

/** Adds the catalogue's courses that are not in the database yet (by key). */
export async function syncCourses(db: Db): Promise<number> {
  const list = z.array(course).parse(parse(readFileSync(path.join(projectRoot, "src", "domain", "jobs", "courses.yaml"), "utf8")));
  let added = 0;
  for (const c of list) {
    if (!catalogue().byId.has(c.occupation)) throw new Error(`courses.yaml: ${c.key} has an unknown occupation ${c.occupation}`);
    if (await db.course.findUnique({ where: { key: c.key } })) continue;
    await db.course.create({ data: { key: c.key, titleKy: c.ky, titleRu: c.ru, occupation: c.occupation, mode: c.mode, hours: c.hours } });
    added++;
  }
  return added;
}

/** The courses on offer (the catalogue is loaded the first time). */
export async function activeCourses(db: Db) {
  if ((await db.course.count()) === 0) await syncCourses(db);
  return db.course.findMany({ where: { active: true }, orderBy: { id: "asc" } });
}

/** Courses for a person: those of their occupations first (the skills they name), then the rest. */
export async function coursesFor(db: Db, occupations: readonly string[]) {
  const all = await activeCourses(db);
  return [...all.filter((c) => occupations.includes(c.occupation)), ...all.filter((c) => !occupations.includes(c.occupation))];
}

export async function enrol(db: Db, userId: bigint, courseId: number, now: Date): Promise<"enrolled" | "already"> {
  try {
    await db.enrolment.create({ data: { courseId, userId, status: "enrolled", enrolledAt: now } });
    return "enrolled";
  } catch (error) {
    if (isUniqueViolation(error)) return "already";
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

/** "2026-11-20" or "20.11.2026" as noon in Bishkek that day; undefined when it is not a real date. */
function parseDay(value: string): Date | undefined {
  const local = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const day = local ? `${local[3]}-${local[2]!.padStart(2, "0")}-${local[1]!.padStart(2, "0")}` : value;
  return isIsoDay(day) ? new Date(`${day}T06:00:00Z`) : undefined;
}

/**
 * Course completions from a training centre's CSV: telegram_id, course (its
 * key), completed (a date, default today). A registered jobseeker not yet
 * enrolled in the course (enrolled at the centre) is enrolled and completed.
 * Bad rows are reported with their line; the others are recorded.
 */
export async function importCompletionsCsv(db: Db, text: string, now: Date): Promise<{ completed: number; already: number; problems: RowProblem[] }> {
  const csv = readCsv(text);
  if ("problem" in csv) return { completed: 0, already: 0, problems: [csv.problem] };
  const problems: RowProblem[] = [];
  let completed = 0;
  let already = 0;
  const courses = new Map((await db.course.findMany()).map((c) => [c.key, c]));
  for (const [i, row] of csv.rows.entries()) {
    const line = i + 2;
    const id = (row.telegram_id ?? "").trim();
    const course = courses.get((row.course ?? "").trim());
    const when = row.completed ? parseDay(row.completed.trim()) : now;
    const errors: string[] = [];
    if (!/^\d{1,19}$/.test(id)) errors.push(`telegram_id: "${id}" is not a Telegram id`);
    if (!course) errors.push(`course: "${row.course ?? ""}" is not a course key (see the courses table)`);
    if (!when) errors.push(`completed: "${row.completed}" is not a date (2026-11-20 or 20.11.2026)`);
    else if (when.getTime() > now.getTime() + 86_400_000) errors.push(`completed: ${row.completed} is in the future`);
    if (errors.length === 0 && !(await db.jobseeker.findUnique({ where: { userId: BigInt(id) }, select: { userId: true } }))) errors.push(`telegram_id: ${id} is not registered as a jobseeker`);
    if (errors.length) {
      problems.push({ line, message: errors.join("; ") });
      continue;
    }
    const key = { courseId_userId: { courseId: course!.id, userId: BigInt(id) } };
    const existing = await db.enrolment.findUnique({ where: key });
    if (existing?.status === "completed") {
      already++;
      continue;
    }
    await db.enrolment.upsert({
      where: key,
      create: { courseId: course!.id, userId: BigInt(id), status: "completed", enrolledAt: when!, completedAt: when! },
      update: { status: "completed", completedAt: when! },
    });
    completed++;
  }
  return { completed, already, problems };
}
