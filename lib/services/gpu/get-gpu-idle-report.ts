import type { Db } from "../../db/prisma";
import { type GpuIdleReport, readGpuIdleReport } from "../../queries/gpu/get-gpu-idle-report";
import { clusterFilterInput } from "../cluster-filter-input";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { GpuIdleReport } from "../../queries/gpu/get-gpu-idle-report";

export type TGpuIdleReportInput = Omit<Parameters<typeof readGpuIdleReport>[1], "teamIds">;

/** GPU idle cost of the reader's teams' pods, grouped; other teams' pods are not in any group or total. */
export function getGpuIdleReport(
  db: Db,
  { ctx, input }: ServiceCall<TGpuIdleReportInput>,
): Promise<GpuIdleReport> {
  return clusterFilterInput(readGpuIdleReport(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
