// The operator's command line: npm run cli -- <command> (see --help).
// Exit codes: 0 done, 1 could not do it (e.g. the database), 2 bad arguments
// (a usage line, never a stack trace). Later features add their commands to
// COMMANDS below.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Api } from "grammy";
import { openDatabase, type Database } from "./db/client.ts";
import { createLogger } from "./logger.ts";
import { eraseAll, exportAll, toJson } from "./privacy/personal-data.ts";
import { PERSONAL_DATA } from "./privacy/sections.ts";
import { createInvite, inviteLink } from "./services/invites.ts";
import { clinicName, listClinics, listEmployers } from "./services/orgs.ts";
import { clinicScope, employerScope, grantRole, isRole, revokeRole, ROLES, SCOPED, type Role } from "./services/roles.ts";
import { bishkekDay, formatTime, isIsoDay, systemClock, type Clock } from "./time.ts";
import { closeClinicDay, importClinics, readClinicsFile } from "./services/clinics.ts";
import { importVacanciesCsv, jobsStats, matchesFor } from "./services/vacancies.ts";
import { complete, importCompletionsCsv } from "./services/courses.ts";
import { broadcastStats } from "./services/broadcasts.ts";
import { kpiReport, reportRows } from "./services/report.ts";
import { exportFactChecks, importFactChecks, rumourQueue, searchFactChecks } from "./services/factchecks.ts";
import { isLocale } from "./context.ts";
import { checkHousehold, datedProblems } from "./domain/benefits/household.ts";
import { assessHousehold, coversFrom } from "./domain/benefits/rules.ts";
import { renderReason } from "./services/eligibility-text.ts";
import { cut } from "./texts.ts";

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  clock?: Clock;
}

class UsageError extends Error {}
class CliFailure extends Error {}

const OPTIONS = {
  json: { type: "boolean" },
  yes: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  clinic: { type: "string" },
  employer: { type: "string" },
  hours: { type: "string" },
  ky: { type: "string" },
  ru: { type: "string" },
  input: { type: "string" },
  lang: { type: "string" },
  reason: { type: "string" },
  limit: { type: "string" },
  batch: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  csv: { type: "boolean" },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string };

interface Run {
  db: Database["db"];
  args: string[];
  values: Values;
  io: CliIo;
  clock: Clock;
  database: Database;
}

interface Command {
  /** e.g. "staff grant" */
  name: string;
  usage: string;
  about: string;
  /** False for commands that need no database (e.g. eligibility); "create" to create and migrate it when missing. */
  database?: boolean | "create";
  run(r: Run): Promise<void>;
}


const MAX_ID = 2n ** 63n - 1n; // SQLite's INTEGER
const telegramId = (value: string | undefined, usage: string): bigint => {
  if (!value || !/^\d{1,19}$/.test(value) || BigInt(value) > MAX_ID) throw new UsageError(usage);
  return BigInt(value);
};

/** The text of an import command's one file argument. */
function importFile(r: Run, usage: string): string {
  const [file] = r.args;
  if (!file || r.args.length > 1) throw new UsageError(`usage: npm run cli -- ${usage}`);
  return readTextFile(file);
}

/** Each refused line or row on stderr, by its number in the file. */
const reportRefused = (r: Run, problems: readonly { line: number; message: string }[]) => {
  for (const p of problems) r.io.err(`line ${p.line}: ${p.message}`);
};

/** A file's text; a file that cannot be read is the caller's mistake, said in one line. */
function readTextFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

const roleArg = (value: string | undefined, usage: string): Role => {
  if (!isRole(value)) throw new UsageError(usage);
  return value;
};

const positiveInt = (value: string | undefined, what: string): number => {
  if (!value || !/^\d{1,9}$/.test(value) || Number(value) === 0) throw new UsageError(`${what} must be a positive whole number`);
  return Number(value);
};

