// Fact-checks in the database: import (JSON Lines, upsert by id, bad lines
// reported by number), export, search (an index built from all fact-checks,
// rebuilt when they change), and the queue of rumours nobody's fact-check
// matched, grouped by similarity with everyone who sent one.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { FactIndex, type Claim, type Found } from "../domain/factchecks/search.ts";
import { analyse, stems } from "../domain/factchecks/text.ts";
import type { RowProblem } from "./csv.ts";
import { projectRoot } from "../paths.ts";
import { isIsoDay } from "../time.ts";

/** The starter set: common COVID-19 rumours with sourced explanations. */
export const SEED_FILE = path.join(projectRoot, "prisma", "seed", "factchecks.jsonl");

export const VERDICTS = ["false", "misleading", "true", "unproven"] as const;
export type Verdict = (typeof VERDICTS)[number];

const day = z.string().refine(isIsoDay, "a real date like 2021-03-15");
const both = (max: number) => z.object({ ky: z.string().trim().min(3).max(max), ru: z.string().trim().min(3).max(max) }).strict();

/** One line of the import file (the CLI contract), with optional reviewedAt and verifiedBy. */
export const factCheckLine = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "lower-case letters, digits and dashes, 2–40"),
    claim: both(300),
    verdict: z.enum(VERDICTS),
    explanation: both(1500),
    source: z.string().url().refine((u) => /^https?:\/\//.test(u), "an http(s) link"),
    publishedAt: day,
    reviewedAt: day.optional(),
    verifiedBy: z.string().trim().min(2).max(100).optional(),
    phrasings: z.array(z.string().trim().min(3).max(500)).max(30).optional(),
  })
  .strict();
export type FactCheckLine = z.infer<typeof factCheckLine>;

const toRow = (f: FactCheckLine) => ({
  claimKy: f.claim.ky,
  claimRu: f.claim.ru,
  phrasings: JSON.stringify(f.phrasings ?? []),
  verdict: f.verdict,
  explanationKy: f.explanation.ky,
  explanationRu: f.explanation.ru,
  source: f.source,
  publishedAt: new Date(`${f.publishedAt}T00:00:00Z`),
  reviewedAt: new Date(`${f.reviewedAt ?? f.publishedAt}T00:00:00Z`),
  verifiedBy: f.verifiedBy ?? "",
});

/** Saves one fact-check (new or changed, by id); true when it was new. */
export async function saveFactCheck(db: Db, f: FactCheckLine, now: Date, editedBy: bigint | null = null): Promise<boolean> {
  const existing = await db.factCheck.findUnique({ where: { id: f.id }, select: { id: true } });
  const row = { ...toRow(f), editedBy, updatedAt: now };
  if (existing) await db.factCheck.update({ where: { id: f.id }, data: row });
  else await db.factCheck.create({ data: { id: f.id, ...row, createdAt: now } });
  changed(db);
  return !existing;
}

/** Imports JSON Lines: each good line is saved (by id), each bad one reported with its number and why. */
export async function importFactChecks(db: Db, text: string, now: Date): Promise<{ added: number; updated: number; problems: RowProblem[] }> {
  const problems: RowProblem[] = [];
  let added = 0;
  let updated = 0;
  const seen = new Map<string, number>();
  for (const [i, raw] of text.replace(/^\uFEFF/, "").split(/\r?\n/).entries()) {
    const line = i + 1;
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = factCheckLine.safeParse(json);
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((x) => `${x.path.join(".") || "line"}: ${x.message}`).join("; ") });
      continue;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ line, message: `id: ${parsed.data.id} is already on line ${seen.get(parsed.data.id)}` });
      continue;
    }
    seen.set(parsed.data.id, line);
    if (await saveFactCheck(db, parsed.data, now)) added++;
    else updated++;
  }
  return { added, updated, problems };
}

type Row = Awaited<ReturnType<Db["factCheck"]["findUniqueOrThrow"]>>;

