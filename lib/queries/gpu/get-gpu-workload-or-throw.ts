import type { CostWindow } from "../../costing/cost-window";
import type { StorageBoundGpuRecommendation } from "../../costing/gpu/faster-tier-return";
import { sumGpuIdle } from "../../costing/gpu/gpu-idle-figures";
import { groupGpuIdle } from "../../costing/gpu/group-gpu-idle";
import {
  type GpuIdleFiguresDto,
  type GpuIdleGroupDto,
  serializeGpuIdleFigures,
  serializeGpuIdleGroup,
} from "../../costing/gpu/serialize-gpu-idle";
import type { GpuIdleSettings } from "../../costing/gpu/settings";
import { storageBoundReturns } from "../../costing/gpu/storage-bound-returns";
import { isStorageBound } from "../../costing/gpu/storage-bound-workload";
import { workloadTimeline } from "../../costing/gpu/workload-timeline";
import type { Db } from "../../db/prisma";
import { NotFoundError } from "../../services/service-errors";
import type { TeamIds } from "../scope/team-scope-sql";
import { analyseGpuWindow } from "./analyse-gpu-window";

export class GpuWorkloadNotFoundError extends NotFoundError {
  override name = "GpuWorkloadNotFoundError";
}

export interface GpuWorkloadPod {
  podName: string;
  nodeName: string | null;
  nodePool: string | null;
  gpuRequest: string;
  gpuResourceName: string | null;
  startAt: string;
  endAt: string;
  price:
    | { status: "priced"; pricePerGpuHour: string; currency: string; basis: string }
    | { status: "unpriced"; reason: string };
  figures: GpuIdleFiguresDto;
}

export interface GpuWorkloadDetail {
  asOf: string;
  window: CostWindow & { startAt: string; endAt: string; hours: number };
  currency: string;
  settings: GpuIdleSettings;
  workload: GpuIdleGroupDto;
  pods: GpuWorkloadPod[];
  /** Mean utilisation and I/O pressure per bucket of `bucketMinutes`, over the workload's life in the window. */
  bucketMinutes: number;
  timeline: { at: string; utilisation: number | null; ioPressure: number | null }[];
  /** The faster-tier return when the workload is storage-bound, else null. */
  recommendation: StorageBoundGpuRecommendation | null;
}

/** At most about 300 points on the chart, in whole multiples of 10 minutes. */
function bucketMinutesFor(spanMs: number): number {
  return Math.max(10, Math.ceil(spanMs / 60_000 / 300 / 10) * 10);
}

/** One GPU workload over a window: its figures, pods, utilisation against I/O pressure, and its ROI. */
export async function readGpuWorkloadOrThrow(
  db: Db,
  params: {
    now: Date;
    window: CostWindow;
    cluster: string;
    namespace: string;
    kind: string;
    name: string;
    teamIds: TeamIds;
  },
): Promise<GpuWorkloadDetail> {
  const analysis = await analyseGpuWindow(db, {
    now: params.now,
    window: params.window,
    clusterName: params.cluster,
    workload: { namespace: params.namespace, kind: params.kind, name: params.name },
    teamIds: params.teamIds,
  });
  const [group] = groupGpuIdle(analysis.pods, "workload");
  if (!group) {
    throw new GpuWorkloadNotFoundError(
      `No GPU workload ${params.kind}/${params.name} in ${params.cluster}/${params.namespace} between ${params.window.from} and ${params.window.to}`,
    );
  }
  const currency = analysis.pricing.displayCurrency;
  const inputs = analysis.clusters.flatMap((c) => c.pods);
  // Reduced, not spread: a workload of 100,000 pods is more arguments than a call takes.
  const startMs = analysis.pods.reduce((min, p) => Math.min(min, p.lifeStartMs), Number.POSITIVE_INFINITY);
  const endMs = analysis.pods.reduce((max, p) => Math.max(max, p.lifeEndMs), Number.NEGATIVE_INFINITY);
  const bucketMinutes = bucketMinutesFor(endMs - startMs);
  const timeline = workloadTimeline(
    inputs.flatMap((p) => p.utilisation),
    inputs.map((p) => p.ioPressure),
    { startMs, endMs },
    bucketMinutes * 60_000,
  );
  return {
    asOf: params.now.toISOString(),
    window: {
      ...params.window,
      startAt: new Date(analysis.span.startMs).toISOString(),
      endAt: new Date(analysis.span.endMs).toISOString(),
      hours: analysis.span.hours,
    },
    currency,
    settings: analysis.settings,
    workload: serializeGpuIdleGroup(group, currency, isStorageBound(group.figures, analysis.settings)),
    pods: analysis.pods.map((p) => ({
      podName: p.pod.podName,
      nodeName: p.pod.nodeName,
      nodePool: p.pod.nodePool,
      gpuRequest: p.pod.gpuRequest.toFixed(),
      gpuResourceName: p.pod.gpuResourceName,
      startAt: new Date(p.lifeStartMs).toISOString(),
      endAt: new Date(p.lifeEndMs).toISOString(),
      price:
        p.pod.price.status === "priced"
          ? {
              status: "priced",
              pricePerGpuHour: p.pod.price.pricePerGpuHour.toFixed(),
              currency: p.pod.price.currency,
              basis: p.pod.price.basis,
            }
          : p.pod.price,
      figures: serializeGpuIdleFigures(sumGpuIdle([p]), currency),
    })),
    bucketMinutes,
    timeline: timeline.map((point) => ({
      at: new Date(point.atMs).toISOString(),
      utilisation: point.utilisation,
      ioPressure: point.ioPressure,
    })),
    recommendation:
      storageBoundReturns({ ...analysis, windowHours: analysis.span.hours, now: params.now })[0] ?? null,
  };
}
