import { describe, expect, it } from "vitest";
import {
  holdMs,
  integrateSegments,
  medianIntervalMs,
  type Sample,
  toSegments,
} from "./integrate-utilisation";

const T0 = Date.UTC(2026, 9, 1);
const MIN = 60_000;
const at = (minutes: number, value: number): Sample => ({ atMs: T0 + minutes * MIN, value });
const span = (fromMin: number, toMin: number) => ({ startMs: T0 + fromMin * MIN, endMs: T0 + toMin * MIN });
const RULE = { maxGapIntervals: 2, maxHoldMs: 60 * MIN };

function integrate(samples: Sample[], s = span(0, 60), rule = RULE) {
  const result = integrateSegments(toSegments(samples, s, rule), s);
  return {
    measuredMin: result.measuredMs / MIN,
    unmeasuredMin: result.unmeasuredMs / MIN,
    busyMin: result.busyMs.div(MIN).toNumber(),
    idleMin: result.idleMs.div(MIN).toNumber(),
  };
}

describe("integrating GPU utilisation", () => {
  it("holds each sample of a regular series until the next: Σ value × interval", () => {
    const samples = [0.5, 0.2, 1, 0, 0.4, 0.9].map((v, i) => at(i * 10, v));
    // busy = 10 × (0.5 + 0.2 + 1 + 0 + 0.4 + 0.9) = 30 minutes of the 60
    expect(integrate(samples)).toEqual({ measuredMin: 60, unmeasuredMin: 0, busyMin: 30, idleMin: 30 });
  });

  it("counts a gap longer than the hold as unmeasured, neither busy nor idle", () => {
    // median interval 10 min → a sample holds 20 min; 20 → 40 covered, 40 → 60 not.
    const samples = [at(0, 0.5), at(10, 0.5), at(20, 0.5), at(60, 0.5), at(70, 0.5)];
    expect(integrate(samples, span(0, 80))).toEqual({
      measuredMin: 60,
      unmeasuredMin: 20,
      busyMin: 30,
      idleMin: 30,
    });
  });

  it("uses the median interval of irregular samples, and leaves the tail beyond the last hold unmeasured", () => {
    // intervals 5, 15, 10 → median 10 → hold 20: [0,5) 0.2, [5,20) 0.6, [20,30) 1, [30,50) 0.5
    const samples = [at(0, 0.2), at(5, 0.6), at(20, 1), at(30, 0.5)];
    expect(medianIntervalMs(samples)).toBe(10 * MIN);
    // busy = 5×0.2 + 15×0.6 + 10×1 + 20×0.5 = 1 + 9 + 10 + 10 = 30
    expect(integrate(samples)).toEqual({ measuredMin: 50, unmeasuredMin: 10, busyMin: 30, idleMin: 20 });
  });

  it("leaves the time before the first sample unmeasured, and lets an earlier sample hold into the span", () => {
    expect(integrate([at(15, 0.4), at(25, 0.4), at(35, 0.4)], span(0, 45))).toEqual({
      measuredMin: 30,
      unmeasuredMin: 15,
      busyMin: 12,
      idleMin: 18,
    });
    // a sample at −5 holds to 15 (hold 20): 15 minutes of the span at 1.0
    expect(integrate([at(-15, 1), at(-5, 1)], span(0, 30))).toMatchObject({ measuredMin: 15, busyMin: 15 });
  });

  it("caps the hold at the max-hold setting, and holds a single sample for exactly that", () => {
    const samples = [at(0, 0.5), at(30, 0.5), at(60, 0.5)];
    expect(holdMs(samples, { maxGapIntervals: 2, maxHoldMs: 20 * MIN })).toBe(20 * MIN);
    expect(integrate(samples, span(0, 90), { maxGapIntervals: 2, maxHoldMs: 20 * MIN })).toMatchObject({
      measuredMin: 60,
      unmeasuredMin: 30,
    });
    expect(integrate([at(0, 0.25)], span(0, 120))).toEqual({
      measuredMin: 60,
      unmeasuredMin: 60,
      busyMin: 15,
      idleMin: 45,
    });
  });

  it("clips values to 0..1 and sorts samples that arrive out of order", () => {
    expect(integrate([at(20, 1.2), at(0, -0.1), at(10, 0.5)], span(0, 30))).toEqual({
      measuredMin: 30,
      unmeasuredMin: 0,
      busyMin: 15,
      idleMin: 15,
    });
  });
});
