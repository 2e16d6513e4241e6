import { addDays, type CostWindow } from "../../costing/cost-window";
import type { TimeSpan } from "../../costing/gpu/integrate-utilisation";

/** A window of whole UTC days as the span of time it covers, ending at `now` at the latest. */
export function gpuWindowSpan(window: CostWindow, now: Date): TimeSpan & { hours: number } {
  const startMs = Date.parse(`${window.from}T00:00:00Z`);
  const endMs = Math.max(startMs, Math.min(Date.parse(`${addDays(window.to, 1)}T00:00:00Z`), now.getTime()));
  return { startMs, endMs, hours: (endMs - startMs) / 3_600_000 };
}
