import { formatBytes, formatCount } from "@/lib/format";
import type { FleetOverviewPhase } from "@/lib/services/overview/get-fleet-overview";

// What each PersistentVolume phase means for the bill.
const PHASE_MEANING: Record<string, string> = {
  Pending: "Being provisioned.",
  Available: "Never claimed, yet provisioned and billed.",
  Bound: "Claimed by a PersistentVolumeClaim.",
  Released: "Its claim was deleted; kept by reclaim policy Retain and still billed.",
  Failed: "Automatic reclamation failed; the disk may still exist and be billed.",
};

export function VolumePhases({ phases }: { phases: FleetOverviewPhase[] }) {
  return (
    <section aria-label="Volumes by phase" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-medium text-lg">Volumes by phase</h2>
      <ul className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {phases.map((row) => (
          <li key={row.phase} data-testid={`phase-${row.phase}`}>
            <p className="font-medium">
              {row.phase}{" "}
              <span className="text-slate-500 tabular-nums">
                {formatCount(row.volumeCount)} · {formatBytes(row.capacityBytes)}
              </span>
            </p>
            <p className="text-slate-500 text-sm">{PHASE_MEANING[row.phase]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
