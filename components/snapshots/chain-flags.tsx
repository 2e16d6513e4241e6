import type { ChainFlags } from "@/lib/services/snapshots/list-snapshot-chains";
import { SnapshotBadge } from "./snapshot-badge";

/** The reasons a chain is billed with nobody to own it. */
export function ChainFlagBadges({ flags }: { flags: ChainFlags }) {
  const none = flags.retainedWithoutSnapshot === 0 && !flags.sourceClaimGone && !flags.unallocated;
  if (none) return <span className="text-slate-500 text-xs">—</span>;
  return (
    <span className="flex flex-wrap gap-1" data-testid="chain-flags">
      {flags.retainedWithoutSnapshot > 0 && (
        <SnapshotBadge
          tone="violet"
          wrap
          title="VolumeSnapshotContents with deletionPolicy Retain whose VolumeSnapshot is gone: still billed"
        >
          Retain, no VolumeSnapshot ×{flags.retainedWithoutSnapshot}
        </SnapshotBadge>
      )}
      {flags.sourceClaimGone && (
        <SnapshotBadge tone="violet" title="The PVC these snapshots were taken from no longer exists">
          source PVC gone
        </SnapshotBadge>
      )}
      {flags.unallocated && (
        <SnapshotBadge tone="slate" title="Part of the last day's cost has no owner (shown as unallocated)">
          unallocated
        </SnapshotBadge>
      )}
    </span>
  );
}
