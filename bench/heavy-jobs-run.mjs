// The child of bench/heavy-jobs.ts: plain node with npm start's flags, on the
// compiled build (dist/), so that its memory is the bot's own. Args: the
// database URL, the moment "now", and optionally which steps to run (a comma
// list of kpi, chart, jobseekers, employers, clinics; all when left out).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const { openDatabase } = await import("../dist/src/db/client.js");
const { sendJobseekerDigests, sendEmployerDigests } = await import("../dist/src/jobs/jobs-digest.js");
const { sendDigests } = await import("../dist/src/jobs/legal-aid.js");
const { kpiReport } = await import("../dist/src/services/report.js");
const { weeklyCounts, renderChart } = await import("../dist/src/services/report-chart.js");
const { createLogger } = await import("../dist/src/logger.js");

const [databaseUrl, nowText, only] = process.argv.slice(2);
const steps = only ? new Set(only.split(",")) : undefined;
const now = new Date(nowText);
const mb = (field) => Math.round(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync("/proc/self/status", "utf8"))[1]) / 102.4) / 10;
const database = await openDatabase(databaseUrl);
const deps = { db: database.db, reads: database.reads, logger: createLogger("silent"), clock: { now: () => now } };
let messages = 0;
const api = { sendMessage: async () => (messages++, { message_id: messages }) };
if (!steps) console.log(`  opened:                         RSS ${mb("VmRSS")} MB`);
const step = async (name, label, work) => {
  if (steps && !steps.has(name)) return;
  const began = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(31)} ${String(Math.round(performance.now() - began)).padStart(5)} ms, ${result}; RSS ${mb("VmRSS")} MB, peak so far ${mb("VmHWM")} MB`);
};
await step("kpi", "KPI report:", async () => `${Object.keys(await kpiReport(database.db, {})).length} sections`);
await step("chart", "its chart (PNG):", async () => `${(await renderChart("ky", await weeklyCounts(database.db, now), now)).length} bytes`);
await step("jobseekers", "jobseekers' digests:", async () => `${await sendJobseekerDigests(deps, api)} sent`);
await step("employers", "employers' digests:", async () => `${await sendEmployerDigests(deps, api)} sent`);
await step("clinics", "clinics' digests:", async () => `${await sendDigests(deps, api)} sent`);
await database.close();
