// Long texts cut into messages Telegram accepts, counted as Telegram counts
// (code points), never losing text and never cutting an emoji in half.
import { describe, expect, it } from "vitest";
import { codePoints, cut, packBlocks, splitMessage } from "../src/texts.ts";

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("splitMessage and packBlocks", () => {
  it("splits at line breaks, each part within the limit", () => {
    expect(splitMessage("aaaa\nbbbb\ncc", 9)).toEqual(["aaaa\nbbbb", "cc"]);
  });

  it("loses no text when one line alone is over the limit: it is cut at spaces, or at characters when there are none", () => {
    expect(splitMessage("a".repeat(12), 5)).toEqual(["aaaaa", "aaaaa", "aa"]);
    expect(splitMessage("один два три четыре", 9)).toEqual(["один два", "три", "четыре"]);
  });

  it("counts emoji as Telegram does (one code point each, not two UTF-16 units) and never splits one", () => {
    const emoji = "😀".repeat(10);
    expect(codePoints(emoji)).toBe(10);
    expect(splitMessage(emoji, 10)).toEqual([emoji]);
    const parts = splitMessage("😀".repeat(7), 3);
    expect(parts).toEqual(["😀😀😀", "😀😀😀", "😀"]);
    // A family emoji (one grapheme of 7 code points) is not split between two messages.
    const family = "👨‍👩‍👧‍👦";
    for (const part of splitMessage(`ab${family}${family}`, 9)) expect(part).not.toMatch(loneSurrogate);
    expect(splitMessage(`ab${family}${family}`, 9).join("")).toBe(`ab${family}${family}`);
  });

  it("packs whole blocks into as few messages as fit, cutting only a block that alone is too long", () => {
    expect(packBlocks(["aaa", "bbb", "ccc"], 8)).toEqual(["aaa\n\nbbb", "ccc"]);
    // "bbb" would fit after "aaaa" only by cutting it: it goes whole to the next message.
    expect(packBlocks(["aaaa", "bbb"], 8)).toEqual(["aaaa", "bbb"]);
    expect(packBlocks(["x", "1234\n5678\n9", "y"], 9)).toEqual(["x", "1234\n5678", "9\n\ny"]);
    expect(packBlocks([], 10)).toEqual([]);
  });
});

describe("cut", () => {
  it("keeps a text that fits and cuts a longer one to the limit with an ellipsis", () => {
    expect(cut("короткий", 10)).toBe("короткий");
    expect(cut("абвгдеёжзий", 5)).toBe("абвг…");
    expect(codePoints(cut("x".repeat(500), 200))).toBe(200);
  });

  it("never leaves half an emoji: Telegram refuses the whole message for one lone surrogate", () => {
    for (let max = 2; max < 12; max++) {
      const out = cut("Привет 😷😷😷 👨‍👩‍👧 мир", max);
      expect(out).not.toMatch(loneSurrogate);
      expect(codePoints(out)).toBeLessThanOrEqual(max);
    }
  });
});

describe("a single character longer than the limit (a letter with many accents)", () => {
  it("is cut by code points instead of stalling", () => {
    const zalgo = `x${"\u0301".repeat(20)}`;
    const parts = splitMessage(zalgo, 8);
    expect(parts.join("")).toBe(zalgo);
    for (const part of parts) expect(codePoints(part)).toBeLessThanOrEqual(8);
    expect(codePoints(cut(`${zalgo} имя`, 6))).toBeLessThanOrEqual(6);
  });
});
