import { describe, expect, it } from "vitest";
import { Dec, sum } from "../../pricing/decimal";
import { allocateCents } from "./allocate-cents";

const cents = (values: string[]) => allocateCents(values.map((v) => new Dec(v))).map((d) => d.toFixed(2));

describe("allocateCents", () => {
  it("gives three thirds of a dollar 0.34, 0.33, 0.33: they add up to 1.00, rounding each alone gives 0.99", () => {
    expect(cents(["0.3333333333", "0.3333333333", "0.3333333334"])).toEqual(["0.33", "0.33", "0.34"]);
  });

  it("gives the missing cent to the largest remainder, not the largest amount", () => {
    // Sum 10.015 → 10.02 (half-up). Floors 9.00 + 1.01 = 10.01; remainders 0.004 and 0.001 → first.
    expect(cents(["9.004", "1.011"])).toEqual(["9.01", "1.01"]);
  });

  it("keeps whole-cent amounts as they are and handles zero and an empty list", () => {
    expect(cents(["1.25", "0", "2.10"])).toEqual(["1.25", "0.00", "2.10"]);
    expect(cents([])).toEqual([]);
  });

  it("always adds up to the total rounded half-up to the cent", () => {
    const amounts = ["0.005", "0.005", "0.005", "12.3456789", "7.0049999"].map((v) => new Dec(v));
    const rounded = allocateCents(amounts);
    expect(sum(rounded).toFixed(2)).toBe(sum(amounts).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
    expect(sum(rounded).toFixed(2)).toBe("19.37");
  });
});
