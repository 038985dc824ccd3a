// Runs `prisma generate` offline (npm's postinstall hook).
// The Prisma CLI wants a native schema engine binary, which cannot be downloaded
// here; generating the client does not use it, so any existing file satisfies the
// check. Migrations use @prisma/schema-engine-wasm instead (src/db/migrate.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