/** The scope a role needs from --clinic / --employer, checked against the database. */
async function scopeFor(r: Run, role: Role, usage: string, mustExist = true): Promise<string> {
  const kind = SCOPED[role];
  const { clinic, employer } = r.values;
  if (kind === "clinic") {
    if (clinic === undefined || employer !== undefined) throw new UsageError(`${usage}  (clinic_staff needs --clinic <id>)`);
    const id = positiveInt(clinic, "--clinic");
    if (mustExist && !(await r.db.clinic.findUnique({ where: { id } }))) throw new CliFailure(`There is no clinic ${id}: see clinics list.`);
    return clinicScope(id);
  }
  if (kind === "employer") {
    if (employer === undefined || clinic !== undefined) throw new UsageError(`${usage}  (employer needs --employer <id>)`);
    const id = positiveInt(employer, "--employer");
    if (mustExist && !(await r.db.employer.findUnique({ where: { id } }))) throw new CliFailure(`There is no employer ${id}: see employers list.`);
    return employerScope(id);
  }
  if (clinic !== undefined || employer !== undefined) throw new UsageError(`${usage}  (${role} is not tied to a clinic or employer)`);
  return "";
}

/** An invite is a key to a role: it should not stay valid for long. */
const MAX_INVITE_HOURS = 720;

const print = (r: Run, value: unknown, text: () => string) => r.io.out(r.values.json ? toJson(value) : text());

/** The bot's @username for invite links: BOT_USERNAME, else asked from Telegram with BOT_TOKEN. */
async function botUsername(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.BOT_USERNAME) return env.BOT_USERNAME.replace(/^@/, "");
  if (!env.BOT_TOKEN) throw new CliFailure("Set BOT_USERNAME (the bot's @username) or BOT_TOKEN to make invite links.");
  try {
    const me = await new Api(env.BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT || undefined }).getMe();
    return me.username;
  } catch (error) {
    throw new CliFailure(`Could not ask Telegram for the bot's name (${(error as Error).message}); set BOT_USERNAME instead.`);
  }
}

