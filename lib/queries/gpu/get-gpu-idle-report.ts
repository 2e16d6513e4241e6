import type { CostWindow } from "../../costing/cost-window";
import type { StorageBoundGpuRecommendation } from "../../costing/gpu/faster-tier-return";
import { sumGpuIdle } from "../../costing/gpu/gpu-idle-figures";
import { type GpuIdleGrouping, groupGpuIdle } from "../../costing/gpu/group-gpu-idle";
import {
  type GpuIdleFiguresDto,
  type GpuIdleGroupDto,
  serializeGpuIdleFigures,
  serializeGpuIdleGroup,
} from "../../costing/gpu/serialize-gpu-idle";
import type { GpuIdleSettings } from "../../costing/gpu/settings";
import { storageBoundReturns } from "../../costing/gpu/storage-bound-returns";
import { isStorageBound } from "../../costing/gpu/storage-bound-workload";
import type { Db } from "../../db/prisma";
import type { TeamIds } from "../scope/team-scope-sql";
import { analyseGpuWindow } from "./analyse-gpu-window";

export interface GpuIdleReport {
  asOf: string;
  window: CostWindow & { startAt: string; endAt: string; hours: number };
  by: GpuIdleGrouping;
  clusterName: string | null;
  clusters: string[];
  currency: string;
  settings: GpuIdleSettings;
  warnings: string[];
  totals: GpuIdleFiguresDto;
  /** One page of groups, most idle cost first. */
  groups: GpuIdleGroupDto[];
  groupCount: number;
  page: number;
  pageSize: number;
  /** Every storage-bound workload with the return on moving its slow volumes to a faster tier, best net first. */
  storageBound: StorageBoundGpuRecommendation[];
}

/**
 * GPU-hours allocated and idle, their cost, and the share attributed to storage, over a window,
 * grouped by workload, namespace, team or node pool; with every storage-bound workload's return on
 * a faster tier. As the GPU efficiency page, GET /api/v1/gpu-idle and `tierscope gpu-idle` show it.
 */
export async function readGpuIdleReport(
  db: Db,
  params: {
    now: Date;
    window: CostWindow;
    by: GpuIdleGrouping;
    cluster?: string;
    page: number;
    pageSize: number;
    teamIds: TeamIds;
  },
): Promise<GpuIdleReport> {
  const [clusters, analysis] = await Promise.all([
    db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    analyseGpuWindow(db, {
      now: params.now,
      window: params.window,
      clusterName: params.cluster,
      teamIds: params.teamIds,
    }),
  ]);
  const currency = analysis.pricing.displayCurrency;
  const groups = groupGpuIdle(analysis.pods, params.by);
  const start = (params.page - 1) * params.pageSize;
  return {
    asOf: params.now.toISOString(),
    window: {
      ...params.window,
      startAt: new Date(analysis.span.startMs).toISOString(),
      endAt: new Date(analysis.span.endMs).toISOString(),
      hours: analysis.span.hours,
    },
    by: params.by,
    clusterName: params.cluster ?? null,
    clusters: clusters.map((c) => c.name),
    currency,
    settings: analysis.settings,
    warnings: analysis.warnings,
    totals: serializeGpuIdleFigures(sumGpuIdle(analysis.pods), currency),
    groups: groups
      .slice(start, start + params.pageSize)
      .map((g) =>
        serializeGpuIdleGroup(
          g,
          currency,
          params.by === "workload" && isStorageBound(g.figures, analysis.settings),
        ),
      ),
    groupCount: groups.length,
    page: params.page,
    pageSize: params.pageSize,
    storageBound: storageBoundReturns({ ...analysis, windowHours: analysis.span.hours, now: params.now }),
  };
}
