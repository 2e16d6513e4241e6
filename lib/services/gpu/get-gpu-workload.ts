import type { Db } from "../../db/prisma";
import { readGpuWorkloadOrThrow } from "../../queries/gpu/get-gpu-workload-or-throw";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { GpuWorkloadDetail } from "../../queries/gpu/get-gpu-workload-or-throw";

export type TGpuWorkloadInput = Omit<Parameters<typeof readGpuWorkloadOrThrow>[1], "teamIds">;

/** One GPU workload; NotFound when its namespace is not the reader's teams'. */
export function getGpuWorkloadOrThrow(db: Db, { ctx, input }: ServiceCall<TGpuWorkloadInput>) {
  return readGpuWorkloadOrThrow(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
