import { describe, expect, it } from "vitest";
import { OTHER_SERIES, trendRows } from "./trend-series";

describe("trendRows", () => {
  const window = { from: "2026-03-01", to: "2026-03-03" };

  it("fills every day of the window and puts the rest of each day's total in Other", () => {
    const result = trendRows(
      window,
      [
        { day: "2026-03-01", total: "3.3", values: { a: "1.1", b: "2" } },
        { day: "2026-03-03", total: "0.3", values: { a: "0.1" } },
      ],
      [{ key: "a", label: "A" }],
    );
    expect(result.rows).toEqual([
      { day: "2026-03-01", a: 1.1, [OTHER_SERIES]: 2.2 },
      { day: "2026-03-02", a: 0, [OTHER_SERIES]: 0 },
      { day: "2026-03-03", a: 0.1, [OTHER_SERIES]: 0.2 },
    ]);
    expect(result.series.map((s) => s.key)).toEqual(["a", OTHER_SERIES]);
  });

  it("has no Other series when the shown series are the whole spend", () => {
    const result = trendRows(
      window,
      [{ day: "2026-03-02", total: "1", values: { a: "1" } }],
      [{ key: "a", label: "A" }],
    );
    expect(result.series.map((s) => s.key)).toEqual(["a"]);
  });
});
