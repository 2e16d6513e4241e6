import { describe, expect, it } from "vitest";
import { daysBetween, monthsOf } from "./day-window";

describe("monthsOf", () => {
  it("cuts consecutive days at each month, in order", () => {
    expect(monthsOf(daysBetween("2026-10-30", "2026-11-02"))).toEqual([
      ["2026-10-30", "2026-10-31"],
      ["2026-11-01", "2026-11-02"],
    ]);
    expect(monthsOf([])).toEqual([]);
  });
});
