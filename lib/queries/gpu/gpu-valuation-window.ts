import { type CostWindow, presetWindow } from "../../costing/cost-window";

/**
 * The window every GPU valuation outside the GPU efficiency page's own window picker is taken over:
 * the 30 complete UTC days ending yesterday, the GPU efficiency page's default. Complete days, so a
 * recommendation's figure does not move from one load to the next (only at midnight UTC), and the
 * same window as that page's default, so a storage-bound move is worth the same net on both pages,
 * in the CLI and in the digest.
 */
export function gpuValuationWindow(now: Date): CostWindow {
  return presetWindow("30d", now.toISOString().slice(0, 10));
}
