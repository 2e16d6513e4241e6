import { TableScroll } from "@/components/ui/table-scroll";
import type { StorageBoundGpuRecommendation } from "@/lib/costing/gpu/faster-tier-return";
import { formatBytes, formatPayback } from "@/lib/format";
import { formatGpuHours, formatGpuMoney, formatShare } from "./gpu-format";

/** Every storage-bound workload: what a faster tier costs, the GPU cost it recovers, the net and the payback. */
export function GpuRoiList(props: {
  items: StorageBoundGpuRecommendation[];
  onSelect: (key: string) => void;
}) {
  if (props.items.length === 0) {
    return (
      <section
        className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-900 text-sm"
        data-testid="gpu-roi-empty"
      >
        No storage-bound GPU workloads in this window: idle GPU time was not spent waiting on storage.
      </section>
    );
  }
  return (
    <section className="space-y-3" aria-label="Return on faster storage">
      <h2 className="font-medium">Return on faster storage (estimate)</h2>
      {props.items.map((r) => {
        const key = `${r.clusterName}/${r.namespace}/${r.workloadKind}/${r.workloadName}`;
        const money = (amount: string | null) => formatGpuMoney(amount, r.currency);
        // No slow volume to move: no storage delta, net or payback, and not $0 or 0 days either.
        const nothingToMove = r.status === "nothing-to-move";
        return (
          <article
            key={key}
            className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
            data-testid={`gpu-roi-${key}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <button
                  type="button"
                  className="font-medium text-blue-700 hover:underline"
                  onClick={() => props.onSelect(key)}
                >
                  {r.workloadKind} {r.workloadName}
                  {r.sharedWith &&
                    r.sharedWith.length > 0 &&
                    ` + ${r.sharedWith.join(", ")} (shared volumes)`}
                </button>
                <p className="text-slate-500 text-xs">
                  {r.clusterName} · {r.namespace}
                  {r.team ? ` · ${r.team}` : ""} · utilisation {formatShare(r.gpu.utilisation)} → target{" "}
                  {formatShare(r.gpu.targetUtilisation)} · {formatGpuHours(r.gpu.storageBoundIdleGpuHours)}{" "}
                  storage-bound idle
                </p>
              </div>
              <dl className="grid grid-cols-2 gap-4 text-right sm:grid-cols-4">
                <div>
                  <dt className="text-slate-500 text-xs">GPU cost recovered / month</dt>
                  <dd className="font-medium tabular-nums" data-testid="roi-recovered">
                    {money(r.monthlyGpuCostRecovered)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500 text-xs">Storage delta / month</dt>
                  <dd className="font-medium tabular-nums" data-testid="roi-delta">
                    {nothingToMove ? "nothing to move" : money(r.monthlyStorageDelta)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500 text-xs">Net / month</dt>
                  <dd className="font-semibold tabular-nums" data-testid="roi-net">
                    {nothingToMove ? "nothing to move" : money(r.monthlyNet)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500 text-xs">Payback</dt>
                  <dd className="font-medium tabular-nums" data-testid="roi-payback">
                    {r.paybackDays === null ? "—" : formatPayback(r.paybackDays)}
                  </dd>
                </div>
              </dl>
            </div>
            <details className="mt-3">
              <summary className="cursor-pointer text-slate-600">
                Volumes, evidence and manifest change
              </summary>
              <TableScroll>
                <table className="mt-2 w-full text-xs">
                  <thead className="text-left text-slate-500">
                    <tr>
                      <th className="py-1 font-medium">Claim</th>
                      <th className="py-1 font-medium">Now</th>
                      <th className="py-1 font-medium">Faster tier</th>
                      <th className="py-1 text-right font-medium">Delta / month</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.volumes.map((v) => (
                      <tr key={v.claimName} className="align-top">
                        <td className="py-1">
                          {v.role} {v.namespace}/{v.claimName} ({formatBytes(BigInt(v.capacityBytes))})
                        </td>
                        <td className="py-1">
                          {v.current.storageClassName} · {v.current.label} · {money(v.current.monthlyCost)}
                          {v.current.status === "estimated" && " (estimated)"}
                        </td>
                        <td className="py-1">
                          {v.target.storageClassName}
                          {v.target.existingStorageClass ? "" : " (new class)"} · {v.target.label} ·{" "}
                          {money(v.target.monthlyCost)}
                        </td>
                        <td className="py-1 text-right tabular-nums">{money(v.monthlyDelta)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <ul className="mt-2 list-disc pl-5 text-slate-600 text-xs" data-testid="roi-evidence">
                {r.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {r.unpricedReasons.map((line) => (
                  <li key={line} className="text-amber-700">
                    unpriced: {line}
                  </li>
                ))}
              </ul>
              <pre
                className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-slate-100 text-xs"
                data-testid="roi-manifest"
              >
                {r.manifest}
              </pre>
            </details>
          </article>
        );
      })}
    </section>
  );
}
