// Every message exists in ky.ftl and ru.ftl with the same placeables, is not
// empty, and is written in the language, not left in English.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { FluentParser, Message, Placeable, VariableReference, Visitor, type Pattern } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { localesDir } from "../src/i18n.ts";

function ftlFiles(locale: string): string[] {
  const files = [path.join(localesDir, `${locale}.ftl`)];
  const nested = path.join(localesDir, locale);
  try {
    if (statSync(nested).isDirectory()) {
      for (const f of readdirSync(nested)) if (f.endsWith(".ftl")) files.push(path.join(nested, f));
    }
  } catch {
    /* no nested folder */
  }
  return files;
}

class Variables extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

interface Entry {
  text: string;
  variables: string[];
}

function load(locale: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const file of ftlFiles(locale)) {
    const resource = new FluentParser({ withSpans: false }).parse(readFileSync(file, "utf8"));
    for (const entry of resource.body) {
      if (entry.type === "Junk") throw new Error(`${file}: cannot parse: ${entry.content.slice(0, 80)}`);
      if (!(entry instanceof Message)) continue;
      expect(out.has(entry.id.name), `${entry.id.name} defined twice in ${locale}`).toBe(false);
      const visitor = new Variables();
      visitor.visit(entry);
      out.set(entry.id.name, { text: flatten(entry.value), variables: [...visitor.names].sort() });
    }
  }
  return out;
}

function flatten(pattern: Pattern | null): string {
  if (!pattern) return "";
  return pattern.elements.map((e) => (e instanceof Placeable ? " " : e.value)).join("");
}

const ky = load("ky");
const ru = load("ru");

/** Latin words allowed in citizen-facing text (names of things). */
// (II, III: disability groups are written in Roman numerals in both languages.)
const LATIN_ALLOWED = new Set(["Telegram", "ID", "JSON", "SMS", "COVID", "II", "III", "ky", "ru", "en"]);

function englishLeft(text: string): string[] {
  // Commands: /start for the bot, :sticker for the chat simulator.
  const cleaned = text.replace(/https?:\/\/\S*/g, "").replace(/[/:][a-z_]+/g, "");
  return (cleaned.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
}

describe("locales", () => {
  it("have the same message ids in Kyrgyz and Russian", () => {
    expect([...ky.keys()].sort()).toEqual([...ru.keys()].sort());
    expect(ky.size).toBeGreaterThan(20);
  });

  it("use the same placeables in both languages", () => {
    for (const [id, entry] of ky) expect(entry.variables, id).toEqual(ru.get(id)?.variables);
  });

  it("have no empty message and nothing left in English", () => {
    for (const [locale, entries] of [["ky", ky], ["ru", ru]] as const) {
      for (const [id, entry] of entries) {
        expect(entry.text.trim(), `${locale}:${id} is empty`).not.toBe("");
        expect(englishLeft(entry.text), `${locale}:${id} has Latin words`).toEqual([]);
      }
    }
  });

  it("write Kyrgyz with Kyrgyz letters where the Russian differs", () => {
    // A Kyrgyz file that is a copy of the Russian one would pass the other checks.
    const differing = [...ky].filter(([id, entry]) => entry.text !== ru.get(id)!.text);
    expect(differing.length).toBeGreaterThan(ky.size * 0.8);
    const kyrgyzLetters = differing.filter(([, e]) => /[өүң]/i.test(e.text)).length;
    expect(kyrgyzLetters).toBeGreaterThan(differing.length * 0.5);
  });

  it("give a noun after Kyrgyz 'сиздин' (your) its possessive ending (сиздин облусуңуз, not сиздин облус)", () => {
    const wrong: string[] = [];
    for (const [id, { text }] of ky) {
      for (const match of text.matchAll(/сиздин((?:\s+[^\s.,:;!?»()]+){1,3})/giu)) {
        // The possessed noun is one of the next words (an adjective may come first); a placeable stands for a name.
        const words = match[1]!.trim().split(/\s+/u);
        if (!words.some((w) => /ң[ыиуү]з/u.test(w)) && match[1]!.trim() !== "") wrong.push(`${id}: ${match[0].trim()}`);
      }
    }
    expect(wrong).toEqual([]);
    // "орун" (a place) loses its second vowel before a vowel ending: бош ордуна, not бош орунуна.
    expect([...ky].filter(([, e]) => /орун[уы]н/u.test(e.text)).map(([id]) => id)).toEqual([]);
  });
});