/** A fact-check as the import file writes it. */
export const toLine = (f: Row): FactCheckLine => ({
  id: f.id,
  claim: { ky: f.claimKy, ru: f.claimRu },
  verdict: f.verdict as Verdict,
  explanation: { ky: f.explanationKy, ru: f.explanationRu },
  source: f.source,
  publishedAt: f.publishedAt.toISOString().slice(0, 10),
  reviewedAt: f.reviewedAt.toISOString().slice(0, 10),
  ...(f.verifiedBy ? { verifiedBy: f.verifiedBy } : {}),
  phrasings: JSON.parse(f.phrasings) as string[],
});

export async function exportFactChecks(db: Db): Promise<string[]> {
  return (await db.factCheck.findMany({ orderBy: { id: "asc" } })).map((f) => JSON.stringify(toLine(f)));
}

// ---- search ----------------------------------------------------------------

/** The index per database, or its build in progress: searches arriving together share one build. */
const indexes = new WeakMap<Db, { key: string; index: Promise<FactIndex> }>();
/** Bumped by every change made in this process (the clock may not move between two changes). */
const generations = new WeakMap<Db, number>();
const changed = (db: Db) => generations.set(db, (generations.get(db) ?? 0) + 1);
const seedings = new WeakMap<Db, Promise<unknown>>();

/** The search index of all fact-checks, rebuilt only when one was added or changed (by this process or another). */
export async function factIndex(db: Db): Promise<FactIndex> {
  let stats = await db.factCheck.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  // A new database starts with the starter set (once, however many searches wait for it).
  if (stats._count._all === 0 && existsSync(SEED_FILE)) {
    let seeding = seedings.get(db);
    if (!seeding) {
      seeding = importFactChecks(db, readFileSync(SEED_FILE, "utf8"), new Date()).finally(() => seedings.delete(db));
      seedings.set(db, seeding);
    }
    await seeding;
    stats = await db.factCheck.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  }
  const key = `${generations.get(db) ?? 0}:${stats._count._all}:${stats._max.updatedAt?.getTime() ?? 0}`;
  const cached = indexes.get(db);
  if (cached?.key === key) return cached.index;
  // Only what the search reads: explanations and sources are fetched when a fact-check is shown.
  const index = db.factCheck
    .findMany({ orderBy: { id: "asc" }, select: { id: true, claimRu: true, claimKy: true, phrasings: true } })
    .then((all) => new FactIndex(all.map((f) => ({ id: f.id, texts: [f.claimRu, f.claimKy, ...(JSON.parse(f.phrasings) as string[])] }))));
  const entry = { key, index };
  indexes.set(db, entry);
  // A failed build is not kept: the next search tries again.
  index.catch(() => indexes.get(db) === entry && indexes.delete(db));
  return index;
}

/**
 * The fact-checks a message is about, best first, each "sure" or "possible"
 * (only those the bot would show); `minScore` and `loose` list weaker ones
 * as possible (officers' candidates).
 */
export async function searchFactChecks(db: Db, text: string, limit = 3, minScore: number | null = null, loose = false): Promise<Found[]> {
  return (await factIndex(db)).search(text, limit, minScore, loose);
}

/** The claims of a message (a forward may carry several), each with its candidates. */
export async function factClaims(db: Db, text: string): Promise<Claim[]> {
  return (await factIndex(db)).claims(text);
}

// ---- the rumour queue ------------------------------------------------------

/** How close a new message must be to a queued rumour to join its group. */
const SAME_RUMOUR = 0.6;
/** Longest text kept of a rumour. */
const KEEP_CHARS = 2000;
/** A linked rumour up to this long is added to the fact-check's phrasings (a long forward would match too much). */
const LEARN_CHARS = 300;
const MAX_PHRASINGS = 30;

/** Open rumours one person may have waiting for the officers: more are not queued until those are answered. */
export const OPEN_RUMOURS_PER_PERSON = 5;
/** Days an open rumour nobody asked again waits before it is closed as stale (its askers' texts with it). */
export const RUMOUR_STALE_DAYS = 30;
/** Of each text, the start that grouping reads (a long forward says what it is about first). */
const GROUP_CHARS = 300;
/** Open rumours scored closely for a new one: those sharing the most keys with it. */
const CANDIDATES = 20;
/** Of a candidate, its own text and at most this many more askers' texts are scored. */
const TEXTS_PER_CANDIDATE = 4;
/** Open rumours queued before RumourKey existed, keyed per call until none is left. */
const BACKFILL = 200;

