// The per-update hot path below the features: the one read a private update
// makes (person, roles, conversation state), the read-ahead that hands that
// state to the conversations plugin, and the HTTP client under grammY.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, type Database } from "../src/db/client.ts";
import { ReadAhead, stateStorage } from "../src/db/state-storage.ts";
import { nodeHttpFetch } from "../src/http-client.ts";
import { createLogger } from "../src/logger.ts";
import { grantRole } from "../src/services/roles.ts";
import { identifyUser } from "../src/services/users.ts";
import { waitUntil } from "./support/process.ts";

describe("one read per private update", () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "komok-hot-"));
    database = await openDatabase(`file:${path.join(dir, "test.db")}`);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("someone never seen: no user, no state", () => {
    expect(database.reads.visit(77n, "77")).toEqual({ user: undefined, conversation: undefined });
  });

  test("a person with two roles and a conversation in progress", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    await database.db.user.create({ data: { id: 5n, language: "ky", firstSeenAt: now, lastSeenAt: now } });
    await grantRole(database.db, { userId: 5n, role: "clinic_staff", scope: "clinic:3", by: null, via: "cli", now });
    await grantRole(database.db, { userId: 5n, role: "comms_officer", by: null, via: "cli", now });
    await database.db.storedState.create({ data: { scope: "conversation", key: "5", value: '{"v":1}' } });
    await database.db.storedState.create({ data: { scope: "session", key: "5", value: '{"other":true}' } });
    const visit = database.reads.visit(5n, "5");
    expect(visit.conversation).toBe('{"v":1}');
    expect(visit.user).toMatchObject({ language: "ky", blocked: false, lastSeenAt: now });
    expect(visit.user!.roles.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { role: "clinic_staff", scope: "clinic:3" },
      { role: "comms_officer", scope: "" },
    ]);
    // The same as the separate reads it replaces.
    expect(visit.user!.roles.sort((a, b) => a.role.localeCompare(b.role))).toEqual(
      database.reads.roles(5n).sort((a, b) => a.role.localeCompare(b.role)),
    );
  });

  test("state read ahead is taken once, and a write or delete drops it", async () => {
    const readAhead = new ReadAhead();
    const storage = stateStorage<{ v: number }>(database.db, database.reads, "conversation", readAhead);
    await storage.write("6", { v: 1 });
    readAhead.put("6", '{"v":99}'); // what the update's read saw
    expect(await storage.read("6")).toEqual({ v: 99 });
    expect(await storage.read("6")).toEqual({ v: 1 }); // taken: read from the table again
    readAhead.put("6", '{"v":99}');
    await storage.write("6", { v: 2 });
    expect(await storage.read("6")).toEqual({ v: 2 });
    readAhead.put("6", '{"v":99}');
    await storage.delete("6");
    expect(await storage.read("6")).toBeUndefined();
    readAhead.put("6", undefined); // read ahead: nothing stored
    await storage.write("6", { v: 3 });
    expect(await storage.read("6")).toEqual({ v: 3 });
  });
});

describe("the HTTP client under grammY", () => {
  let server: Server;
  let root: string;
  const seen: { method?: string; type?: string; body: string }[] = [];
  const bodyOf = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await bodyOf(req).catch(() => undefined); // undefined: the client gave up mid-body
      if (body === undefined) return;
      seen.push({ method: req.method, type: req.headers["content-type"], body });
      if (req.url === "/slow") return void setTimeout(() => res.end("{}"), 5_000);
      res.writeHead(req.url === "/flood" ? 429 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: req.url !== "/flood", echo: body, text: "Салам, дүйнө 👋" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    root = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("sends JSON and reads the answer, UTF-8 and all", async () => {
    const response = await nodeHttpFetch(`${root}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Кайрылуу ✅" }),
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual({ ok: true, echo: '{"text":"Кайрылуу ✅"}', text: "Салам, дүйнө 👋" });
    expect(seen.at(-1)).toMatchObject({ method: "POST", type: "application/json" });
  });

  test("a refusal keeps its status and body", async () => {
    const response = await nodeHttpFetch(`${root}/flood`, { method: "POST", body: "{}" });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(await response.clone().json()).toMatchObject({ ok: false });
  });

  test("streams a multipart body (a photo upload)", async () => {
    const parts = ["--b\r\n", "content-disposition: form-data; name=\"photo\"\r\n\r\n", "PNG…", "\r\n--b--\r\n"];
    const response = await nodeHttpFetch(`${root}/sendPhoto`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=b" },
      body: Readable.from(parts.map((p) => Buffer.from(p))),
    });
    expect(response.status).toBe(200);
    expect(seen.at(-1)!.body).toBe(parts.join(""));
  });

  test("an upload cut short by an abort is closed, not left hanging", async () => {
    const controller = new AbortController();
    const upload = new Readable({ read() {} }); // a file that is still being read
    upload.push(Buffer.from("--b\r\n"));
    const pending = nodeHttpFetch(`${root}/sendPhoto`, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=b" }, body: upload, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await waitUntil(() => upload.destroyed, 2_000);
    expect(upload.destroyed).toBe(true);
  });

  test("an abort stops the request", async () => {
    const controller = new AbortController();
    const pending = nodeHttpFetch(`${root}/slow`, { method: "POST", body: "{}", signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(nodeHttpFetch(`${root}/x`, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("lastSeenAt", () => {
  test("is written at most every 15 minutes, and read back the same by both connections", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "komok-seen-"));
    const database = await openDatabase(`file:${path.join(dir, "test.db")}`);
    try {
      const first = new Date("2026-12-01T10:00:00.000Z");
      await database.db.user.create({ data: { id: 8n, language: "ru", firstSeenAt: first, lastSeenAt: first } });
      const seen = async (at: Date) => {
        identifyUser(database.db, database.reads.visit(8n, "8").user, 8n, at, () => createLogger("silent"));
        // The write is not waited for: give it time to land (or, when none is due, to not land).
        await waitUntil(() => database.reads.user(8n)!.lastSeenAt.getTime() === at.getTime(), 1_000).catch(() => undefined);
        return [database.reads.user(8n)!.lastSeenAt, (await database.db.user.findUnique({ where: { id: 8n } }))!.lastSeenAt];
      };
      expect(await seen(new Date("2026-12-01T10:14:00.000Z"))).toEqual([first, first]);
      const later = new Date("2026-12-01T10:15:00.123Z");
      expect(await seen(later)).toEqual([later, later]);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
