import type { VolumePlan } from "./demo-plan-types";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { capacityGiAt, GIB_NUMBER, plannedUsedShare } from "./demo-volume-math";

/**
 * Daily checkpoint snapshot chains, as a snapshot scheduler (snapscheduler) makes them: one
 * VolumeSnapshot a day named `<pvc>-<schedule>-<YYYYMMDDHHMM>`, each bound to its own content. With
 * `keep`, the scheduler deletes the oldest once `keep` newer ones exist; without it the chain grows.
 */
export interface ChainSpec {
  volume: VolumePlan;
  className: string;
  /** The first snapshot, in days before the anchor. */
  firstDaysAgo: number;
  /** The last one (default: the day before the anchor). */
  lastDaysAgo?: number;
  hourUtc: number;
  keep?: number;
  /** The provider reports each snapshot's stored (changed) bytes; otherwise they are unknown. */
  providerReportsSize?: boolean;
}

function compactUtc(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-T:]/g, "");
}

export function dailyChain(b: ScenarioBuilder, spec: ChainSpec): void {
  const claim = spec.volume.claim;
  if (!claim) throw new Error("dailyChain: the volume has no claim");
  const random = b.random.fork(`chain/${claim.namespace}/${claim.name}`);
  const schedule = `${claim.name}-daily`;
  const days: number[] = [];
  for (let day = spec.firstDaysAgo; day >= (spec.lastDaysAgo ?? 1); day--) days.push(day);
  const takenAt = days.map((day) => b.ago(day, -spec.hourUtc));
  const end = claim.deletedAt ?? b.clock.anchor;

  days.forEach((day, index) => {
    const createdAt = takenAt[index] as Date;
    const successor = spec.keep === undefined ? undefined : takenAt[index + spec.keep];
    const usedBytes =
      plannedUsedShare(spec.volume, createdAt, end) * capacityGiAt(spec.volume, createdAt) * GIB_NUMBER;
    // Incremental snapshots: the first stores all used blocks, later ones what changed in a day.
    const storedBytes = spec.providerReportsSize
      ? BigInt(Math.round(index === 0 ? usedBytes : usedBytes * random.float(0.05, 0.12)))
      : undefined;
    b.snapshot({
      volume: spec.volume,
      name: `${schedule}-${compactUtc(createdAt)}`,
      idKey: `${schedule}-${day}`,
      className: spec.className,
      createdAt,
      deletedAt: successor ? b.clock.plus(successor, 45_000) : undefined,
      storedBytes,
      labels: {
        "app.kubernetes.io/managed-by": "snapscheduler",
        "snapscheduler.backube/schedule": schedule,
      },
    });
  });
}
