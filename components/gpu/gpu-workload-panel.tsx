import { ChartLineGpuUtilisationPressure } from "@/components/charts/chart-line-gpu-utilisation-pressure";
import { TableScroll } from "@/components/ui/table-scroll";
import type { GpuWorkloadDetail } from "@/lib/services/gpu/get-gpu-workload";
import { formatGpuHours, formatGpuMoney, formatShare } from "./gpu-format";

/** One workload: utilisation against I/O pressure over time, and each pod's GPU-hours with the price behind them. */
export function GpuWorkloadPanel(props: {
  detail: GpuWorkloadDetail | undefined;
  error: Error | null;
  loading: boolean;
}) {
  if (props.error)
    return <p className="text-red-700 text-sm">Could not load the workload: {props.error.message}</p>;
  if (!props.detail) {
    return props.loading ? (
      <div
        className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white"
        data-testid="gpu-workload-loading"
      />
    ) : null;
  }
  const { detail } = props;
  const w = detail.workload;
  return (
    <section
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="gpu-workload"
      aria-busy={props.loading}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-medium">
          {w.workloadKind} {w.name}{" "}
          <span className="font-normal text-slate-500 text-sm">
            {w.clusterName} · {w.namespace}
            {w.team ? ` · ${w.team}` : ""}
          </span>
        </h2>
        <p className="text-slate-600 text-sm">
          utilisation {formatShare(w.figures.utilisation)} · idle {formatGpuHours(w.figures.idleGpuHours)} ·{" "}
          {formatShare(w.figures.storageBoundShare)} storage-bound · idle cost{" "}
          {formatGpuMoney(w.figures.idleCost, detail.currency)}
        </p>
      </header>
      <ChartLineGpuUtilisationPressure detail={detail} />
      <p className="text-slate-500 text-xs">
        Means of the raw samples per {detail.bucketMinutes} minutes across the workload's pods and GPUs; a
        break in a line is a gap in the samples.
      </p>
      <TableScroll>
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="px-2 py-1 font-medium">Pod</th>
              <th className="px-2 py-1 font-medium">Node pool</th>
              <th className="px-2 py-1 text-right font-medium">GPUs</th>
              <th className="px-2 py-1 font-medium">GPU-hour price</th>
              <th className="px-2 py-1 text-right font-medium">Allocated</th>
              <th className="px-2 py-1 text-right font-medium">Utilisation</th>
              <th className="px-2 py-1 text-right font-medium">Idle</th>
              <th className="px-2 py-1 text-right font-medium">Storage-bound</th>
              <th className="px-2 py-1 text-right font-medium">Unmeasured</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {detail.pods.map((p) => (
              <tr key={`${p.podName}-${p.startAt}`} data-testid={`gpu-pod-${p.podName}`}>
                <td className="px-2 py-1">
                  {p.podName}
                  <span className="block text-slate-500 text-xs">
                    {p.startAt.slice(0, 16).replace("T", " ")} → {p.endAt.slice(0, 16).replace("T", " ")}
                  </span>
                </td>
                <td className="px-2 py-1">{p.nodePool ?? "—"}</td>
                <td
                  className="px-2 py-1 whitespace-nowrap text-right tabular-nums"
                  title={p.gpuResourceName ?? undefined}
                >
                  {p.gpuRequest}
                </td>
                <td className="max-w-xs px-2 py-1 text-xs" data-testid="price-basis">
                  {p.price.status === "priced"
                    ? `${formatGpuMoney(p.price.pricePerGpuHour, p.price.currency)}/GPU-h (${p.price.basis})`
                    : `unpriced: ${p.price.reason}`}
                </td>
                <td className="px-2 py-1 whitespace-nowrap text-right tabular-nums">
                  {formatGpuHours(p.figures.allocatedGpuHours)}
                </td>
                <td className="px-2 py-1 whitespace-nowrap text-right tabular-nums">
                  {formatShare(p.figures.utilisation)}
                </td>
                <td className="px-2 py-1 whitespace-nowrap text-right tabular-nums">
                  {formatGpuHours(p.figures.idleGpuHours)}
                </td>
                <td className="px-2 py-1 whitespace-nowrap text-right tabular-nums">
                  {formatGpuHours(p.figures.storageBoundIdleGpuHours)}
                </td>
                <td className="px-2 py-1 whitespace-nowrap text-right text-slate-500 tabular-nums">
                  {formatGpuHours(p.figures.unmeasuredGpuHours)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
