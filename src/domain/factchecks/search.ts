// Finding the fact-checks a message is about. Each fact-check has several
// texts (the claim in Kyrgyz and in Russian, other phrasings). A message is
// read part by part (sentences, neighbouring pairs, and the whole when short):
// a forward carries its claim in one or two sentences, and may carry several
// claims. A part is scored against each text by its words (text.ts: concepts
// of the domain lexicon, Russian and Kyrgyz stems), each weighted by how rare
// it is among fact-checks:
// - recall: how much of the text the part says;
// - coverage: how much of what the part says the fact-check explains (a word
//   no fact-check has weighs a lot, so a message about something else that
//   shares a word or two scores low).
// Words meet by key, as a longer or shorter form, with one typo, or, when
// nothing else meets them, by their letters (trigram Dice) against the
// words of the texts and the lexicon: misspellings and transliterations.
// A fact-check's score is its best over the parts; "sure" above one
// threshold with a lead over the next, "possible" above a lower one.
// Pure: no database.
import { analyse, lexiconWords, sentences, vowelMask, type Word } from "./text.ts";

export interface Searchable {
  id: string;
  texts: readonly string[];
}

/** How sure a match is: shown as the answer, or offered as "did you mean". */
export type Band = "sure" | "possible";

export interface Found {
  id: string;
  /** 0..1 */
  score: number;
  band: Band;
}

/** A claim found in a message: the part that says it and its candidates, best first. */
export interface Claim {
  part: string;
  matches: Found[];
}

/** The thresholds and weights of the score (tuned on the tuning sets only: test/factchecks/labelled, tuning, tuning2, retired-heldout). */
export const TUNING = {
  /** At or above: shown as the answer. */
  sure: 0.55,
  /** At or above: offered as "did you mean". */
  possible: 0.45,
  /** At or above, a candidate after a first one that is shown is offered too. */
  follow: 0.35,
  /** A sure match must lead the next fact-check by this much, else it is only possible. */
  margin: 0.04,
  /** Recall's exponent in the score (coverage gets the rest). */
  recall: 0.6,
  /** A word found as a longer or shorter form, with one typo, or by its letters counts this much. */
  form: 0.9,
  typo: 0.75,
  letters: 0.7,
  /** Least trigram Dice for a word met by its letters. */
  dice: 0.62,
  /** A message word no fact-check has weighs this share of the rarest word. */
  unknown: 0.6,
  /** A text weighs at least this share of the rarest word in recall (a two-word phrasing is not the whole claim). */
  floor: 1.5,
  /** A message that names neither the illness nor the vaccine scores this share. */
  offTopic: 0.6,
};

/** Concepts nearly every rumour has (the illness, curing, catching, killing, spreading): found alone they say nothing about which claim it is. */
const GENERIC = new Set(["#covid", "#remedy", "#infect", "#kill", "#spread", "#cause", "#change"]);

/** What a COVID-19 claim is about: the illness or the vaccine. */
const TOPIC = new Set(["#covid", "#vaccine"]);

/** A part needs this many content words to be searched alone (one word is never a claim). */
const MIN_WORDS = 2;

interface Slot {
  keys: number[];
  weight: number;
}

