// Finding the fact-checks a message is about. Each fact-check has several
// texts (the claim in Kyrgyz and in Russian, other phrasings); a text matches
// as much as its words are found in the message, each word weighted by how
// rare it is among all fact-checks (so "коронавирус" counts little and
// "сарымсак" much). A long forwarded message therefore still matches the claim
// inside it, and word order does not matter. Words meet by stem (text.ts), by
// a longer or shorter form of the same stem, or with one typo. Pure: no database.
import { isGeneric, stems } from "./text.ts";

export interface Searchable {
  id: string;
  texts: readonly string[];
}

export interface Found {
  id: string;
  /** 0..1: the share of the best text's weight found in the message. */
  score: number;
}

/** The score at which a fact-check is shown; below it the bot says it found nothing. */
export const SHOW_AT = 0.5;
/** A word found with one typo counts this much. */
const TYPO = 0.8;
/** What almost every rumour says (catches, cures, protects, kills) counts this much: the claim is in its nouns. */
const GENERIC_WEIGHT = 0.5;
/** Messages with more content words than this are "long" (forwards). */
const LONG_MESSAGE = 12;

interface Doc {
  factCheck: number;
  /** Distinct stems of the text with their weights. */
  terms: number[];
  weights: number[];
  total: number;
}

/** All one-letter deletions of a word (for typos: two words one edit apart share a deletion, or one is the other's). */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Whether stems a and b are one typo apart (insert, delete, replace, swap of
 * neighbours) before their last letter: stems are cut words, and two words
 * that differ only where they were cut ("перен|осят", "перец") are different
 * words, not a typo.
 */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - 1) return false;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class FactIndex {
  private readonly ids: string[] = [];
  private readonly docs: Doc[] = [];
  /** Stem → term number. */
  private readonly terms = new Map<string, number>();
  private readonly termText: string[] = [];
  /** Term → the docs that have it. */
  private readonly postings: number[][] = [];
  /** First 4 letters → terms (longer and shorter forms of a stem). */
  private readonly byPrefix = new Map<string, number[]>();
  /** One-letter deletions → terms (typos). */
  private readonly byDeletion = new Map<string, number[]>();
  /** A term's weight (its rarity among fact-checks, lighter for general verbs). */
  private readonly termWeight: number[] = [];
  /** The weight of a message word no fact-check has. */
  private readonly unknownWeight: number;
  /** The words found must weigh at least one word that only 1 in 20 fact-checks has (less in a small index). */
  private readonly minFound: number;
  /** Message stem → the terms it meets, with how well (cached per index). */
  private readonly lookups = new Map<string, [number, number][]>();

  constructor(items: readonly Searchable[]) {
    const docStems: { factCheck: number; stems: string[] }[] = [];
    items.forEach((item, n) => {
      this.ids.push(item.id);
      for (const text of item.texts) {
        // A text of one word would match every message with that word: texts need two.
        const list = [...new Set(stems(text))];
        if (list.length >= 2) docStems.push({ factCheck: n, stems: list });
      }
    });
    // How rare a stem is: among fact-checks, not texts (a fact-check's phrasings repeat its words).
    const factChecksWith = new Map<string, Set<number>>();
    for (const d of docStems) for (const s of d.stems) (factChecksWith.get(s) ?? factChecksWith.set(s, new Set()).get(s)!).add(d.factCheck);
    const n = Math.max(items.length, 1);
    this.unknownWeight = Math.log(1 + n);
    this.minFound = Math.min(Math.log(1 + 20), 0.75 * Math.log(1 + n));
    for (const d of docStems) {
      const terms = d.stems.map((s) => this.term(s));
      const weights = d.stems.map((s) => Math.log(1 + n / factChecksWith.get(s)!.size) * (isGeneric(s) ? GENERIC_WEIGHT : 1));
      terms.forEach((t, i) => (this.termWeight[t] = weights[i]!));
      const doc = this.docs.push({ factCheck: d.factCheck, terms, weights, total: weights.reduce((a, b) => a + b, 0) }) - 1;
      for (const t of terms) this.postings[t]!.push(doc);
    }
  }

  private term(s: string): number {
    let t = this.terms.get(s);
    if (t === undefined) {
      t = this.termText.push(s) - 1;
      this.terms.set(s, t);
      this.postings.push([]);
      if (s.length >= 4) (this.byPrefix.get(s.slice(0, 4)) ?? this.byPrefix.set(s.slice(0, 4), []).get(s.slice(0, 4))!).push(t);
      if (s.length >= 4) for (const d of [s, ...deletions(s)]) (this.byDeletion.get(d) ?? this.byDeletion.set(d, []).get(d)!).push(t);
    }
    return t;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The terms a message's stem meets: the same, a longer or shorter form (4 letters and more), or one typo away (at most one of each term). */
  private meet(s: string): [number, number][] {
    const cached = this.lookups.get(s);
    if (cached) return cached;
    const found = new Map<number, number>();
    const exact = this.terms.get(s);
    if (exact !== undefined) found.set(exact, 1);
    if (s.length >= 4) {
      for (const t of this.byPrefix.get(s.slice(0, 4)) ?? []) {
        const other = this.termText[t]!;
        if (other.startsWith(s) || s.startsWith(other)) found.set(t, 1);
      }
      for (const d of [s, ...deletions(s)]) {
        for (const t of this.byDeletion.get(d) ?? []) if (!found.has(t) && oneEdit(s, this.termText[t]!)) found.set(t, TYPO);
      }
    }
    const list = [...found];
    if (this.lookups.size > 50_000) this.lookups.clear();
    this.lookups.set(s, list);
    return list;
  }

  /**
   * The fact-checks a message is about, best first, at or above `minScore`, at
   * most `limit`. `loose` drops the checks that keep chance matches from
   * citizens (two words in common, enough rare ones): for officers' candidates.
   */
  search(message: string, limit = 3, minScore = SHOW_AT, loose = false): Found[] {
    const got = new Map<number, number>(); // term → how well the message has it
    const messageStems = new Set(stems(message));
    // Each word of the message: the terms it meets, and its weight (a word no fact-check has weighs the most).
    const said: { terms: [number, number][]; weight: number }[] = [];
    for (const s of messageStems) {
      const terms = this.meet(s);
      for (const [t, how] of terms) if ((got.get(t) ?? 0) < how) got.set(t, how);
      said.push({ terms, weight: terms.length ? Math.max(...terms.map(([t]) => this.termWeight[t]!)) : this.unknownWeight });
    }
    const saidTotal = said.reduce((sum, w) => sum + w.weight, 0);
    // Only the texts that share a word with the message are scored.
    const candidates = new Set<number>();
    for (const t of got.keys()) for (const d of this.postings[t]!) candidates.add(d);
    const best = new Map<number, number>(); // fact-check → score
    // A long message has many words: it covers a short text by chance more easily, so there a text needs enough rare words found.
    const long = messageStems.size > LONG_MESSAGE;
    for (const d of candidates) {
      const doc = this.docs[d]!;
      let have = 0;
      let words = 0;
      for (let i = 0; i < doc.terms.length; i++) {
        const how = got.get(doc.terms[i]!) ?? 0;
        if (how === 0) continue;
        have += doc.weights[i]! * how;
        words++;
      }
      // One word in common is never enough ("Чеснок подорожал" is not about garlic and COVID),
      // nor are common words alone ("прививка" and "ковид" say nothing about which vaccine rumour).
      if (!loose && (words < 2 || have < this.minFound)) continue;
      // In a long message, a text's score is scaled down unless the words found weigh about two rare words.
      let score = (have / doc.total) * (long ? Math.min(1, have / (2 * this.minFound)) : 1);
      if (!long) {
        // A short message all about a longer text ("вакцинада микрочип бар" and the whole claim) fits it too.
        let covered = 0;
        for (const w of said) if (w.terms.some(([t]) => doc.terms.includes(t))) covered += w.weight;
        score = Math.max(score, (covered / saidTotal) * Math.sqrt(have / doc.total));
      }
      if (score > (best.get(doc.factCheck) ?? 0)) best.set(doc.factCheck, score);
    }
    return [...best]
      .filter(([, score]) => score >= minScore)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([n, score]) => ({ id: this.ids[n]!, score: Math.round(score * 1000) / 1000 }));
  }
}
