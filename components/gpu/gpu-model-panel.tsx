import type { GpuIdleSettings } from "@/lib/costing/gpu/settings";

/** The model behind every figure on the page, with its thresholds (setting `gpu.idle`). */
export function GpuModelPanel({ settings }: { settings: GpuIdleSettings }) {
  const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
  return (
    <details
      className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700 text-sm"
      data-testid="gpu-model"
    >
      <summary className="cursor-pointer font-medium text-slate-900">
        The model, its inputs and thresholds (an estimate)
      </summary>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        <li>
          <strong>Allocated GPU-hours</strong>: each pod's GPU request (a MIG slice or shared GPU as its
          fraction of the card) × the hours of its life inside the window.
        </li>
        <li>
          <strong>Utilisation</strong> (DCGM engine-active, else GPU_UTIL) is integrated over time: a sample
          holds until the next one, for at most{" "}
          <span data-testid="setting-max-gap">{settings.maxGapIntervals}</span> × the series' median sampling
          interval and never over {settings.maxHoldMinutes} minutes. Time no sample covers is{" "}
          <em>unmeasured</em>: neither idle nor busy. Several GPU series of one pod are averaged.
        </li>
        <li>
          <strong>Idle cost</strong>: idle GPU-hours × the GPU-hour price of the pod's node: the instance's
          hourly list price ÷ its GPU count, or a <code>gpu_hour</code> price override. No price: unpriced,
          never $0.
        </li>
        <li>
          <strong>Storage-bound idle</strong>: idle time while the pod's I/O pressure (PSI "some") was at or
          above <span data-testid="setting-io-threshold">{settings.ioPressureThreshold}</span>
          {settings.slowTierWithoutPressure &&
            "; where no pressure was measured, idle time of a workload whose dataset or checkpoint volume sits on a slow tier"}
          . A workload is storage-bound when at least {percent(settings.storageBoundMinShare)} of its idle
          GPU-hours are. Slow tiers: {settings.slowProducts.join(", ")}.
        </li>
        <li>
          <strong>Return on faster storage</strong>: if a faster tier lifts utilisation u to{" "}
          <span data-testid="setting-target">{percent(settings.targetUtilisation)}</span>, (target − u) ÷ (1 −
          u) of the storage-bound idle time turns busy; that share of its cost, scaled to a 730-hour month, is
          set against the monthly price difference of the slow volumes on the faster tier (catalog prices).
          Payback = storage delta ÷ recovered per day.
        </li>
      </ul>
    </details>
  );
}
