import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. The app itself does not: it connects through
// the better-sqlite3 driver adapter (src/db/client.ts) and migrates with the
// WebAssembly schema engine (src/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/komok.db" },
});
