// The catalogue of occupations (occupations.yaml) and reading what people type:
// "сварщик", "Ширетүүчү", "электросварщик 5 лет" → the occupation, with how
// sure the match is, so the conversation can offer a pick-list when unsure.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { projectRoot } from "../../paths.ts";

const both = z.object({ ky: z.string().min(1), ru: z.string().min(1) });
const file = z.object({
  groups: z.record(z.string(), both),
  occupations: z.array(
    z.object({ id: z.string().regex(/^[a-z0-9-]+$/), group: z.string(), ky: z.string().min(1), ru: z.string().min(1), synonyms: z.array(z.string()).default([]) }).strict(),
  ),
});

export interface Occupation {
  id: string;
  group: string;
  ky: string;
  ru: string;
  synonyms: string[];
}

export interface Catalogue {
  groups: Record<string, { ky: string; ru: string }>;
  occupations: Occupation[];
  byId: Map<string, Occupation>;
}

let cached: Catalogue | undefined;

/** The catalogue, read and checked once (a broken file fails loudly at start). */
export function catalogue(): Catalogue {
  if (cached) return cached;
  const data = file.parse(parse(readFileSync(path.join(projectRoot, "src", "domain", "jobs", "occupations.yaml"), "utf8")));
  for (const o of data.occupations) if (!data.groups[o.group]) throw new Error(`occupations.yaml: ${o.id} has an unknown group ${o.group}`);
  cached = { ...data, byId: new Map(data.occupations.map((o) => [o.id, o])) };
  return cached;
}

/** Lower case, ё → е, letters and digits only, single spaces. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edit distance, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export type MatchHow = "name" | "synonym" | "similar";
export interface OccupationMatch {
  id: string;
  how: MatchHow;
}

/**
 * The occupations a typed text names: by name or synonym (as a phrase in the
 * text), else by a word that is nearly the same (a typo, another ending).
 * Sure matches first; "similar" ones are for a pick-list.
 */
export function matchOccupations(text: string): OccupationMatch[] {
  const typed = ` ${normalize(text)} `;
  if (typed.trim() === "") return [];
  const words = typed.trim().split(" ").filter((w) => w.length >= 4);
  const sure: OccupationMatch[] = [];
  const similar: OccupationMatch[] = [];
  for (const o of catalogue().occupations) {
    const names = [o.ky, o.ru].map(normalize);
    const synonyms = o.synonyms.map(normalize);
    if (names.some((n) => typed.includes(` ${n} `))) sure.push({ id: o.id, how: "name" });
    else if (synonyms.some((n) => typed.includes(` ${n} `))) sure.push({ id: o.id, how: "synonym" });
    else {
      const candidates = [...names, ...synonyms].flatMap((n) => n.split(" ")).filter((w) => w.length >= 4);
      // Same stem (first 5 letters of a long word) or one or two letters off.
      const near = words.some((w) =>
        candidates.some((c) => (w.length >= 6 && c.length >= 6 && w.slice(0, 5) === c.slice(0, 5)) || distance(w, c, w.length >= 7 ? 2 : 1) <= (w.length >= 7 ? 2 : 1)),
      );
      if (near) similar.push({ id: o.id, how: "similar" });
    }
  }
  return [...sure, ...similar];
}
