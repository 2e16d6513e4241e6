import type { CostWindow } from "../../costing/cost-window";
import { analyseGpuPod } from "../../costing/gpu/analyse-gpu-pod";
import type { GpuPodIdle } from "../../costing/gpu/gpu-pod";
import type { GpuIdleSettings } from "../../costing/gpu/settings";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { getPricingContext, type PricingContext } from "../pricing/get-pricing-context";
import { namespaceVisibility } from "../scope/namespace-visibility";
import type { TeamIds } from "../scope/team-scope-sql";
import { getGpuIdleSettings } from "./get-gpu-idle-settings";
import { gpuWindowSpan } from "./gpu-window";
import { type GpuClusterInput, loadGpuPods } from "./load-gpu-pods";

export interface GpuWindowAnalysis {
  window: CostWindow;
  span: { startMs: number; endMs: number; hours: number };
  settings: GpuIdleSettings;
  warnings: string[];
  pricing: PricingContext;
  clusters: GpuClusterInput[];
  pods: GpuPodIdle[];
}

/**
 * The GPU pods of one cluster (by name) or of the fleet over a window, each analysed by the model:
 * prices in force today in the display currency, settings from `gpu.idle`. One cluster at a time,
 * so memory holds one cluster's samples while they are read.
 */
export async function analyseGpuWindow(
  db: Db,
  options: {
    now: Date;
    window: CostWindow;
    clusterName?: string;
    workload?: { namespace: string; kind: string; name: string };
    /** Only the pods of these teams' namespaces (every pod when null). */
    teamIds: TeamIds;
  },
): Promise<GpuWindowAnalysis> {
  const clusters = options.clusterName
    ? [await getClusterByNameOrThrow(db, options.clusterName)]
    : await db.cluster.findMany({ orderBy: { name: "asc" } });
  const [visible, pricing, { settings, warnings }] = await Promise.all([
    namespaceVisibility(db, options.teamIds),
    getPricingContext(db, { orgIds: [...new Set(clusters.map((c) => c.orgId))] }),
    getGpuIdleSettings(db),
  ]);
  const span = gpuWindowSpan(options.window, options.now);
  const day = options.now.toISOString().slice(0, 10);
  const inputs: GpuClusterInput[] = [];
  const pods: GpuPodIdle[] = [];
  for (const cluster of clusters) {
    const loaded = await loadGpuPods(db, {
      cluster,
      span,
      settings,
      pricing,
      day,
      workload: options.workload,
    });
    // A pod is its namespace's team's: another team's pods are neither listed nor summed.
    const input = { ...loaded, pods: loaded.pods.filter((pod) => visible(pod.clusterId, pod.namespace)) };
    pods.push(...input.pods.map((pod) => analyseGpuPod(pod, span, options.now, settings)));
    inputs.push(input);
  }
  return { window: options.window, span, settings, warnings, pricing, clusters: inputs, pods };
}