/** The grouping keys of a text's start (distinct). */
const groupKeys = (text: string): string[] => [...new Set(analyse(text.slice(0, GROUP_CHARS)).flatMap((w) => w.keys))];

type KeyWriter = Pick<Db, "rumourKey">;
async function writeKeys(db: KeyWriter, rumourId: number, userId: bigint, text: string): Promise<void> {
  const keys = groupKeys(text);
  if (keys.length) await db.rumourKey.createMany({ data: keys.map((key) => ({ rumourId, userId, key })) });
}

/**
 * Databases seen with every open rumour keyed: new rumours are keyed as they
 * are queued, so once none is left unkeyed the look is not made again.
 */
const allKeyed = new WeakSet<Db>();

/** Open rumours from before RumourKey get their keys (a few hundred per call); returns how many. */
export async function backfillRumourKeys(db: Db): Promise<number> {
  if (allKeyed.has(db)) return 0;
  const unkeyed = await db.rumour.findMany({ where: { status: "open", keyed: false }, take: BACKFILL, select: { id: true } });
  if (unkeyed.length === 0) allKeyed.add(db);
  for (const r of unkeyed) {
    await db.$transaction(async (tx) => {
      // Still open and unkeyed (closed meanwhile: its texts are gone, no keys to add).
      if ((await tx.rumour.updateMany({ where: { id: r.id, status: "open", keyed: false }, data: { keyed: true } })).count === 0) return;
      const askers = await tx.rumourAsker.findMany({ where: { rumourId: r.id }, select: { userId: true, text: true } });
      await tx.rumourKey.deleteMany({ where: { rumourId: r.id } });
      for (const a of askers) await writeKeys(tx, r.id, a.userId, a.text);
    });
  }
  return unkeyed.length;
}

/**
 * The open rumour a new message belongs to, if any. Candidates come from SQL:
 * the open rumours sharing the most keys with the message's start; only those
 * are scored closely (by their start and a few askers' texts), either way
 * round: a queued rumour inside the new message, or the new message inside a
 * long queued one. The work is the same however many rumours are open, and
 * no index of the rumours is kept in memory.
 */
