import { describe, expect, it } from "vitest";
import { chooseReportMonth, reportRequest } from "./choose-report-month";

const months = [
  { month: "2026-11", closed: false },
  { month: "2026-10", closed: true },
  { month: "2026-09", closed: true },
];

describe("choosing the report to show", () => {
  it("shows the newest closed month by default, not the newer open one", () => {
    const month = chooseReportMonth(undefined, months);
    expect(month?.month).toBe("2026-10");
    expect(reportRequest(month, "team", false)).toEqual({
      month: "2026-10",
      by: "team",
      preliminary: "false",
    });
  });

  it("asks for an open month's report only as preliminary, and takes a month it does not know for open", () => {
    const open = chooseReportMonth("2026-11", months);
    expect(reportRequest(open, "team", false)).toBeNull();
    expect(reportRequest(open, "cost-centre", true)).toEqual({
      month: "2026-11",
      by: "cost-centre",
      preliminary: "true",
    });
    expect(chooseReportMonth("2025-01", months)).toEqual({ month: "2025-01", closed: false });
  });

  it("has nothing to show without months, and falls back to the newest month when none is closed", () => {
    expect(chooseReportMonth(undefined, [])).toBeNull();
    expect(reportRequest(null, "team", true)).toBeNull();
    expect(chooseReportMonth(undefined, [{ month: "2026-11", closed: false }])?.month).toBe("2026-11");
  });
});
