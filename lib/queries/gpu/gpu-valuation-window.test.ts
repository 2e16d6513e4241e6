import { describe, expect, it } from "vitest";
import { gpuValuationWindow } from "./gpu-valuation-window";

describe("the GPU valuation window", () => {
  it("is the 30 complete days ending yesterday, the same all day long", () => {
    const morning = gpuValuationWindow(new Date("2026-12-07T00:00:01Z"));
    const evening = gpuValuationWindow(new Date("2026-12-07T23:59:59Z"));
    expect(morning).toEqual({ from: "2026-11-07", to: "2026-12-06" });
    expect(evening).toEqual(morning);
    expect(gpuValuationWindow(new Date("2026-12-08T00:00:00Z"))).toEqual({
      from: "2026-11-08",
      to: "2026-12-07",
    });
  });
});