async function sameRumour(db: Db, kept: string): Promise<number | undefined> {
  await backfillRumourKeys(db);
  const keys = groupKeys(kept);
  if (keys.length === 0) return undefined;
  // Distinct keys shared (a group's many askers repeat its words), the newest first among equals.
  const shared = await db.$queryRaw<{ rumourId: number }[]>`
    SELECT k.rumourId AS rumourId FROM RumourKey k JOIN Rumour r ON r.id = k.rumourId
    WHERE r.status = 'open' AND k.key IN (${Prisma.join(keys)})
    GROUP BY k.rumourId ORDER BY COUNT(DISTINCT k.key) DESC, k.rumourId DESC LIMIT ${CANDIDATES}`;
  if (shared.length === 0) return undefined;
  const candidates = await db.rumour.findMany({
    where: { id: { in: shared.map((c) => Number(c.rumourId)) }, status: "open" },
    select: { id: true, text: true, askers: { select: { text: true }, orderBy: { createdAt: "desc" }, take: TEXTS_PER_CANDIDATE } },
  });
  const start = (text: string) => text.slice(0, GROUP_CHARS);
  const index = new FactIndex(candidates.map((r) => ({ id: String(r.id), texts: [...new Set([r.text, ...r.askers.map((a) => a.text)].filter(Boolean).map(start))] })), false);
  const near = index.search(start(kept), 1, SAME_RUMOUR).find((f) => f.score >= SAME_RUMOUR);
  if (near) return Number(near.id);
  const reverse = new FactIndex([{ id: "new", texts: [start(kept)] }], false);
  const scored = candidates
    .map((r) => ({ id: r.id, score: reverse.search(start(r.text), 1, SAME_RUMOUR).find((f) => f.score >= SAME_RUMOUR)?.score ?? 0 }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.id;
}

/**
 * Queues a rumour nobody's fact-check matched: it joins the open group it is
 * closest to (or starts one); the person is added once to its askers. Someone
 * with OPEN_RUMOURS_PER_PERSON open already is not queued ("capped").
 */
export async function queueRumour(
  db: Db,
  userId: bigint,
  text: string,
  now: Date,
): Promise<{ rumourId: number; askers: number; isNew: boolean; capped?: false } | { capped: true }> {
  const kept = text.slice(0, KEEP_CHARS);
  const waiting = await db.rumourAsker.count({ where: { userId, toldAt: null, rumour: { status: "open" } } });
  if (waiting >= OPEN_RUMOURS_PER_PERSON) return { capped: true };
  const nearId = await sameRumour(db, kept);
  const rumour = await db.$transaction(async (tx) => {
    // Joined only while still open (an officer may have closed it, or its only asker deleted it, meanwhile).
    const joined = nearId !== undefined && (await tx.rumour.updateMany({ where: { id: nearId, status: "open" }, data: { lastAskedAt: now } })).count === 1;
    const r = joined
      ? { id: nearId }
      : await tx.rumour.create({ data: { text: kept, status: "open", createdAt: now, lastAskedAt: now, keyed: true } });
    const known = await tx.rumourAsker.findUnique({ where: { rumourId_userId: { rumourId: r.id, userId } }, select: { userId: true } });
    if (!known) {
      await tx.rumourAsker.create({ data: { rumourId: r.id, userId, text: kept, createdAt: now } });
      await writeKeys(tx, r.id, userId, kept);
    }
    return r;
  });
  return { rumourId: rumour.id, askers: await db.rumourAsker.count({ where: { rumourId: rumour.id } }), isNew: rumour.id !== nearId };
}

/**
 * Closes open rumours nobody asked again for `days` (officers never took them
 * up): their askers' texts are let go. Returns how many.
 */
export async function expireStaleRumours(db: Db, now: Date, days = RUMOUR_STALE_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const stale = (await tx.rumour.findMany({ where: { status: "open", lastAskedAt: { lt: cutoff } }, select: { id: true } })).map((r) => r.id);
    if (stale.length === 0) return 0;
    await tx.rumour.updateMany({ where: { id: { in: stale }, status: "open" }, data: { status: "expired", decidedAt: now, text: "" } });
    await tx.rumourAsker.updateMany({ where: { rumourId: { in: stale } }, data: { text: "" } });
    await tx.rumourKey.deleteMany({ where: { rumourId: { in: stale } } });
    return stale.length;
  });
}

/** The open rumours, most asked first (sorted and cut by the database). */
export async function rumourQueue(db: Db, limit = 50) {
  const open = await db.rumour.findMany({
    where: { status: "open" },
    select: { id: true, text: true, createdAt: true, lastAskedAt: true, _count: { select: { askers: true } } },
    orderBy: [{ askers: { _count: "desc" } }, { lastAskedAt: "desc" }],
    take: limit,
  });
  return open.map((r) => ({ id: r.id, text: r.text, askers: r._count.askers, createdAt: r.createdAt, lastAskedAt: r.lastAskedAt }));
}

/**
 * Answers an open rumour with a fact-check: returns the askers not told yet
 * (to be told now), or null when the rumour was answered or dismissed already.
 */
export async function answerRumour(db: Db, rumourId: number, factCheckId: string, by: bigint, now: Date): Promise<bigint[] | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.rumour.updateMany({ where: { id: rumourId, status: "open" }, data: { status: "linked", factCheckId, decidedAt: now, decidedBy: by } });
    if (count === 0) return null;
    // The bot learns: a short rumour an officer matched becomes a phrasing of the fact-check, so the next one is found at once.
    const rumour = await tx.rumour.findUniqueOrThrow({ where: { id: rumourId } });
    if (await learnPhrasing(tx, factCheckId, rumour.text, now)) changed(db);
    const askers = await tx.rumourAsker.findMany({ where: { rumourId, toldAt: null }, select: { userId: true } });
    // What they sent was for the officers; once answered it is not kept (nor the keys read from it).
    await tx.rumourAsker.updateMany({ where: { rumourId }, data: { toldAt: now, text: "" } });
    await tx.rumourKey.deleteMany({ where: { rumourId } });
    return askers.map((a) => a.userId);
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Adds a message an officer matched to a fact-check's phrasings (a short one, with at least two words to search by); true when added. */
async function learnPhrasing(tx: Tx, factCheckId: string, message: string, now: Date): Promise<boolean> {
  const text = message.trim();
  const fact = await tx.factCheck.findUnique({ where: { id: factCheckId }, select: { phrasings: true } });
  if (!fact || text.length > LEARN_CHARS || stems(text).length < 2) return false;
  const phrasings = (JSON.parse(fact.phrasings) as string[]).filter((p) => p !== text);
  await tx.factCheck.update({ where: { id: factCheckId }, data: { phrasings: JSON.stringify([...phrasings, text].slice(-MAX_PHRASINGS)), updatedAt: now } });
  return true;
}

