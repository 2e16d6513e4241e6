import type { CostWindow } from "@/lib/costing/cost-window";

/** One volume over a window: the volume page's query, on the server (prefetch) and in the browser. */
export interface VolumeDetailParams {
  cluster: string;
  uid: string;
  from: string;
  to: string;
  currency?: string;
}

/** What the volume page asks for: the same object on the server (prefetch) and in the browser. */
export function volumeDetailQuery(
  cluster: string,
  uid: string,
  window: CostWindow,
  currency?: string,
): VolumeDetailParams {
  return { cluster, uid, ...window, ...(currency ? { currency } : {}) };
}
