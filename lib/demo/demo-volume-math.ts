import type { VolumePlan } from "./demo-plan-types";

/** Size and usage arithmetic shared by the volume, snapshot and metric builders. */
export const GIB = 1024n ** 3n;
export const GIB_NUMBER = 1024 ** 3;

/** The volume's capacity (GiB) in force at `at`: the last resize at or before it. */
export function capacityGiAt(volume: VolumePlan, at: Date): number {
  let gi = volume.sizes[0]?.gi ?? 0;
  for (const size of volume.sizes) if (size.from.getTime() <= at.getTime()) gi = size.gi;
  return gi;
}

export function currentCapacityGi(volume: VolumePlan): number {
  return volume.sizes[volume.sizes.length - 1]?.gi ?? 0;
}

/** When the volume's claim stopped existing, or undefined while it lives. */
export function claimEnd(volume: VolumePlan): Date | undefined {
  return volume.claim?.deletedAt ?? volume.deletedAt;
}

/**
 * The planned share of capacity in use at `at`, moving linearly from usage.from at the claim's
 * creation to usage.to at `end` (the anchor or the claim's deletion).
 */
export function plannedUsedShare(volume: VolumePlan, at: Date, end: Date): number {
  const start = (volume.claim?.createdAt ?? volume.createdAt).getTime();
  const span = Math.max(1, end.getTime() - start);
  const progress = Math.min(1, Math.max(0, (at.getTime() - start) / span));
  return volume.usage.from + (volume.usage.to - volume.usage.from) * progress;
}