interface Doc {
  factCheck: number;
  slots: Slot[];
  total: number;
  /** Whether the text names the illness or the vaccine. */
  topic: boolean;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two stems are one typo apart (insert, delete, replace, swap of neighbours). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A word's letter trigrams, padded at the start (and at the end unless it is a prefix). */
function trigrams(word: string, prefix = false): Set<string> {
  const padded = prefix ? ` ${word}` : ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

export class FactIndex {
  private readonly ids: string[] = [];
  private readonly docs: Doc[] = [];
  /** Word key → key number; its text; its weight; the docs and slots that have it (pairs); the fact-checks that have it. */
  private readonly keys = new Map<string, number>();
  private readonly keyText: string[] = [];
  private readonly keyWeight: number[] = [];
  private readonly keyPostings: number[][] = [];
  private readonly keyFactChecks: number[][] = [];
  /** First 4 letters → keys (longer and shorter forms); one-letter deletions → keys (typos). */
  private readonly byPrefix = new Map<string, number[]>();
  private readonly byDeletion = new Map<string, number[]>();
  /** Words of the texts and the lexicon (folded), with the keys they stand for; trigram → those words. */
  private readonly vocab: { grams: number; keys: number[] }[] = [];
  private readonly vocabByGram = new Map<string, number[]>();
  /** The same words with their vowels masked (whole words; the lexicon's prefixes apart, longest first). */
  private readonly masked = new Map<string, number[]>();
  /** The lexicon's prefixes with vowels masked, by their first 5 letters (all are 6 or longer), longest first. */
  private readonly maskedPrefixes = new Map<string, [string, number][]>();
  private readonly maxWeight: number;
  /** The words found must weigh at least this (about one word that only 1 in 20 fact-checks has). */
  private readonly minFound: number;
  private readonly lookups = new Map<string, [number, number][]>();
  /** Key number → whether it is one of the GENERIC concepts. */
  private readonly generic: boolean[] = [];

  /**
   * `topical`: the texts are COVID-19 claims, so a message that names neither
   * the illness nor the vaccine scores less (false for grouping any rumours).
   */
  constructor(
    items: readonly Searchable[],
    private readonly topical = true,
  ) {
    const n = Math.max(items.length, 1);
    const parsed: { factCheck: number; words: Word[] }[] = [];
    items.forEach((item, f) => {
      this.ids.push(item.id);
      for (const text of item.texts) {
        const words = analyse(text);
        // A text of one word would match every message with that word: texts need two.
        if (new Set(words.map((w) => w.keys.join(" "))).size >= 2) parsed.push({ factCheck: f, words });
      }
    });
    // How rare a key is: among fact-checks, not texts (a fact-check's phrasings repeat its words).
    const keyFcs = new Map<string, Set<number>>();
    for (const p of parsed) for (const w of p.words) for (const k of w.keys) (keyFcs.get(k) ?? keyFcs.set(k, new Set()).get(k)!).add(p.factCheck);
    const idf = (df: number) => Math.log(1 + n / df);
    this.maxWeight = Math.log(1 + n);
    this.minFound = Math.min(Math.log(1 + 20), 0.75 * Math.log(1 + n));
    const vocabWords = new Map<string, Set<number>>();
    for (const p of parsed) {
      const doc = this.docs.length;
      const seen = new Set<string>();
      const slots: Slot[] = [];
      for (const w of p.words) {
        const keys = w.keys.map((k) => this.key(k, keyFcs.get(k)!.size, idf));
        if (w.folded.length >= 4) for (const k of keys) (vocabWords.get(w.folded) ?? vocabWords.set(w.folded, new Set()).get(w.folded)!).add(k);
        const id = w.keys.join(" ");
        if (seen.has(id)) continue;
        seen.add(id);
        slots.push({ keys, weight: Math.max(...keys.map((k) => this.keyWeight[k]!)) });
      }
      slots.forEach((s, i) => {
        for (const k of s.keys) {
          this.keyPostings[k]!.push(doc, i);
          const fcs = this.keyFactChecks[k]!;
          if (fcs.at(-1) !== p.factCheck) fcs.push(p.factCheck);
        }
      });
      this.docs.push({ factCheck: p.factCheck, slots, total: slots.reduce((a, s) => a + s.weight, 0), topic: p.words.some((w) => TOPIC.has(w.keys[0]!)) });
    }
    const addVocab = (grams: Set<string>, keys: number[]) => {
      const v = this.vocab.push({ grams: grams.size, keys }) - 1;
      for (const g of grams) push(this.vocabByGram, g, v);
    };
    for (const [word, keys] of vocabWords) {
      addVocab(trigrams(word), [...keys]);
      if (word.length >= 5) for (const k of keys) push(this.masked, vowelMask(word), k);
    }
    // The lexicon's words too, for concepts the texts have: "привифку" meets "привив…" (#vaccine).
    const masks: [string, number][] = [];
    for (const { word, concept, prefix } of lexiconWords()) {
      const k = this.keys.get(`#${concept}`);
      if (k === undefined || word.length < 4) continue;
      addVocab(trigrams(word, prefix), [k]);
      // Masked, a whole word meets only a whole word; a prefix of 6 letters or more, the words it begins.
      if (!prefix && word.length >= 5) push(this.masked, vowelMask(word), k);
      if (prefix && word.length >= 6) masks.push([vowelMask(word), k]);
    }
    masks.sort((a, b) => b[0].length - a[0].length);
    for (const entry of masks) push(this.maskedPrefixes, entry[0].slice(0, 5), entry);
  }

  private key(text: string, df: number, idf: (df: number) => number): number {
    let k = this.keys.get(text);
    if (k === undefined) {
      k = this.keyText.push(text) - 1;
      this.keys.set(text, k);
      this.keyWeight.push(idf(df));
      this.generic.push(GENERIC.has(text));
      this.keyPostings.push([]);
      this.keyFactChecks.push([]);
      if (!text.startsWith("#") && text.length >= 4) {
        push(this.byPrefix, text.slice(0, 4), k);
        for (const d of [text, ...deletions(text)]) push(this.byDeletion, d, k);
      }
    }
    return k;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The keys a message key meets: itself, a longer or shorter form (4 letters and more), or one typo away. */
  private meetKey(s: string, typos: boolean): [number, number][] {
    const cacheKey = typos ? `!${s}` : s;
    const cached = this.lookups.get(cacheKey);
    if (cached) return cached;
    const found = new Map<number, number>();
    const exact = this.keys.get(s);
    if (exact !== undefined) found.set(exact, 1);
    if (!s.startsWith("#") && s.length >= 4) {
      for (const k of this.byPrefix.get(s.slice(0, 4)) ?? []) {
        const other = this.keyText[k]!;
        if (!found.has(k) && (other.startsWith(s) || s.startsWith(other)) && Math.abs(other.length - s.length) <= 4) found.set(k, TUNING.form);
      }
      if (typos && s.length >= 5) {
        for (const d of [s, ...deletions(s)]) {
          for (const k of this.byDeletion.get(d) ?? []) if (!found.has(k) && this.keyText[k]!.length >= 5 && oneEdit(s, this.keyText[k]!)) found.set(k, TUNING.typo);
        }
      }
    }
    const list = [...found];
    if (this.lookups.size > 50_000) this.lookups.clear();
    this.lookups.set(cacheKey, list);
    return list;
  }

  /** The keys a message word meets; when none, those of the known word closest in letters (Dice of trigrams). */
  private meetWord(w: Word): [number, number][] {
    const meet = (typos: boolean) => {
      const met = new Map<number, number>();
      for (const key of w.keys) for (const [k, how] of this.meetKey(key, typos)) if ((met.get(k) ?? 0) < how) met.set(k, how);
      return [...met];
    };
    const exact = meet(false);
    if (exact.length > 0 || w.folded.length < 5) return exact.length > 0 || w.folded.length < 4 ? exact : meet(true);
    const cacheKey = `~${w.folded}`;
    const cached = this.lookups.get(cacheKey);
    if (cached) return cached;
    // A vowel typed wrong: the same word with its vowels masked, or a lexicon word it begins with.
    const mask = vowelMask(w.folded);
    const prefix = (this.maskedPrefixes.get(mask.slice(0, 5)) ?? []).find(([p]) => mask.startsWith(p));
    const sameMask = this.masked.get(mask) ?? (prefix ? [prefix[1]] : undefined);
    if (sameMask) {
      const list: [number, number][] = [...new Set(sameMask)].map((k) => [k, TUNING.letters]);
      this.lookups.set(cacheKey, list);
      return list;
    }
    // One letter added, missed, replaced or two swapped.
    const typo = meet(true);
    if (typo.length > 0) {
      this.lookups.set(cacheKey, typo);
      return typo;
    }
    const grams = trigrams(w.folded);
    const shared = new Map<number, number>();
    // Misspellings keep a word's first letters: only words that begin alike are compared.
    const first = ` ${w.folded.slice(0, 2)}`;
    for (const v of this.vocabByGram.get(first) ?? []) shared.set(v, 0);
    for (const g of grams) for (const v of this.vocabByGram.get(g) ?? []) if (shared.has(v)) shared.set(v, shared.get(v)! + 1);
    let best = -1;
    let bestDice = TUNING.dice;
    for (const [v, common] of shared) {
      const dice = (2 * common) / (grams.size + this.vocab[v]!.grams);
      if (dice > bestDice) {
        best = v;
        bestDice = dice;
      }
    }
    const list: [number, number][] = best < 0 ? [] : this.vocab[best]!.keys.map((k) => [k, TUNING.letters]);
    this.lookups.set(cacheKey, list);
    return list;
  }

  /** Scores of the fact-checks one part of a message reaches. */
  private scorePart(words: readonly Word[], loose: boolean, onTopic = true): Map<number, number> {
    const out = new Map<number, number>();
    const got = new Map<number, number>();
    const said: { keys: [number, number][]; weight: number }[] = [];
    const seen = new Set<string>();
    for (const w of words) {
      const id = w.keys.join(" ");
      if (seen.has(id)) continue;
      seen.add(id);
      const keys = this.meetWord(w);
      for (const [k, how] of keys) if ((got.get(k) ?? 0) < how) got.set(k, how);
      said.push({ keys, weight: keys.length ? Math.max(...keys.map(([k]) => this.keyWeight[k]!)) : TUNING.unknown * this.maxWeight });
    }
    if (said.length === 0 || got.size === 0) return out;
    const saidTotal = said.reduce((a, s) => a + s.weight, 0);
    // Coverage: how much of what the part says each fact-check has (in any of its texts).
    const covered = new Map<number, number>();
    for (const s of said) {
      const fcs = new Map<number, number>();
      for (const [k, how] of s.keys) for (const f of this.keyFactChecks[k]!) if ((fcs.get(f) ?? 0) < how) fcs.set(f, how);
      for (const [f, how] of fcs) covered.set(f, (covered.get(f) ?? 0) + s.weight * how);
    }
    // Recall: how much of each text the part says (a text's word counts once, however many of its keys are met).
    // Unless loose, a text needs a specific word in common: those reached only by generic concepts (the illness,
    // "cures"…, in most texts) are not even looked at. Texts are counted by the words they share, and only those
    // with two or more are scored.
    const docs: number[] = [];
    const shared = new Map<number, number>();
    for (const k of got.keys()) {
      if (!loose && this.generic[k]) continue;
      const p = this.keyPostings[k]!;
      for (let i = 0; i < p.length; i += 2) {
        const d = p[i]!;
        const n = shared.get(d);
        if (n === undefined) docs.push(d);
        shared.set(d, (n ?? 0) + 1);
      }
    }
    if (!loose) {
      // Generic words count towards the two, once a specific one was found.
      for (const k of got.keys()) {
        if (!this.generic[k]) continue;
        const p = this.keyPostings[k]!;
        for (let i = 0; i < p.length; i += 2) {
          const n = shared.get(p[i]!);
          if (n !== undefined) shared.set(p[i]!, n + 1);
        }
      }
    }
    for (const d of docs) {
      // Fewer than two word-keys in common: fewer than two words (a word may have two keys, so this only skips, never drops).
      if (!loose && shared.get(d)! < 2) continue;
      const doc = this.docs[d]!;
      let have = 0;
      let found = 0;
      let specific = false;
      for (const slot of doc.slots) {
        let how = 0;
        for (const k of slot.keys) how = Math.max(how, got.get(k) ?? 0);
        if (how === 0) continue;
        have += slot.weight * how;
        found++;
        specific ||= slot.keys.some((k) => !this.generic[k]);
      }
      // One word in common is never enough ("Чеснок подорожал" is not about garlic and COVID), nor common words alone.
      if (!loose && (found < 2 || have < this.minFound || !specific)) continue;
      const recall = have / Math.max(doc.total, TUNING.floor * this.maxWeight);
      const coverage = (covered.get(doc.factCheck) ?? 0) / saidTotal;
      // Claims name the illness or the vaccine: a message that names neither, for a text that does, is more likely about something else.
      const scale = onTopic || !this.topical || !doc.topic ? 1 : TUNING.offTopic;
      const score = scale * recall ** TUNING.recall * coverage ** (1 - TUNING.recall);
      if (score > (out.get(doc.factCheck) ?? 0)) out.set(doc.factCheck, score);
    }
    return out;
  }

  /** The parts of a message worth scoring: each sentence, neighbouring pairs, and the whole when it is short. */
  private parts(message: string): { text: string; words: Word[] }[] {
    const list = sentences(message).map((text) => ({ text, words: analyse(text) })).filter((p) => p.words.length > 0);
    const out = list.filter((p) => p.words.length >= MIN_WORDS);
    for (let i = 0; i + 1 < list.length; i++) out.push({ text: `${list[i]!.text} ${list[i + 1]!.text}`, words: [...list[i]!.words, ...list[i + 1]!.words] });
    const all = list.flatMap((p) => p.words);
    // The whole message when short (or when no sentence has two words: officers look fact-checks up by one word).
    if ((list.length > 2 && all.length <= 30) || (out.length === 0 && all.length > 0)) out.push({ text: message, words: all });
    return out;
  }

  /** Each part's scores, and the message's (each fact-check's best over the parts). */
  private scores(message: string, loose: boolean): { parts: { text: string; scores: Map<number, number> }[]; best: Map<number, number> } {
    const parts = this.parts(message);
    const onTopic = parts.some((p) => p.words.some((w) => TOPIC.has(w.keys[0]!)));
    const best = new Map<number, number>();
    const scored = parts.map((part) => {
      const scores = this.scorePart(part.words, loose, onTopic);
      for (const [f, s] of scores) if (s > (best.get(f) ?? 0)) best.set(f, s);
      return { text: part.text, scores };
    });
    return { parts: scored, best };
  }

  private rank(scores: Map<number, number>, limit: number, minScore: number | null): Found[] {
    const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const out: Found[] = [];
    for (const [i, [f, score]] of sorted.entries()) {
      if (out.length >= limit) break;
      const lead = score - (sorted[i + 1]?.[1] ?? 0);
      // After a first match that is shown, the next candidates need less: they are only offered, and a message about something else has no first.
      const least = out.length > 0 ? Math.min(TUNING.possible, TUNING.follow) : TUNING.possible;
      const band: Band | null =
        i === 0 && score >= TUNING.sure && lead >= TUNING.margin ? "sure" : score >= least || (minScore !== null && score >= minScore) ? "possible" : null;
      if (band) out.push({ id: this.ids[f]!, score: Math.round(score * 1000) / 1000, band });
    }
    return out;
  }

  /**
   * The fact-checks a message is about, best first, at most `limit`: the
   * first may be sure, the others are possible. `minScore` with `loose` (for
   * officers' candidates) lists weaker ones too.
   */
  search(message: string, limit = 3, minScore: number | null = null, loose = false): Found[] {
    return this.rank(this.scores(message, loose).best, limit, minScore);
  }

  /**
   * The distinct claims of a message, in the order it says them (at most
   * `max`), each with its candidates: a part's best fact-check when sure
   * makes a claim. A message with one claim (or none sure) is one claim with
   * the whole message's candidates.
   */
  claims(message: string, max = 3): Claim[] {
    const { parts, best } = this.scores(message, false);
    const whole = this.rank(best, 5, null);
    const found: { id: string; part: number; score: number }[] = [];
    parts.forEach((part, at) => {
      const top = this.rank(part.scores, 1, null)[0];
      if (!top || top.band !== "sure") return;
      const known = found.find((c) => c.id === top.id);
      if (!known) found.push({ id: top.id, part: at, score: top.score });
      else if (top.score > known.score) Object.assign(known, { part: at, score: top.score });
    });
    if (found.length <= 1) return whole.length ? [{ part: message, matches: whole }] : [];
    return found
      .sort((a, b) => a.part - b.part)
      .slice(0, max)
      .map((c) => {
        const others = this.rank(parts[c.part]!.scores, 3, null).filter((m) => m.id !== c.id);
        return { part: parts[c.part]!.text, matches: [{ id: c.id, score: c.score, band: "sure" as Band }, ...others.map((m) => ({ ...m, band: "possible" as Band }))].slice(0, 3) };
      });
  }
}
