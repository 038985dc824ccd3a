// Long texts cut into messages Telegram accepts.
import { describe, expect, it } from "vitest";
import { packBlocks, splitMessage } from "../src/texts.ts";

describe("splitMessage and packBlocks", () => {
  it("splits at line breaks, each part within the limit", () => {
    expect(splitMessage("aaaa\nbbbb\ncc", 9)).toEqual(["aaaa\nbbbb", "cc"]);
    expect(splitMessage("a".repeat(12), 5)).toEqual(["aaaaa"]);
  });

  it("packs whole blocks into as few messages as fit, cutting only a block that alone is too long", () => {
    expect(packBlocks(["aaa", "bbb", "ccc"], 8)).toEqual(["aaa\n\nbbb", "ccc"]);
    // "bbb" would fit after "aaaa" only by cutting it: it goes whole to the next message.
    expect(packBlocks(["aaaa", "bbb"], 8)).toEqual(["aaaa", "bbb"]);
    expect(packBlocks(["x", "1234\n5678\n9", "y"], 9)).toEqual(["x", "1234\n5678", "9\n\ny"]);
    expect(packBlocks([], 10)).toEqual([]);
  });
});
