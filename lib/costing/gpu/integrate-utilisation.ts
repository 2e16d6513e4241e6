import { Dec, ZERO } from "../../pricing/decimal";

/** One metric sample: when (ms since the epoch) and the value (a 0..1 ratio). */
export interface Sample {
  atMs: number;
  value: number;
}

/** A half-open span [startMs, endMs) over which one sample's value holds. */
export interface Segment {
  startMs: number;
  endMs: number;
  value: number;
}

export interface TimeSpan {
  startMs: number;
  endMs: number;
}

/** The gap rule: how long a sample may speak for the time after it. */
export interface HoldRule {
  maxGapIntervals: number;
  maxHoldMs: number;
}

/** The median of the intervals between consecutive samples; null with fewer than two samples. */
export function medianIntervalMs(samples: readonly Sample[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const gap = (samples[i] as Sample).atMs - (samples[i - 1] as Sample).atMs;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1
    ? (gaps[middle] as number)
    : ((gaps[middle - 1] as number) + (gaps[middle] as number)) / 2;
}

/**
 * How long each sample of a series holds: `maxGapIntervals` × the series' median interval, capped
 * at `maxHoldMs`. The median, not the mean, so a few long outages do not stretch every sample; the
 * cap, so a sparse series (or a single sample) never speaks for hours it did not see.
 */
export function holdMs(samples: readonly Sample[], rule: HoldRule): number {
  const median = medianIntervalMs(samples);
  return median === null ? rule.maxHoldMs : Math.min(rule.maxGapIntervals * median, rule.maxHoldMs);
}

/**
 * A series as a step function inside `span`: each sample holds from its own time until the next
 * sample, or until its hold runs out, whichever is first (a sample before the span holds into it
 * the same way). Values are clipped to 0..1: DCGM reports percent, and rounding can overshoot.
 * Time covered by no segment is unmeasured.
 */
export function toSegments(samples: readonly Sample[], span: TimeSpan, rule: HoldRule): Segment[] {
  const sorted = [...samples].sort((a, b) => a.atMs - b.atMs);
  const hold = holdMs(sorted, rule);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const sample = sorted[i] as Sample;
    const next = sorted[i + 1]?.atMs ?? Number.POSITIVE_INFINITY;
    const startMs = Math.max(sample.atMs, span.startMs);
    const endMs = Math.min(next, sample.atMs + hold, span.endMs);
    if (endMs > startMs) {
      segments.push({ startMs, endMs, value: Math.min(1, Math.max(0, sample.value)) });
    }
  }
  return segments;
}

export interface UtilisationIntegral {
  spanMs: number;
  /** Time some sample covered. */
  measuredMs: number;
  /** Time no sample covered (before the first, after the last, gaps beyond the hold). */
  unmeasuredMs: number;
  /** ∫ utilisation dt over the measured time, in ms of fully busy GPU. */
  busyMs: Dec;
  /** ∫ (1 − utilisation) dt over the measured time. */
  idleMs: Dec;
}

/** Busy and idle time of one GPU series over a span, by the gap rule of `toSegments`. */
export function integrateSegments(segments: readonly Segment[], span: TimeSpan): UtilisationIntegral {
  let measuredMs = 0;
  let busyMs = ZERO;
  for (const segment of segments) {
    const length = segment.endMs - segment.startMs;
    measuredMs += length;
    busyMs = busyMs.plus(new Dec(String(segment.value)).times(length));
  }
  const spanMs = Math.max(0, span.endMs - span.startMs);
  return {
    spanMs,
    measuredMs,
    unmeasuredMs: spanMs - measuredMs,
    busyMs,
    idleMs: new Dec(measuredMs).minus(busyMs),
  };
}
