import type { Labels } from "./source-record";

// Counters in files are running totals; Tierscope stores per-second rates. The rule, per series
// (one exporter metric with one exact label set), over its samples in time order:
//
//   rate(t1) = (v1 - v0) / (t1 - t0)     when v1 >= v0
//   rate(t1) = v1 / (t1 - t0)            when v1 <  v0: the counter was reset (a restart) and
//                                        counted v1 since; what it counted before the reset and
//                                        after v0 is unknowable, so the rate is a lower bound
//
// stored at t1, in units per second. This is Prometheus's own rate()/irate() reset rule, without
// its extrapolation to window edges. The first sample of a series is only the baseline: no rate.
// A sample at the previous sample's time is a repeat and is dropped; one before it is out of
// order: rates need time order, so it is invalid. A gap between samples gives the average rate
// over the gap. State is kept across all the files of one import (in the order given), so two
// scrapes in two files make one rate; nothing is kept between imports.

export type CounterStep =
  | { kind: "rate"; value: number }
  | { kind: "baseline" }
  | { kind: "repeat" }
  | { kind: "out-of-order"; previousAtMs: number };

/** The exact identity of a raw series: name plus every label, sorted. */
export function rawSeriesKey(name: string, labels: Labels): string {
  const names = Object.keys(labels).sort();
  return `${name}\u0000${names.map((n) => `${n}\u0001${labels[n]}`).join("\u0000")}`;
}

export class CounterRates {
  /** Memory: one entry per counter series seen, however many samples each has. */
  private readonly previous = new Map<string, { atMs: number; value: number }>();

  next(seriesKey: string, atMs: number, value: number): CounterStep {
    const before = this.previous.get(seriesKey);
    if (before && atMs === before.atMs) return { kind: "repeat" };
    if (before && atMs < before.atMs) return { kind: "out-of-order", previousAtMs: before.atMs };
    this.previous.set(seriesKey, { atMs, value });
    if (!before) return { kind: "baseline" };
    const increase = value >= before.value ? value - before.value : value;
    return { kind: "rate", value: increase / ((atMs - before.atMs) / 1000) };
  }
}
