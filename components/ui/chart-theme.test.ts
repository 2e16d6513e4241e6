import { describe, expect, it } from "vitest";
import { colorsByKey, seriesColor } from "./chart-theme";

describe("chart theme", () => {
  it("names series colours as CSS variables, so light and dark each have their own", () => {
    expect(seriesColor(0)).toBe("var(--chart-1)");
    expect(seriesColor(7)).toBe("var(--chart-8)");
  });

  it("repeats the palette in order past its end", () => {
    expect(seriesColor(8)).toBe("var(--chart-1)");
  });

  it("gives each key the next colour", () => {
    expect(colorsByKey(["capacity", "iops"])).toEqual({ capacity: "var(--chart-1)", iops: "var(--chart-2)" });
  });
});
