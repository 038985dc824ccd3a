// The "what changed" note: said for 12 months after an amount changes, then no more.
import { describe, expect, it } from "vitest";
import { checkHousehold } from "../src/domain/benefits/household.ts";
import { assessHousehold } from "../src/domain/benefits/rules.ts";

const checked = checkHousehold({ monthlyIncome: 0, members: [{ age: 40, sex: "female" }, { age: 8, sex: "male", disability: { group: 1, since: "childhood" } }] });
if (!checked.ok) throw new Error("bad test household");
const keys = (asOf: string) => assessHousehold(checked.household, asOf).benefits.find((b) => b.id === "personal-assistant")!.reasons.map((r) => r.key);

describe("what changed", () => {
  it("is said on the day of a raise and up to a day short of a year after it", () => {
    expect(keys("2024-07-01")).toContain("elig-changed");
    expect(keys("2025-06-30")).toContain("elig-changed");
  });
  it("is not said a year after the raise, nor before it", () => {
    expect(keys("2025-07-01")).not.toContain("elig-changed");
    expect(keys("2024-06-30")).not.toContain("elig-changed");
  });
});
