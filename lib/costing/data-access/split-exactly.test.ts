import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { splitExactly } from "./split-exactly";

const d = (v: string) => new Dec(v);

describe("splitExactly", () => {
  it("splits in proportion and the parts add up to the total at the stored scale", () => {
    const parts = splitExactly(d("1"), [d("1"), d("1"), d("1")], 10);
    expect(parts.map(String)).toEqual(["0.3333333333", "0.3333333333", "0.3333333334"]);
    expect(parts.reduce((a, b) => a.plus(b)).toString()).toBe("1");
  });

  it("gives a zero weight nothing, even when it comes last", () => {
    expect(splitExactly(d("0.9"), [d("2"), d("1"), d("0")], 10).map(String)).toEqual(["0.6", "0.3", "0"]);
  });

  it("refuses a split with no weight", () => {
    expect(() => splitExactly(d("1"), [d("0")], 10)).toThrow(/positive weight/);
  });
});
