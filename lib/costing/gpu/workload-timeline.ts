import type { Sample, TimeSpan } from "./integrate-utilisation";

export interface TimelinePoint {
  atMs: number;
  /** Mean of the samples in the bucket, across the workload's pods and GPUs; null: none. */
  utilisation: number | null;
  ioPressure: number | null;
}

function bucketMeans(series: readonly Sample[][], span: TimeSpan, bucketMs: number): (number | null)[] {
  const count = Math.max(1, Math.ceil((span.endMs - span.startMs) / bucketMs));
  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  for (const samples of series) {
    for (const sample of samples) {
      if (sample.atMs < span.startMs || sample.atMs >= span.endMs) continue;
      const index = Math.floor((sample.atMs - span.startMs) / bucketMs);
      sums[index] = (sums[index] as number) + sample.value;
      counts[index] = (counts[index] as number) + 1;
    }
  }
  return sums.map((total, i) => ((counts[i] as number) > 0 ? total / (counts[i] as number) : null));
}

/**
 * Utilisation against I/O pressure over time, for a chart: plain means of the raw samples per
 * bucket (no gap rule: an empty bucket is a gap in the line, which is what the chart should show).
 */
export function workloadTimeline(
  utilisation: readonly Sample[][],
  ioPressure: readonly Sample[][],
  span: TimeSpan,
  bucketMs: number,
): TimelinePoint[] {
  const u = bucketMeans(utilisation, span, bucketMs);
  const p = bucketMeans(ioPressure, span, bucketMs);
  return u.map((value, i) => ({
    atMs: span.startMs + i * bucketMs,
    utilisation: value,
    ioPressure: p[i] ?? null,
  }));
}
