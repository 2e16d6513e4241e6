import { describe, expect, it } from "vitest";
import { ZCostFactsQuery, ZShowbackQuery } from "../services/showback/showback-params";
import {
  cutAtMonths,
  eachDay,
  isIsoDay,
  monthWindow,
  presetWindow,
  previousWindow,
  windowDays,
} from "./cost-window";

describe("cost windows", () => {
  it("counts both ends of a window", () => {
    expect(windowDays({ from: "2026-03-01", to: "2026-03-01" })).toBe(1);
    expect(windowDays({ from: "2026-03-01", to: "2026-03-31" })).toBe(31);
    expect(eachDay({ from: "2026-02-27", to: "2026-03-02" })).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });

  it("compares whole calendar months with the calendar months before, other windows with the same length before", () => {
    // Last month (March) against February, not against the 31 days before it.
    expect(previousWindow({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(previousWindow({ from: "2026-01-01", to: "2026-01-31" })).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
    expect(previousWindow({ from: "2026-04-01", to: "2026-06-30" })).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(previousWindow({ from: "2026-03-02", to: "2026-03-31" })).toEqual({
      from: "2026-01-31",
      to: "2026-03-01",
    });
    expect(previousWindow({ from: "2026-03-01", to: "2026-03-01" })).toEqual({
      from: "2026-02-28",
      to: "2026-02-28",
    });
  });

  it("gives calendar months, leap Februaries included", () => {
    expect(monthWindow("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthWindow("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("resolves presets against today: complete days, or the month so far", () => {
    expect(presetWindow("7d", "2026-03-05")).toEqual({ from: "2026-02-26", to: "2026-03-04" });
    expect(presetWindow("30d", "2026-03-05")).toEqual({ from: "2026-02-03", to: "2026-03-04" });
    expect(presetWindow("this-month", "2026-03-05")).toEqual({ from: "2026-03-01", to: "2026-03-05" });
    expect(presetWindow("last-month", "2026-01-15")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("cuts a window into the months it covers whole and the days at its edges", () => {
    expect(cutAtMonths({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      months: { from: "2026-03-01", to: "2026-03-01" },
      days: [],
    });
    expect(cutAtMonths({ from: "2026-09-21", to: "2026-11-10" })).toEqual({
      months: { from: "2026-10-01", to: "2026-10-01" },
      days: [
        { from: "2026-09-21", to: "2026-09-30" },
        { from: "2026-11-01", to: "2026-11-10" },
      ],
    });
    // Leap February and a year boundary, both ends on month boundaries.
    expect(cutAtMonths({ from: "2027-12-01", to: "2028-02-29" })).toEqual({
      months: { from: "2027-12-01", to: "2028-02-01" },
      days: [],
    });
    expect(cutAtMonths({ from: "2026-02-01", to: "2026-03-30" })).toEqual({
      months: { from: "2026-02-01", to: "2026-02-01" },
      days: [{ from: "2026-03-01", to: "2026-03-30" }],
    });
  });

  it("reads days only when no month is whole", () => {
    // Inside a month, and across a boundary without a whole month (the 30d preset, mostly).
    expect(cutAtMonths({ from: "2026-03-02", to: "2026-03-31" })).toEqual({
      months: null,
      days: [{ from: "2026-03-02", to: "2026-03-31" }],
    });
    expect(cutAtMonths({ from: "2026-02-03", to: "2026-03-04" })).toEqual({
      months: null,
      days: [{ from: "2026-02-03", to: "2026-03-04" }],
    });
    expect(cutAtMonths({ from: "2026-03-31", to: "2026-04-01" })).toEqual({
      months: null,
      days: [{ from: "2026-03-31", to: "2026-04-01" }],
    });
  });

  it("accepts only real days", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("2026-2-3")).toBe(false);
  });
});

describe("ZShowbackQuery", () => {
  it("takes a month or from/to, and defaults the grouping and the page", () => {
    expect(ZShowbackQuery.parse({ month: "2026-02" })).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
      by: "namespace",
      page: 1,
      pageSize: 25,
    });
    expect(
      ZShowbackQuery.parse({ from: "2026-03-01", to: "2026-03-02", by: "team", page: "2" }),
    ).toMatchObject({
      from: "2026-03-01",
      to: "2026-03-02",
      by: "team",
      page: 2,
    });
  });

  it("refuses a window that is missing, reversed, too long or given twice", () => {
    const issue = (input: Record<string, string>) =>
      ZShowbackQuery.safeParse(input).error?.issues.map((i) => i.message)[0];
    expect(issue({})).toMatch(/give from and to/);
    expect(issue({ from: "2026-03-02", to: "2026-03-01" })).toBe("from is after to");
    expect(issue({ from: "2020-01-01", to: "2026-03-01" })).toMatch(/at most 731 days/);
    expect(issue({ month: "2026-03", from: "2026-03-01", to: "2026-03-02" })).toMatch(
      /either month or from\/to/,
    );
    expect(issue({ month: "2026-13" })).toMatch(/YYYY-MM/);
    expect(issue({ from: "2026-03-01", to: "2026-03-02", by: "pod" })).toBeDefined();
  });

  it("keeps the drill-down's filters", () => {
    expect(
      ZCostFactsQuery.parse({
        from: "2026-03-01",
        to: "2026-03-01",
        by: "team",
        key: "(unallocated)",
        status: "unpriced",
      }),
    ).toMatchObject({ by: "team", key: "(unallocated)", status: "unpriced", page: 1, pageSize: 50 });
  });
});
