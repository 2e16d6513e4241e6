import type { GpuIdleReport } from "@/lib/services/gpu/get-gpu-idle-report";

/** The workload shown in detail when the URL names none: the storage-bound one with the best return, else the most idle. */
export function defaultWorkload(
  report: Pick<GpuIdleReport, "storageBound" | "groups" | "by">,
): string | null {
  const best = report.storageBound[0];
  if (best) return `${best.clusterName}/${best.namespace}/${best.workloadKind}/${best.workloadName}`;
  return report.by === "workload" ? (report.groups[0]?.key ?? null) : null;
}
