import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { splitQueryRange } from "./split-query-range";

const T0 = Date.UTC(2026, 2, 1);
const points = (w: { startMs: number; endMs: number; stepMs: number }) =>
  Math.floor((w.endMs - w.startMs) / w.stepMs) + 1;

describe("splitQueryRange", () => {
  it("keeps a range within the limit whole", () => {
    const window = { startMs: T0, endMs: T0 + MS_PER_DAY, stepMs: 60_000 };
    expect(splitQueryRange(window)).toEqual([window]);
  });

  it("splits 30 days at 15 s into pieces of at most 11,000 points on one grid, none overlapping", () => {
    const window = { startMs: T0, endMs: T0 + 30 * MS_PER_DAY, stepMs: 15_000 };
    const pieces = splitQueryRange(window);
    expect(pieces).toHaveLength(Math.ceil(points(window) / 11_000));
    expect(pieces[0]?.startMs).toBe(window.startMs);
    expect(pieces.at(-1)?.endMs).toBe(window.endMs);
    for (const piece of pieces) expect(points(piece)).toBeLessThanOrEqual(11_000);
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]?.startMs).toBe((pieces[i - 1]?.endMs as number) + window.stepMs);
    }
    expect(pieces.reduce((sum, p) => sum + points(p), 0)).toBe(points(window));
  });

  it("splits at exactly the limit", () => {
    const pieces = splitQueryRange({ startMs: 0, endMs: 10 * 1000, stepMs: 1000 }, 5);
    expect(pieces.map((p) => [p.startMs, p.endMs])).toEqual([
      [0, 4000],
      [5000, 9000],
      [10_000, 10_000],
    ]);
  });

  it("refuses a step that is not positive", () => {
    expect(() => splitQueryRange({ startMs: 0, endMs: 1, stepMs: 0 })).toThrow("the step must be positive");
  });
});