// ---- "did you mean" picks -------------------------------------------------

/** Keeps a citizen's pick among "did you mean" candidates for the officers to confirm (once per person, fact-check and text). */
export async function recordPick(db: Db, userId: bigint, factCheckId: string, text: string, now: Date): Promise<number | null> {
  const kept = text.slice(0, KEEP_CHARS);
  // A fact-check removed since it was offered: nothing to confirm.
  if (!(await db.factCheck.findUnique({ where: { id: factCheckId }, select: { id: true } }))) return null;
  const same = await db.factCheckPick.findFirst({ where: { userId, factCheckId, text: kept, status: "pending" }, select: { id: true } });
  if (same) return same.id;
  return (await db.factCheckPick.create({ data: { userId, factCheckId, text: kept, status: "pending", createdAt: now } })).id;
}

/** The picks waiting for an officer, oldest first. */
export async function pendingPicks(db: Db, limit = 10) {
  const [rows, total] = await Promise.all([
    db.factCheckPick.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take: limit, select: { id: true, factCheckId: true, text: true, createdAt: true } }),
    db.factCheckPick.count({ where: { status: "pending" } }),
  ]);
  return { rows, total };
}

/**
 * An officer confirms a pick (its text becomes a phrasing of the fact-check,
 * when short enough) or rejects it; the text is not kept after. Null when
 * it was decided already; otherwise whether the search learned it.
 */
export async function decidePick(db: Db, pickId: number, confirm: boolean, by: bigint, now: Date): Promise<{ learned: boolean; factCheckId: string } | null> {
  const result = await db.$transaction(async (tx) => {
    const pick = await tx.factCheckPick.findUnique({ where: { id: pickId } });
    if (!pick || pick.status !== "pending") return null;
    const { count } = await tx.factCheckPick.updateMany({ where: { id: pickId, status: "pending" }, data: { status: confirm ? "confirmed" : "rejected", decidedAt: now, decidedBy: by, text: "" } });
    if (count === 0) return null;
    const learned = confirm ? await learnPhrasing(tx, pick.factCheckId, pick.text, now) : false;
    return { learned, factCheckId: pick.factCheckId };
  });
  if (result?.learned) changed(db);
  return result;
}

/** Dismisses an open rumour (not a claim): returns its askers (to be told), or null when it was decided already. */
export async function dismissRumour(db: Db, rumourId: number, by: bigint, now: Date): Promise<bigint[] | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.rumour.updateMany({ where: { id: rumourId, status: "open" }, data: { status: "dismissed", decidedAt: now, decidedBy: by } });
    if (count === 0) return null;
    const askers = await tx.rumourAsker.findMany({ where: { rumourId, toldAt: null }, select: { userId: true } });
    await tx.rumourAsker.updateMany({ where: { rumourId }, data: { toldAt: now, text: "" } });
    await tx.rumourKey.deleteMany({ where: { rumourId } });
    return askers.map((a) => a.userId);
  });
}

// ---- subscriptions ---------------------------------------------------------

export const COVID_TOPIC = "covid";

export async function subscribe(db: Db, userId: bigint, topic: string, now: Date): Promise<boolean> {
  const existing = await db.subscription.findUnique({ where: { userId_topic: { userId, topic } } });
  if (existing) return false;
  await db.subscription.create({ data: { userId, topic, createdAt: now } });
  return true;
}

export async function unsubscribe(db: Db, userId: bigint, topic?: string): Promise<number> {
  return (await db.subscription.deleteMany({ where: { userId, ...(topic ? { topic } : {}) } })).count;
}
