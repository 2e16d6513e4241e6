import { z } from "zod";
import type { CostWindow } from "@/lib/costing/cost-window";
import { GPU_IDLE_GROUPINGS, type GpuIdleGrouping } from "@/lib/costing/gpu/group-gpu-idle";
import { resolveWindow, ZWindowSearchParams } from "@/lib/services/showback/window-page-params";

export const GPU_IDLE_PAGE_SIZE = 25;

/** The GPU efficiency page's URL: window, grouping, cluster, page, the workload shown in detail. */
export const ZGpuEfficiencyParams = ZWindowSearchParams.extend({
  by: z.enum(GPU_IDLE_GROUPINGS).catch("workload").default("workload"),
  cluster: z.string().trim().min(1).max(253).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** A workload key: cluster/namespace/kind/name (Kubernetes names have no "/"). */
  workload: z
    .string()
    .regex(/^[^/]+\/[^/]+\/[^/]+\/[^/]+$/)
    .optional()
    .catch(undefined),
});
export type TGpuEfficiencyParams = z.infer<typeof ZGpuEfficiencyParams>;

export interface GpuIdleQueryParams {
  window: CostWindow;
  by: GpuIdleGrouping;
  cluster?: string;
  page: number;
  pageSize: number;
}

export interface GpuWorkloadRef {
  cluster: string;
  namespace: string;
  kind: string;
  name: string;
}

/** What the page asks for: the same object on the server (prefetch) and in the browser. */
export function gpuIdleQuery(params: TGpuEfficiencyParams, today: string): GpuIdleQueryParams {
  const query: GpuIdleQueryParams = {
    window: resolveWindow(params, today),
    by: params.by,
    page: params.page,
    pageSize: GPU_IDLE_PAGE_SIZE,
  };
  if (params.cluster) query.cluster = params.cluster;
  return query;
}

export function workloadRef(key: string): GpuWorkloadRef {
  const [cluster = "", namespace = "", kind = "", name = ""] = key.split("/");
  return { cluster, namespace, kind, name };
}

/** The API's query string for the report or for one workload. */
export function gpuApiSearch(window: CostWindow, rest: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams({ from: window.from, to: window.to });
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
}
