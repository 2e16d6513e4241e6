import type { VolumeDetailParams } from "@/hooks/queries/use-volume-detail-query";
import type { CostWindow } from "@/lib/costing/cost-window";

/** What the volume page asks for: the same object on the server (prefetch) and in the browser. */
export function volumeDetailQuery(
  cluster: string,
  uid: string,
  window: CostWindow,
  currency?: string,
): VolumeDetailParams {
  return { cluster, uid, ...window, ...(currency ? { currency } : {}) };
}
