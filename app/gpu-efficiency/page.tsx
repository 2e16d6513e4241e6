import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getGpuIdleReport } from "@/lib/services/gpu/get-gpu-idle-report";
import { getGpuWorkloadOrThrow } from "@/lib/services/gpu/get-gpu-workload";
import {
  gpuIdleQuery,
  workloadRef,
  ZGpuEfficiencyParams,
} from "../../lib/services/gpu/gpu-efficiency-page-params";
import { defaultWorkload } from "./default-workload";
import { GpuEfficiencyClient } from "./gpu-efficiency-client";

export const metadata: Metadata = { title: "GPU efficiency" };

export default async function GpuEfficiencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const params = ZGpuEfficiencyParams.parse(await searchParams);
  const query = gpuIdleQuery(params, today);
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  const report = await queryClient
    .fetchQuery({
      queryKey: queryKeys.gpuIdle(query),
      queryFn: () => getGpuIdleReport(getPrisma(), { ctx, input: { ...query, now } }),
    })
    .catch(() => null);
  const selected = params.workload ?? (report ? defaultWorkload(report) : null);
  if (selected) {
    const workload = workloadRef(selected);
    await queryClient.prefetchQuery({
      queryKey: queryKeys.gpuWorkload({ window: query.window, workload }),
      queryFn: () =>
        getGpuWorkloadOrThrow(getPrisma(), { ctx, input: { ...workload, window: query.window, now } }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <GpuEfficiencyClient today={today} />
    </HydrationBoundary>
  );
}
