// The operator CLI (npm run cli): in-process runs against a TestBot's
// database, and one real process for exit codes without stack traces.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import { projectRoot } from "../src/paths.ts";
import { createBooking } from "../src/services/bookings.ts";
import { clinicSlots } from "../src/services/clinics.ts";
import { bishkekDay } from "../src/time.ts";
import { TestBot } from "./support/harness.ts";

let t: TestBot;
beforeEach(async () => {
  t = await TestBot.start();
});
afterEach(async () => {
  await t.close();
});

/** Runs one CLI command on the test bot's database; returns its exit code and output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: { DATABASE_URL: t.databaseUrl, ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli", () => {
  it("lists its commands with --help, and asks for one without arguments", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["users stats", "staff list", "staff grant", "staff revoke", "invite", "user export", "user delete"]) {
      expect(help.out).toContain(command);
    }
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("staff grant");
  });

  it("grants, lists and revokes roles, with clinics checked and the audit trail kept", async () => {
    expect((await cli(["clinics", "add", "--ky", "Ош клиникасы", "--ru", "Ошская клиника"])).out).toBe("Added clinic 1.");
    expect((await cli(["staff", "grant", "501", "clinic_staff", "--clinic", "1"])).code).toBe(0);
    expect((await cli(["staff", "grant", "502", "comms_officer"])).out).toBe("Granted comms_officer to 502.");
    expect((await cli(["staff", "grant", "502", "comms_officer"])).out).toBe("502 already holds comms_officer.");

    const list = await cli(["staff", "list", "--json"]);
    const rows = JSON.parse(list.out) as { telegramId: string; role: string; scope: string; grantedVia: string }[];
    expect(rows.map((r) => [r.telegramId, r.role, r.scope, r.grantedVia])).toEqual([
      ["501", "clinic_staff", "clinic:1", "cli"],
      ["502", "comms_officer", "", "cli"],
    ]);

    expect((await cli(["staff", "revoke", "502", "comms_officer"])).code).toBe(0);
    const again = await cli(["staff", "revoke", "502", "comms_officer"]);
    expect(again.code).toBe(1);
    expect(again.err).toBe("502 does not hold comms_officer.");
    expect(await t.db.roleGrant.count({ where: { userId: 502n } })).toBe(0);
    const actions = await t.db.auditEvent.findMany({ where: { subjectId: 502n }, orderBy: { id: "asc" } });
    expect(actions.map((a) => [a.action, a.via, a.actorId])).toEqual([
      ["role.grant", "cli", null],
      ["role.revoke", "cli", null],
    ]);
  });

  it("refuses bad arguments with a usage line and exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["staff", "grant", "abc", "admin"], /^usage: npm run cli -- staff grant <telegramId> <role>/],
      [["staff", "grant", "5", "boss"], /^usage: npm run cli -- staff grant/],
      [["staff", "grant", "5", "clinic_staff"], /clinic_staff needs --clinic <id>/],
      [["staff", "grant", "5", "admin", "--clinic", "1"], /admin is not tied to a clinic/],
      [["staff", "grant", "5", "clinic_staff", "--clinic", "x"], /--clinic must be a positive whole number/],
      [["user", "delete", "5"], /--yes confirms/],
      [["invite", "admin", "--hours", "0"], /--hours must be a positive whole number/],
      [["staff", "fire", "5"], /^staff needs one of:\n  npm run cli -- staff list/],
      [["frobnicate"], /^Unknown command: frobnicate/],
      [["staff", "grant", "99999999999999999999", "admin"], /^usage: npm run cli -- staff grant/],
      [["invite", "admin", "--hours", "721"], /--hours can be at most 720/],
      [["users", "stats", "--verbose"], /^Unknown option '--verbose'/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err, args.join(" ")).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /);
    }
    // A clinic that does not exist is not a usage error but cannot be done.
    const missing = await cli(["staff", "grant", "5", "clinic_staff", "--clinic", "9"]);
    expect(missing).toMatchObject({ code: 1, err: "There is no clinic 9: see clinics list." });
    expect(await t.db.roleGrant.count()).toBe(0);
    // A wrong path is said, not answered with a new empty database.
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["staff", "list"], { env: { DATABASE_URL: `file:${t.dir}/typo/komok.db` }, out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/^There is no database at DATABASE_URL=file:.*typo\/komok\.db/);
    expect(existsSync(path.join(t.dir, "typo"))).toBe(false);
  });

  it("makes an invite link that the bot honours once", async () => {
    const noName = await cli(["invite", "comms_officer"]);
    expect(noName.code).toBe(1);
    expect(noName.err).toMatch(/BOT_USERNAME/);

    // The bot's name asked from (the fake) Telegram with the token.
    const made = await cli(["invite", "comms_officer", "--json"], { BOT_TOKEN: t.fake.token, TELEGRAM_API_ROOT: t.fake.apiRoot });
    expect(made.code).toBe(0);
    const { link } = JSON.parse(made.out) as { link: string };
    expect(link).toMatch(new RegExp(`^https://t\\.me/${t.fake.botInfo.username}\\?start=inv_[A-Za-z0-9_-]{24}$`));

    const officer = await t.userWithLanguage(601, "ru");
    await officer.send(`/start ${link.split("start=")[1]}`);
    expect(officer.messages().some((m) => m.text.startsWith("Добро пожаловать в команду! Ваша роль: Специалист по коммуникациям."))).toBe(true);
    expect(await t.db.roleGrant.findMany({ where: { userId: 601n }, select: { role: true, grantedVia: true } })).toEqual([
      { role: "comms_officer", grantedVia: "invite" },
    ]);
  });

  it("exports and deletes a person's data, and counts people", async () => {
    const user = await t.userWithLanguage(701, "ky");
    await user.send("/menu");
    const exported = await cli(["user", "export", "701"]);
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.out) as { telegramId: string; profile: { language: string } };
    expect(data.telegramId).toBe("701");
    expect(data.profile.language).toBe("ky");

    const stats = JSON.parse((await cli(["users", "stats", "--json"])).out) as { total: number; language: { ky: number } };
    expect(stats).toMatchObject({ total: 1, language: { ky: 1 } });

    expect((await cli(["user", "delete", "701", "--yes"])).code).toBe(0);
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.tally.findMany({ where: { metric: "people.erased" }, select: { count: true } })).toEqual([{ count: 1 }]);
    const after = JSON.parse((await cli(["users", "stats", "--json"])).out) as { total: number; erased: number };
    expect(after).toMatchObject({ total: 0, erased: 1 });
    expect(await cli(["user", "delete", "701", "--yes"])).toMatchObject({ code: 1, err: "Nothing is stored about 701." });
  });
});

describe("the cli process", () => {
  it("exits with 2 and one usage line, no stack trace", () => {
    const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, [path.join(projectRoot, "src", "cli.ts"), "staff", "grant", "not-a-number", "admin"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: t.databaseUrl },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^usage: npm run cli -- staff grant <telegramId> <role>/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("imports clinics from the sample file (again: updates), lists them marked SAMPLE, refuses a bad file field by field", async () => {
    const sample = path.join(projectRoot, "prisma", "seed", "clinics.yaml");
    expect(await cli(["clinics", "import", sample])).toMatchObject({ code: 0, out: "Imported 5 clinic(s): 5 new, 0 updated." });
    expect(await cli(["clinics", "import", sample])).toMatchObject({ code: 0, out: "Imported 5 clinic(s): 0 new, 5 updated." });
    const list = await cli(["clinics", "list"]);
    expect(list.out).toContain("Юридическая клиника Бишкека  [SAMPLE]\n\tbishkek; 2 seat(s) × 60 min; mon 09:00-18:00");
    const bad = path.join(t.dir, "bad.yaml");
    writeFileSync(bad, "- key: Bad Key\n  name: { ky: a, ru: b }\n");
    const refused = await cli(["clinics", "import", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err.split("\n")).toEqual(expect.arrayContaining(["[0].key: must be 2–40 of a-z, 0-9 and -", "[0].region: must be one of bishkek, osh-city, chui, issyk-kul, naryn, talas, jalal-abad, osh, batken"]));
    expect(await t.db.clinic.count()).toBe(5);
  });

  it("closes a clinic for a day and lists the bookings already made that day", async () => {
    await cli(["clinics", "import", path.join(projectRoot, "prisma", "seed", "clinics.yaml")]);
    const clinic = await t.db.clinic.findUniqueOrThrow({ where: { key: "sample-naryn" } });
    const now = new Date();
    const slot = (await clinicSlots(t.db, clinic, now))[0]!;
    const made = await createBooking(
      t.db,
      { userId: 1n, clinicId: clinic.id, startsAt: slot.startsAt, topic: "other", description: null, phone: "+996700000000", name: "X", sex: "male", contact: "call", language: "ky" },
      now,
    );
    if (!made.ok) throw new Error("not booked");
    const day = bishkekDay(slot.startsAt);
    const closed = await cli(["clinics", "close", String(clinic.id), day, "--reason", "holiday"]);
    expect(closed.code).toBe(0);
    expect(closed.out).toContain(`Clinic ${clinic.id} is closed on ${day}: no new bookings that day.`);
    expect(closed.out).toContain(`1 booking(s) already made that day`);
    expect(closed.out).toContain(made.ref);
    expect((await clinicSlots(t.db, clinic, now)).some((s) => bishkekDay(s.startsAt) === day)).toBe(false);
    expect(await cli(["clinics", "close", "99", day])).toMatchObject({ code: 1, err: "There is no clinic 99 (see: clinics list)." });
    expect((await cli(["clinics", "close", String(clinic.id), "31.12.2026"])).code).toBe(2);
  });
});
