// Loads the SAMPLE legal-aid clinics (prisma/seed/clinics.yaml) and the
// starter COVID-19 fact-checks (prisma/seed/factchecks.jsonl) into the
// database at DATABASE_URL (created and migrated if it is not there yet).
// Importing again updates them; real clinics: npm run cli -- clinics import <file>.
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { projectRoot } from "../src/paths.ts";
import { readFileSync } from "node:fs";
import { importClinics, readClinicsFile } from "../src/services/clinics.ts";
import { importFactChecks, SEED_FILE } from "../src/services/factchecks.ts";

const databaseUrl = process.env.DATABASE_URL || "file:./data/komok.db";
const file = path.join(projectRoot, "prisma", "seed", "clinics.yaml");
const read = readClinicsFile(file);
if (!read.ok) {
  console.error(read.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  process.exit(1);
}
const database = await openDatabase(databaseUrl);
try {
  const { created, updated } = await importClinics(database.db, read.clinics);
  console.log(`Sample clinics (marked SAMPLE, not real): ${created} new, ${updated} updated, in ${databaseUrl}.`);
  const facts = await importFactChecks(database.db, readFileSync(SEED_FILE, "utf8"), new Date());
  for (const p of facts.problems) console.error(`${SEED_FILE} line ${p.line}: ${p.message}`);
  console.log(`COVID-19 fact-checks: ${facts.added} new, ${facts.updated} updated.`);
} finally {
  await database.close();
}