const COMMANDS: Command[] = [
  {
    name: "eligibility",
    usage: "eligibility --input <file.json | -> [--lang ky|ru]",
    about: "which benefits one household may get, as JSON (input format: README)",
    database: false,
    async run(r) {
      const usage = `usage: npm run --silent cli -- ${this.usage}`;
      const { input, lang = "ru" } = r.values;
      if (!input || r.args.length > 0 || !isLocale(lang)) throw new UsageError(usage);
      const text = input === "-" ? await readStdin() : readTextFile(input);
      let json: unknown;
      try {
        // A byte order mark (some Windows editors write one) is not part of the JSON.
        json = JSON.parse(text.replace(/^\uFEFF/, ""));
      } catch (error) {
        throw new UsageError(`The input is not valid JSON: ${(error as Error).message}`);
      }
      const checked = checkHousehold(json);
      const asOf = checked.ok ? (checked.household.asOf ?? bishkekDay(r.clock.now())) : undefined;
      const problems = checked.ok ? [] : checked.problems;
      if (asOf !== undefined && asOf < coversFrom()) problems.push({ field: "asOf", message: `must be ${coversFrom()} or later (the first day the rules cover)` });
      if (checked.ok && asOf !== undefined) problems.push(...datedProblems(checked.household, asOf));
      if (!checked.ok || problems.length) throw new UsageError(problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
      const today = bishkekDay(r.clock.now());
      if (asOf! > today) r.io.err(`note: asOf ${asOf} is after today (${today}); the answer uses the amounts known today, which may change by then`);
      const assessment = assessHousehold(checked.household, asOf!);
      r.io.out(
        JSON.stringify(
          {
            ...assessment,
            benefits: assessment.benefits.map((b) => ({
              id: b.id,
              status: b.status,
              monthly: b.monthly,
              oneTime: b.oneTime,
              reasons: b.reasons.map((reason) => renderReason(reason, lang)),
              legalBasis: b.legalBasis[lang],
              source: b.source,
              unsure: b.unsure,
            })),
          },
          null,
          2,
        ),
      );
    },
  },
  {
    name: "users stats",
    usage: "users stats [--json]",
    about: "how many people use the bot, by language, activity and staff",
    async run(r) {
      const now = r.clock.now().getTime();
      const since = (days: number) => new Date(now - days * 86_400_000);
      const [total, ky, ru, active7, active30, blocked, staff, erased] = await Promise.all([
        r.db.user.count(),
        r.db.user.count({ where: { language: "ky" } }),
        r.db.user.count({ where: { language: "ru" } }),
        r.db.user.count({ where: { lastSeenAt: { gte: since(7) } } }),
        r.db.user.count({ where: { lastSeenAt: { gte: since(30) } } }),
        r.db.user.count({ where: { blockedAt: { not: null } } }),
        r.db.roleGrant.findMany({ distinct: ["userId"], select: { userId: true } }).then((rows) => rows.length),
        r.db.tally.aggregate({ where: { metric: "people.erased" }, _sum: { count: true } }).then((a) => a._sum.count ?? 0),
      ]);
      const stats = { total, language: { ky, ru, notChosen: total - ky - ru }, active7Days: active7, active30Days: active30, blocked, staff, erased };
      print(r, stats, () =>
        [
          `people:            ${total} (Kyrgyz ${ky}, Russian ${ru}, not chosen ${total - ky - ru})`,
          `active, 7 days:    ${active7}`,
          `active, 30 days:   ${active30}`,
          `blocked the bot:   ${blocked}`,
          `staff:             ${staff}`,
          `deleted their data: ${erased}`,
        ].join("\n"),
      );
    },
  },
  {
    name: "staff list",
    usage: "staff list [--json]",
    about: "everyone holding a role, with who granted it and when",
    async run(r) {
      const grants = await r.db.roleGrant.findMany({ orderBy: [{ role: "asc" }, { grantedAt: "asc" }] });
      const names = new Map(
        (await r.db.user.findMany({ where: { id: { in: grants.map((g) => g.userId) } }, select: { id: true, displayName: true } })).map(
          (u) => [u.id, u.displayName],
        ),
      );
      const rows = grants.map((g) => ({
        telegramId: g.userId,
        name: names.get(g.userId) ?? null,
        role: g.role,
        scope: g.scope,
        grantedAt: g.grantedAt,
        grantedBy: g.grantedBy,
        grantedVia: g.grantedVia,
      }));
      print(r, rows, () =>
        rows.length === 0
          ? "No staff yet. Grant a role: staff grant <telegramId> <role>"
          : rows
              .map(
                (g) =>
                  `${g.telegramId}\t${g.role}${g.scope ? ` ${g.scope}` : ""}\t${g.name ?? ""}\tsince ${g.grantedAt.toISOString()} by ${g.grantedBy ?? "operator"} (${g.grantedVia})`,
              )
              .join("\n"),
      );
    },
  },
  {
    name: "staff grant",
    usage: `staff grant <telegramId> <role> [--clinic <id>] [--employer <id>]`,
    about: "give someone a role (clinic staff need --clinic, employers --employer)",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      const role = roleArg(r.args[1], usage);
      if (r.args.length > 2) throw new UsageError(usage);
      const scope = await scopeFor(r, role, usage);
      const granted = await grantRole(r.db, { userId, role, scope, by: null, via: "cli", now: r.clock.now() });
      r.io.out(granted ? `Granted ${role}${scope ? ` (${scope})` : ""} to ${userId}.` : `${userId} already holds ${role}${scope ? ` (${scope})` : ""}.`);
    },
  },
  {
    name: "staff revoke",
    usage: `staff revoke <telegramId> <role> [--clinic <id>] [--employer <id>]`,
    about: "take a role away",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      const role = roleArg(r.args[1], usage);
      if (r.args.length > 2) throw new UsageError(usage);
      // (A clinic or employer removed since may still have its roles revoked.)
      const scope = await scopeFor(r, role, usage, false);
      const revoked = await revokeRole(r.db, { userId, role, scope, by: null, via: "cli", now: r.clock.now() });
      if (!revoked) throw new CliFailure(`${userId} does not hold ${role}${scope ? ` (${scope})` : ""}.`);
      r.io.out(`Revoked ${role}${scope ? ` (${scope})` : ""} from ${userId}.`);
    },
  },
  {
    name: "invite",
    usage: `invite <role> [--clinic <id>] [--employer <id>] [--hours <n>] [--json]`,
    about: "make a one-time invite link (valid 72 hours unless --hours)",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const role = roleArg(r.args[0], usage);
      if (r.args.length > 1) throw new UsageError(usage);
      const scope = await scopeFor(r, role, usage);
      const hours = r.values.hours === undefined ? undefined : positiveInt(r.values.hours, "--hours");
      if (hours !== undefined && hours > MAX_INVITE_HOURS) throw new UsageError(`--hours can be at most ${MAX_INVITE_HOURS} (30 days)`);
      const username = await botUsername(r.io.env);
      const { payload, expiresAt } = await createInvite(r.db, { role, scope, by: null, via: "cli", now: r.clock.now(), hours });
      const link = inviteLink(username, payload);
      print(r, { link, role, scope, expiresAt }, () => `${link}\n(${role}${scope ? ` ${scope}` : ""}; works once, until ${expiresAt.toISOString()})`);
    },
  },
  {
    name: "user export",
    usage: "user export <telegramId>",
    about: "everything the bot holds about a person, as JSON",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      if (r.args.length > 1) throw new UsageError(usage);
      r.io.out(toJson(await exportAll(PERSONAL_DATA, r.db, userId, r.clock.now())));
    },
  },
  {
    name: "user delete",
    usage: "user delete <telegramId> --yes",
    about: "delete everything personal about a person (as /deleteme does)",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      if (r.args.length > 1 || !r.values.yes) throw new UsageError(`${usage}  (--yes confirms: this cannot be undone)`);
      if (!(await r.db.user.findUnique({ where: { id: userId } }))) throw new CliFailure(`Nothing is stored about ${userId}.`);
      const { env } = r.io;
      const api = env.BOT_TOKEN ? new Api(env.BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT || undefined }) : undefined;
      const logger = createLogger("warn", { write: (line: string) => r.io.err(line.trimEnd()) });
      await eraseAll(PERSONAL_DATA, userId, { db: r.db, reads: r.database.reads, logger, now: r.clock.now(), api, actorId: null, via: "cli" });
      r.io.out(`Deleted everything personal about ${userId}.`);
    },
  },
  {
    name: "clinics list",
    usage: "clinics list [--json]",
    about: "legal-aid clinics (ids for --clinic), with region, hours and seats",
    async run(r) {
      const clinics = await listClinics(r.db);
      print(r, clinics, () =>
        clinics.length
          ? clinics
              .map((c) => {
                const hours = Object.entries(JSON.parse(c.hours) as Record<string, [string, string] | null>)
                  .filter(([, h]) => h)
                  .map(([d, h]) => `${d} ${h![0]}-${h![1]}`)
                  .join(", ");
                const flags = [c.sample ? "SAMPLE" : "", c.active ? "" : "inactive", hours ? "" : "no hours: not bookable"].filter(Boolean).join(", ");
                return `${c.id}\t${clinicName(c, "ky")} / ${clinicName(c, "ru")}${flags ? `  [${flags}]` : ""}\n\t${c.region || "-"}; ${c.seats} seat(s) × ${c.slotMinutes} min; ${hours || "-"}${c.lunchFrom ? `; lunch ${c.lunchFrom}-${c.lunchTo}` : ""}`;
              })
              .join("\n")
          : "No clinics yet: clinics import <file.yaml> (see prisma/seed/clinics.yaml)",
      );
    },
  },
  {
    name: "clinics import",
    usage: "clinics import <file.yaml|file.json>",
    about: "add or update clinics from a file (format: prisma/seed/clinics.yaml; `key` identifies a clinic)",
    async run(r) {
      const [file] = r.args;
      if (!file || r.args.length > 1) throw new UsageError(`usage: npm run cli -- ${this.usage}`);
      if (!existsSync(file)) throw new UsageError(`Cannot read ${file}: ENOENT`);
      const read = readClinicsFile(file);
      if (!read.ok) throw new UsageError(read.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
      const { created, updated } = await importClinics(r.db, read.clinics);
      print(r, { created, updated }, () => `Imported ${read.clinics.length} clinic(s): ${created} new, ${updated} updated.`);
    },
  },
  {
    name: "clinics close",
    usage: "clinics close <clinicId> <YYYY-MM-DD> [--reason <text>]",
    about: "close a clinic for a day (no new bookings; lists the bookings already made that day)",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const [id, day] = r.args;
      if (r.args.length !== 2 || !day || !isIsoDay(day)) throw new UsageError(usage);
      const clinicId = positiveInt(id, "clinicId");
      if (!(await r.db.clinic.findUnique({ where: { id: clinicId } }))) throw new CliFailure(`There is no clinic ${clinicId} (see: clinics list).`);
      const closure = await closeClinicDay(r.db, clinicId, day, null, r.values.reason ?? "closed");
      const affected = await r.db.booking.findMany({
        where: { clinicId, seat: { not: null }, startsAt: { gte: closure.startsAt, lt: closure.endsAt } },
        select: { ref: true, startsAt: true, status: true },
        orderBy: { startsAt: "asc" },
      });
      print(r, { closed: day, bookings: affected.map((b) => ({ ...b, startsAt: b.startsAt.toISOString() })) }, () =>
        [
          `Clinic ${clinicId} is closed on ${day}: no new bookings that day.`,
          ...(affected.length
            ? [`${affected.length} booking(s) already made that day — contact these people or let the clinic's staff reschedule them:`, ...affected.map((b) => `  ${b.ref}  ${formatTime(b.startsAt)}  ${b.status}`)]
            : []),
        ].join("\n"),
      );
    },
  },
  {
    name: "clinics add",
    usage: "clinics add --ky <name in Kyrgyz> --ru <name in Russian>",
    about: "add a legal-aid clinic",
    async run(r) {
      const { ky, ru } = r.values;
      if (!ky?.trim() || !ru?.trim() || r.args.length > 0) throw new UsageError(`usage: npm run cli -- ${this.usage}`);
      const clinic = await r.db.clinic.create({ data: { nameKy: ky.trim(), nameRu: ru.trim() } });
      print(r, clinic, () => `Added clinic ${clinic.id}.`);
    },
  },
  {
    name: "vacancies import",
    usage: "vacancies import <file.csv>",
    about: "import vacancies (open at once); each bad row is reported with its line, the rest imported",
    async run(r) {
      const { imported, problems } = await importVacanciesCsv(r.db, importFile(r, this.usage), r.clock.now(), null);
      reportRefused(r, problems);
      print(r, { imported, refused: problems }, () => `Imported ${imported} vacancies${problems.length ? `; ${problems.length} row(s) refused (above)` : ""}.`);
      if (imported === 0 && problems.length > 0) throw new CliFailure("Nothing was imported.");
    },
  },
  {
    name: "jobs stats",
    usage: "jobs stats [--json]",
    about: "jobseekers registered, active, lost work to COVID-19, matched (accepted), match rate, enrolled, completed; by sex and region",
    async run(r) {
      const stats = await jobsStats(r.db);
      const line = (name: string, f: Omit<typeof stats, "bySex" | "byRegion">) =>
        `${name.padEnd(16)} ${String(f.registered).padStart(6)} ${String(f.active).padStart(6)} ${String(f.lostWorkCovid).padStart(6)} ${String(f.matched).padStart(6)} ${`${f.matchRate}%`.padStart(7)} ${String(f.enrolled).padStart(6)} ${String(f.completed).padStart(6)}`;
      print(r, stats, () =>
        [
          `${"".padEnd(16)} ${"regist".padStart(6)} ${"active".padStart(6)} ${"covid".padStart(6)} ${"match".padStart(6)} ${"rate".padStart(7)} ${"enrol".padStart(6)} ${"done".padStart(6)}`,
          line("all", stats),
          ...Object.entries(stats.bySex).map(([k, f]) => line(`sex ${k}`, f)),
          ...Object.entries(stats.byRegion).map(([k, f]) => line(k, f)),
        ].join("\n"),
      );
    },
  },
  {
    name: "training complete",
    usage: "training complete <telegramId> <courseKey>",
    about: "mark a jobseeker's course completed (counted in jobs stats)",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      const key = r.args[1];
      if (!key || r.args.length !== 2) throw new UsageError(usage);
      if (!(await complete(r.db, userId, key, r.clock.now()))) throw new CliFailure(`${userId} is not enrolled in ${key} (or there is no such course).`);
      r.io.out(`Marked ${key} completed for ${userId}.`);
    },
  },
  {
    name: "training import",
    usage: "training import <file.csv>",
    about: "course completions from a CSV (telegram_id, course, completed); each bad row is reported with its line, the rest recorded",
    async run(r) {
      const { completed, already, problems } = await importCompletionsCsv(r.db, importFile(r, this.usage), r.clock.now());
      reportRefused(r, problems);
      print(r, { completed, already, refused: problems }, () =>
        `Recorded ${completed} completion(s)${already ? `; ${already} already recorded` : ""}${problems.length ? `; ${problems.length} row(s) refused (above)` : ""}.`,
      );
      if (completed === 0 && already === 0 && problems.length > 0) throw new CliFailure("Nothing was recorded.");
    },
  },
  {
    name: "factchecks import",
    usage: "factchecks import <file.jsonl>",
    about: "fact-checks, one JSON object a line (README); saved by id, each bad line reported by number, the rest imported",
    database: "create",
    async run(r) {
      const { added, updated, problems } = await importFactChecks(r.db, importFile(r, this.usage), r.clock.now());
      reportRefused(r, problems);
      print(r, { added, updated, refused: problems }, () => `Imported ${added + updated} fact-checks (${added} new, ${updated} updated)${problems.length ? `; ${problems.length} line(s) refused (above)` : ""}.`);
      if (added + updated === 0 && problems.length > 0) throw new CliFailure("Nothing was imported.");
    },
  },
  {
    name: "factchecks search",
    usage: 'factchecks search "<text>" [--json] [--limit N] | factchecks search --batch <file>',
    about: "the fact-checks the bot would show for a message, best first (--batch: one query a line, one JSON line each)",
    database: "create",
    async run(r) {
      const usage = `usage: npm run --silent cli -- ${this.usage}`;
      const limitText = r.values.limit ?? "3";
      if (!/^\d{1,3}$/.test(limitText) || Number(limitText) < 1) throw new UsageError(usage);
      const limit = Number(limitText);
      const answer = async (query: string) => {
        const found = await searchFactChecks(r.db, query, limit);
        const verdicts = new Map((await r.db.factCheck.findMany({ where: { id: { in: found.map((f) => f.id) } }, select: { id: true, verdict: true } })).map((f) => [f.id, f.verdict]));
        return { query, matches: found.map((f) => ({ id: f.id, score: f.score, band: f.band, verdict: verdicts.get(f.id)! })) };
      };
      if (r.values.batch !== undefined) {
        if (r.args.length > 0) throw new UsageError(usage);
        const lines = readTextFile(r.values.batch).replace(/^\uFEFF/, "").split(/\r?\n/);
        if (lines.at(-1) === "") lines.pop();
        for (const line of lines) r.io.out(JSON.stringify(await answer(line)));
        return;
      }
      if (r.args.length !== 1) throw new UsageError(usage);
      const result = await answer(r.args[0]!);
      print(r, result, () => (result.matches.length ? result.matches.map((m) => `${m.score.toFixed(3)}  ${m.band.padEnd(8)}  ${m.id} (${m.verdict})`).join("\n") : "Nothing close enough."));
    },
  },
  {
    name: "factchecks export",
    usage: "factchecks export",
    about: "every fact-check as JSON Lines (the import format)",
    database: "create",
    async run(r) {
      if (r.args.length > 0) throw new UsageError(`usage: npm run --silent cli -- ${this.usage}`);
      for (const line of await exportFactChecks(r.db)) r.io.out(line);
    },
  },
  {
    name: "factchecks queue",
    usage: "factchecks queue [--json]",
    about: "rumours no fact-check matched, grouped, most asked first",
    database: "create",
    async run(r) {
      if (r.args.length > 0) throw new UsageError(`usage: npm run cli -- ${this.usage}`);
      const queue = (await rumourQueue(r.db, 1000)).map((q) => ({ id: q.id, askers: q.askers, text: q.text, firstAskedAt: q.createdAt.toISOString(), lastAskedAt: q.lastAskedAt.toISOString() }));
      print(r, queue, () => (queue.length ? queue.map((q) => `#${q.id}  ${String(q.askers).padStart(4)} asked  ${cut(q.text.replace(/\s+/g, " "), 100)}`).join("\n") : "The queue is empty."));
    },
  },
  {
    name: "broadcasts list",
    usage: "broadcasts list [--json]",
    about: "broadcasts, newest first, with sent / failed / left",
    async run(r) {
      if (r.args.length > 0) throw new UsageError(`usage: npm run cli -- ${this.usage}`);
      const ids = (await r.db.broadcast.findMany({ orderBy: { id: "desc" }, take: 100, select: { id: true } })).map((b) => b.id);
      const list: NonNullable<Awaited<ReturnType<typeof broadcastStats>>>[] = [];
      for (const id of ids) list.push((await broadcastStats(r.db, id))!);
      print(r, list, () =>
        list.length ? list.map((b) => `#${b.id}  ${b.status.padEnd(9)} sent ${b.sent}/${b.total}, failed ${b.failed}, left ${b.left}`).join("\n") : "No broadcasts yet.",
      );
    },
  },
  {
    name: "broadcasts show",
    usage: "broadcasts show <id> [--json]",
    about: "one broadcast: status, audience, who wrote and approved it, sent / failed (by reason) / left",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      if (r.args.length !== 1 || !/^\d{1,9}$/.test(r.args[0]!)) throw new UsageError(usage);
      const stats = await broadcastStats(r.db, Number(r.args[0]));
      if (!stats) throw new CliFailure(`There is no broadcast #${r.args[0]}.`);
      print(r, stats, () =>
        [
          `#${stats.id} ${stats.status}; written by ${stats.authorId}, approved by ${stats.approvedBy ?? "nobody yet"}`,
          `audience: ${stats.audience.topics.join(", ")}${stats.audience.languages.length ? `; ${stats.audience.languages.join(", ")}` : ""}${stats.audience.regions.length ? `; ${stats.audience.regions.join(", ")}` : ""}`,
          `sent ${stats.sent}/${stats.total}, failed ${stats.failed}${Object.keys(stats.failures).length ? ` (${Object.entries(stats.failures).map(([k, v]) => `${k} ${v}`).join(", ")})` : ""}, left ${stats.left}, cancelled ${stats.cancelled}`,
        ].join("\n"),
      );
    },
  },
  {
    name: "report",
    usage: "report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv]",
    about: "the seed project's indicators beside their targets: legal aid, jobs, benefit screenings, rumours, broadcasts",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const { from, to } = r.values;
      const isDay = (d: string | undefined) => d === undefined || isIsoDay(d);
      if (r.args.length > 0 || !isDay(from) || !isDay(to) || (from && to && from > to) || (r.values.json && r.values.csv)) throw new UsageError(usage);
      const report = await kpiReport(r.db, { from, to });
      if (r.values.csv) {
        const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        r.io.out(["section,indicator,value,target", ...reportRows(report).map((row) => row.map(cell).join(","))].join("\n"));
        return;
      }
      print(r, report, () =>
        [
          `Indicators ${from ?? "from the start"} – ${to ?? "today"}`,
          ...reportRows(report).map(([section, name, value, target]) => `${section.padEnd(11)} ${name.padEnd(32)} ${(value || "—").padStart(8)}${target ? `   target ${target}` : ""}`),
        ].join("\n"),
      );
    },
  },
  {
    name: "jobs match",
    usage: "jobs match <telegramId> [--json]",
    about: "a jobseeker's best open vacancies in any trade (the bot shows only their trades and related ones), with each part of the score",
    async run(r) {
      const usage = `usage: npm run cli -- ${this.usage}`;
      const userId = telegramId(r.args[0], usage);
      if (r.args.length > 1) throw new UsageError(usage);
      const matches = await matchesFor(r.db, userId, r.clock.now(), 10, 0, true);
      if (matches === null) throw new CliFailure(`${userId} is not registered as a jobseeker.`);
      const rows = matches.map((m) => ({ vacancyId: m.vacancy.id, title: m.vacancy.title, occupation: m.vacancy.occupation, total: m.score.total, parts: m.score.parts }));
      print(r, rows, () =>
        rows.length
          ? rows.map((m) => `${String(m.total).padStart(3)}  #${m.vacancyId} ${m.title}  (${m.parts.map((p) => `${p.part} ${p.points}/${p.max}`).join(", ")})`).join("\n")
          : "No open vacancies.",
      );
    },
  },
  {
    name: "employers list",
    usage: "employers list [--json]",
    about: "employer records (ids for --employer)",
    async run(r) {
      const employers = await listEmployers(r.db);
      print(r, employers, () => (employers.length ? employers.map((e) => `${e.id}\t${e.name}`).join("\n") : "No employers yet: employers add <name>"));
    },
  },
  {
    name: "employers add",
    usage: "employers add <name>",
    about: "add an employer record",
    async run(r) {
      const name = r.args.join(" ").trim();
      if (!name) throw new UsageError(`usage: npm run cli -- ${this.usage}`);
      const employer = await r.db.employer.create({ data: { name } });
      print(r, employer, () => `Added employer ${employer.id}.`);
    },
  },
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    "Көмөк operator commands: npm run cli -- <command>",
    "",
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.about}`),
    "",
    `Roles: ${ROLES.join(", ")}.`,
    "Add --json to lists and stats for machine-readable output (with npm run -s, nothing else is printed).",
    "Reads DATABASE_URL (default file:./data/komok.db). Invite links need BOT_USERNAME or BOT_TOKEN.",
    "Exit codes: 0 done, 1 could not do it, 2 bad arguments.",
  ].join("\n");
}

async function runWithoutDatabase(command: Command, args: string[], values: Values, io: CliIo): Promise<number> {
  try {
    await command.run({ db: undefined as never, database: undefined as never, args, values, io, clock: io.clock ?? systemClock });
    return 0;
  } catch (error) {
    io.err((error as Error).message.split("\n").slice(0, 20).join("\n"));
    return error instanceof UsageError ? 2 : 1;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    io.err(`${(error as Error).message.split(". ")[0]}.\nSee: npm run cli -- --help`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === "help") {
    (positionals.length === 0 && !values.help ? io.err : io.out)(helpText());
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const command =
    COMMANDS.find((c) => c.name === positionals.slice(0, 2).join(" ")) ?? COMMANDS.find((c) => c.name === positionals[0]);
  if (!command) {
    const family = COMMANDS.filter((c) => c.name.startsWith(`${positionals[0]} `));
    io.err(
      family.length
        ? `${positionals[0]} needs one of:\n${family.map((c) => `  npm run cli -- ${c.usage}`).join("\n")}`
        : `Unknown command: ${positionals.slice(0, 2).join(" ")}\nSee: npm run cli -- --help`,
    );
    return 2;
  }
  const args = positionals.slice(command.name.split(" ").length);
  if (command.database === false) return runWithoutDatabase(command, args, values, io);
  const databaseUrl = io.env.DATABASE_URL || "file:./data/komok.db";
  if (!/^file:.+/.test(databaseUrl)) {
    io.err("DATABASE_URL is not valid: it should be a SQLite URL starting with file:, e.g. file:./data/komok.db.");
    return 1;
  }
  // Never a new, empty database because of a typo in the path (unless the command's contract says so).
  if (command.database !== "create" && !existsSync(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""))) {
    io.err(`There is no database at DATABASE_URL=${databaseUrl}: check the path, or start the bot once (it creates the database).`);
    return 1;
  }
  let database: Database | undefined;
  try {
    database = await openDatabase(databaseUrl);
    await command.run({ db: database.db, args, values, io, clock: io.clock ?? systemClock, database });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    const message = (error as Error).message;
    io.err(
      error instanceof CliFailure
        ? message
        : /SocketTimeout|database is locked/i.test(message)
          ? "The database is busy: another program held it for 10 s, or it needs a migration while the bot runs (restart the bot: it migrates at start). Try again."
          : `Could not do it: ${message.split("\n")[0]}`,
    );
    return 1;
  } finally {
    await database?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
