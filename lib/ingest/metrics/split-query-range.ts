// Prometheus refuses a range query that would return more than 11,000 points per series
// ("exceeded maximum resolution of 11,000 points per timeseries"). A long range at a fine step is
// split into consecutive pieces on the same step grid, each within the limit, none overlapping.

export const MAX_POINTS_PER_SERIES = 11_000;

export interface QueryWindow {
  startMs: number;
  endMs: number;
  stepMs: number;
}

export function splitQueryRange(window: QueryWindow, maxPoints = MAX_POINTS_PER_SERIES): QueryWindow[] {
  const { startMs, endMs, stepMs } = window;
  if (!(stepMs > 0)) throw new Error("the step must be positive");
  if (endMs < startMs) throw new Error("the range ends before it starts");
  // Prometheus evaluates at start, start + step, … <= end: a piece spanning (maxPoints - 1) steps
  // has exactly maxPoints points; the next piece starts one step later, on the same grid.
  const span = (maxPoints - 1) * stepMs;
  const pieces: QueryWindow[] = [];
  for (let start = startMs; start <= endMs; start += span + stepMs) {
    pieces.push({ startMs: start, endMs: Math.min(start + span, endMs), stepMs });
  }
  return pieces;
}
