// Districts of each region (districts.yaml), read and checked once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { projectRoot } from "../../paths.ts";
import { REGIONS, type Region } from "../legal-aid/clinics.ts";

const district = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), ky: z.string().min(1), ru: z.string().min(1) }).strict();
const file = z.record(z.enum(REGIONS), z.array(district).min(1));

export type District = z.infer<typeof district>;
let cached: Record<Region, District[]> | undefined;

export function districts(): Record<Region, District[]> {
  if (!cached) {
    const data = file.parse(parse(readFileSync(path.join(projectRoot, "src", "domain", "jobs", "districts.yaml"), "utf8")));
    for (const r of REGIONS) if (!data[r]) throw new Error(`districts.yaml: region ${r} is missing`);
    cached = data as Record<Region, District[]>;
  }
  return cached;
}

export const districtsOf = (region: Region) => districts()[region];
export const findDistrict = (id: string) => REGIONS.flatMap((r) => districts()[r]).find((d) => d.id === id);
