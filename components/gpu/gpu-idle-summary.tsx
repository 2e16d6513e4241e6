import { CostTile } from "@/components/showback/cost-tile";
import type { GpuIdleReport } from "@/lib/services/gpu/get-gpu-idle-report";
import { formatGpuHourCount, formatGpuHours, formatGpuMoney, formatShare } from "./gpu-format";

const Unit = () => <span className="font-normal text-base text-slate-500"> GPU-h</span>;

/** The window's totals: allocated, idle and its cost, the storage-bound share, what is unmeasured or unpriced. */
export function GpuIdleSummary({ report }: { report: GpuIdleReport }) {
  const t = report.totals;
  const c = report.currency;
  // Some GPU-hours have no price: the idle cost covers the others only (marked *, as in the groups table).
  const partial = Number(t.unpricedGpuHours) > 0 && t.idleCost !== null;
  return (
    <section className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-label="GPU idle totals">
      <CostTile
        label="GPU-hours allocated"
        testId="gpu-total-allocated"
        note={`${t.podCount} GPU pods · ${formatGpuMoney(t.allocatedCost, c)}`}
      >
        {formatGpuHourCount(t.allocatedGpuHours)}
        <Unit />
      </CostTile>
      <CostTile
        label="Idle GPU-hours"
        testId="gpu-total-idle"
        note={`utilisation ${formatShare(t.utilisation)}`}
      >
        {formatGpuHourCount(t.idleGpuHours)}
        <Unit />
      </CostTile>
      <CostTile
        label="Idle cost"
        testId="gpu-total-idle-cost"
        note={
          partial ? (
            <span className="text-amber-700" data-testid="gpu-total-idle-cost-partial">
              partial: {formatGpuHours(t.unpricedGpuHours)} unpriced, not in the cost
            </span>
          ) : (
            "idle GPU-hours × each pod's GPU-hour price"
          )
        }
      >
        {formatGpuMoney(t.idleCost, c)}
        {partial && <span className="text-amber-700"> *</span>}
      </CostTile>
      <CostTile
        label="Storage-bound idle (estimate)"
        testId="gpu-total-storage-bound"
        note={`${formatShare(t.storageBoundShare)} of idle · ${formatGpuHours(t.storageBoundIdleGpuHours)}`}
      >
        {formatGpuMoney(t.storageBoundIdleCost, c)}
      </CostTile>
      <CostTile
        label="Unmeasured · unpriced"
        testId="gpu-total-unmeasured"
        note={
          t.unpricedReasons.length > 0 ? (
            <span className="line-clamp-3" title={t.unpricedReasons.join("; ")}>
              unpriced: {t.unpricedReasons.join("; ")}
            </span>
          ) : (
            "every GPU-hour priced"
          )
        }
      >
        <span className="text-lg">
          {formatGpuHourCount(t.unmeasuredGpuHours)} · {formatGpuHourCount(t.unpricedGpuHours)}
        </span>
        <Unit />
      </CostTile>
    </section>
  );
}
