// Clinics and employers that staff roles are tied to. (The legal-aid and jobs
// features add their details; here: names, for invites and the staff list.)
import type { Locale } from "../context.ts";
import type { Db } from "../db/client.ts";
import { parseScope } from "./roles.ts";

export const listClinics = (db: Db) => db.clinic.findMany({ orderBy: { id: "asc" } });
export const listEmployers = (db: Db) => db.employer.findMany({ orderBy: { id: "asc" } });

export const clinicName = (clinic: { nameKy: string; nameRu: string }, locale: Locale) =>
  locale === "ky" ? clinic.nameKy : clinic.nameRu;

/** "clinic:3" → the clinic's name in `locale`; "" for roles without a scope; undefined if it is gone. */
export async function scopeName(db: Db, scope: string, locale: Locale): Promise<string | undefined> {
  if (scope === "") return "";
  const parsed = parseScope(scope);
  if (!parsed) return undefined;
  if (parsed.kind === "clinic") {
    const clinic = await db.clinic.findUnique({ where: { id: parsed.id } });
    return clinic ? clinicName(clinic, locale) : undefined;
  }
  return (await db.employer.findUnique({ where: { id: parsed.id } }))?.name;
}
