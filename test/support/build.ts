// vitest's global setup: builds dist/ once (`npm run build`, incremental), as
// `npm start` does before it runs, so that the tests that start the bot as a
// process run what the operator runs.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/paths.ts";

export default function build(): void {
  const tsc = path.join(projectRoot, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(projectRoot, "tsconfig.build.json")], { cwd: projectRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}
