import { GPU_IDLE_GROUPINGS, type GpuIdleGrouping } from "@/lib/costing/gpu/group-gpu-idle";
import type { GpuIdleGroupDto } from "@/lib/costing/gpu/serialize-gpu-idle";
import { formatGpuHours, formatGpuMoney, formatShare } from "./gpu-format";

const LABELS: Record<GpuIdleGrouping, string> = {
  workload: "Workload",
  namespace: "Namespace",
  team: "Team",
  "node-pool": "Node pool",
};

/** Idle GPU-hours and cost per group; a workload opens its detail below the table. */
export function GpuIdleGroupsTable(props: {
  by: GpuIdleGrouping;
  groups: GpuIdleGroupDto[];
  currency: string;
  selected: string | null;
  onBy: (by: GpuIdleGrouping) => void;
  onSelect: (key: string) => void;
}) {
  const { currency } = props;
  return (
    <section className="rounded-lg border border-slate-200 bg-white">
      <header className="flex flex-wrap items-center justify-between gap-3 border-slate-200 border-b px-4 py-3">
        <h2 className="font-medium">Idle cost by {LABELS[props.by].toLowerCase()}</h2>
        <fieldset
          className="inline-flex max-w-full flex-wrap overflow-hidden rounded-md border border-slate-300 text-sm"
          aria-label="Group by"
        >
          {GPU_IDLE_GROUPINGS.map((by) => (
            <button
              key={by}
              type="button"
              aria-pressed={props.by === by}
              className={`px-3 py-1 ${props.by === by ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-50"}`}
              onClick={() => props.onBy(by)}
            >
              {LABELS[by]}
            </button>
          ))}
        </fieldset>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">{LABELS[props.by]}</th>
              <th className="px-4 py-2 font-medium">Cluster</th>
              <th className="px-4 py-2 text-right font-medium">Allocated</th>
              <th className="px-4 py-2 text-right font-medium">Utilisation</th>
              <th className="px-4 py-2 text-right font-medium">Idle</th>
              <th className="px-4 py-2 text-right font-medium">Idle cost</th>
              <th className="px-4 py-2 text-right font-medium">Storage-bound</th>
              <th className="px-4 py-2 text-right font-medium">Storage-bound cost</th>
              <th className="px-4 py-2 text-right font-medium">Unmeasured</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {props.groups.map((g) => {
              const f = g.figures;
              const unpriced = f.unpricedReasons.join("; ");
              return (
                <tr
                  key={g.key}
                  data-testid={`gpu-group-${g.key}`}
                  className={
                    props.selected === g.key ? "shadow-[inset_4px_0_0_var(--color-sky-600)]" : undefined
                  }
                >
                  <td className="px-4 py-2">
                    {props.by === "workload" ? (
                      <button
                        type="button"
                        className="text-left text-blue-700 hover:underline"
                        onClick={() => props.onSelect(g.key)}
                      >
                        {g.name}
                      </button>
                    ) : (
                      g.name
                    )}
                    <span className="block text-slate-500 text-xs">
                      {[g.workloadKind, g.namespace, g.team].filter(Boolean).join(" · ")}
                    </span>
                    {g.storageBound && (
                      <span
                        className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-amber-800 text-xs"
                        data-testid="storage-bound-badge"
                      >
                        storage-bound
                      </span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{g.clusterName ?? "—"}</td>
                  <td className="px-4 py-2 whitespace-nowrap text-right tabular-nums">
                    {formatGpuHours(f.allocatedGpuHours)}
                  </td>
                  <td
                    className="px-4 py-2 whitespace-nowrap text-right tabular-nums"
                    data-testid="utilisation"
                  >
                    {formatShare(f.utilisation)}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap text-right tabular-nums">
                    {formatGpuHours(f.idleGpuHours)}
                  </td>
                  <td
                    className="px-4 py-2 whitespace-nowrap text-right tabular-nums"
                    data-testid="idle-cost"
                    title={
                      unpriced
                        ? `unpriced GPU-hours: ${unpriced}`
                        : "idle GPU-hours × each pod's GPU-hour price"
                    }
                  >
                    {formatGpuMoney(f.idleCost, currency)}
                    {unpriced && f.idleCost !== null && <span className="text-amber-700"> *</span>}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap text-right tabular-nums">
                    {formatGpuHours(f.storageBoundIdleGpuHours)}
                    <span className="block text-slate-500 text-xs">
                      {formatShare(f.storageBoundShare)} of idle
                    </span>
                  </td>
                  <td
                    className="px-4 py-2 whitespace-nowrap text-right tabular-nums"
                    data-testid="storage-bound-cost"
                  >
                    {formatGpuMoney(f.storageBoundIdleCost, currency)}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap text-right text-slate-500 tabular-nums">
                    {formatGpuHours(f.unmeasuredGpuHours)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
