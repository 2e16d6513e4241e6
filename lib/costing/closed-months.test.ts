import { describe, expect, it } from "vitest";
import { type ClosedMonthInWindow, closedMonthLines } from "./closed-months";

const october: ClosedMonthInWindow = {
  month: "2026-10",
  closedAt: "2026-11-02T09:30:00.000Z",
  closedBy: "user:finance@example.com",
  priceChangesSinceClose: 0,
  lastPriceChangeAt: null,
  importsSinceClose: 0,
  lastImportAt: null,
  figures: "frozen",
};

describe("closedMonthLines", () => {
  it("says nothing for a window with no closed month", () => {
    expect(closedMonthLines([])).toEqual([]);
  });

  it("names the month, who closed it and when, and that its figures are frozen", () => {
    expect(closedMonthLines([october])).toEqual([
      "2026-10 is closed (by user:finance@example.com, 2026-11-02 09:30 UTC): its figures are frozen as closed.",
    ]);
  });

  it("says a price change and imports after the close are not in the frozen figures", () => {
    const lines = closedMonthLines([
      {
        ...october,
        priceChangesSinceClose: 1,
        lastPriceChangeAt: "2026-11-05T12:00:00.000Z",
        importsSinceClose: 3,
        lastImportAt: "2026-11-06T08:15:00.000Z",
      },
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      "Changed after the close: 1 price change (last 2026-11-05 12:00 UTC) and 3 imports (last 2026-11-06 08:15 UTC). " +
        "2026-10's figures do not include them (an admin must reopen the month and recompute to restate it); " +
        "days of this window outside 2026-10 do, so the window mixes both.",
    );
  });

  it("gives each closed month its own lines, in order", () => {
    const lines = closedMonthLines([
      october,
      {
        ...october,
        month: "2026-11",
        closedAt: "2026-12-01T10:00:00.000Z",
        priceChangesSinceClose: 2,
        lastPriceChangeAt: "2026-12-03T10:00:00.000Z",
      },
    ]);
    expect(lines.map((l) => l.slice(0, 7))).toEqual(["2026-10", "2026-11", "Changed"]);
    expect(lines[2]).toContain("2 price changes (last 2026-12-03 10:00 UTC)");
  });
});
