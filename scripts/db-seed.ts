// Loads the SAMPLE legal-aid clinics (prisma/seed/clinics.yaml) into the
// database at DATABASE_URL (created and migrated if it is not there yet).
// Importing again updates them; real clinics: npm run cli -- clinics import <file>.
import path from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { projectRoot } from "../src/paths.ts";
import { importClinics, readClinicsFile } from "../src/services/clinics.ts";

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
} finally {
  await database.close();
}
