import { MS_PER_DAY } from "../day-window";
import type { WasteClaim, WasteUsage, WasteVolume } from "../waste/inventory";
import { claimKey, indexInventory } from "../waste/inventory-index";
import type { ClaimIo, ClaimUse, RecommendationContext, RecommendationInventory } from "./inventory";
import type { RecommendationThresholds } from "./thresholds";

/** A live Bound claim with its volume and what is known of its use: the subject of every volume rule. */
export interface ClaimVolume {
  claim: WasteClaim;
  volume: WasteVolume;
  usage: WasteUsage | undefined;
  io: ClaimIo | undefined;
  use: ClaimUse | undefined;
}

const cache = new WeakMap<RecommendationInventory, { at: number; list: ClaimVolume[] }>();

export function claimVolumes(inventory: RecommendationInventory, now: Date): ClaimVolume[] {
  const cached = cache.get(inventory);
  if (cached?.at === now.getTime()) return cached.list;
  const index = indexInventory(inventory, now);
  const io = new Map(inventory.io.map((i) => [claimKey(i.namespace, i.claimName), i]));
  const use = new Map(inventory.claimUse.map((u) => [claimKey(u.namespace, u.claimName), u]));
  const list: ClaimVolume[] = [];
  for (const claim of index.liveClaims) {
    if (claim.phase !== "Bound" || !claim.volumeName) continue;
    const volume = index.volumeByName.get(claim.volumeName);
    if (!volume) continue;
    const key = claimKey(claim.namespace, claim.name);
    list.push({ claim, volume, usage: index.usageByClaim.get(key), io: io.get(key), use: use.get(key) });
  }
  cache.set(inventory, { at: now.getTime(), list });
  return list;
}

/** Measured p95 IOPS and MiB/s when there are enough samples; null where there are not. */
export function measuredIo(
  io: ClaimIo | undefined,
  thresholds: RecommendationThresholds,
): { iops: number | null; mibps: number | null } {
  const iops = io && io.opsSamples >= thresholds.minIoSamples ? io.p95Iops : null;
  const bytes = io && io.bytesSamples >= thresholds.minIoSamples ? io.p95BytesPerSecond : null;
  return { iops, mibps: bytes === null ? null : bytes / 1024 ** 2 };
}

/** A measured need with the headroom added, rounded up to a whole unit. */
export function withHeadroom(value: number, thresholds: RecommendationThresholds): number {
  return Math.ceil(value * (1 + thresholds.ioHeadroom));
}

/**
 * The claims a tier move is for: mounted now, or by a pod that ended within `activeWithinDays`. A
 * claim unused for longer (or never mounted) is waste to delete, which the Waste page lists.
 */
export function activeClaimVolumes(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): ClaimVolume[] {
  const since = context.now.getTime() - context.thresholds.activeWithinDays * MS_PER_DAY;
  return claimVolumes(inventory, context.now).filter(
    ({ use }) =>
      use !== undefined && (use.mountedNow || (use.lastUnmountedAt?.getTime() ?? -Infinity) >= since),
  );
}

/** The guardrail every tier move shows for `activeClaimVolumes`. */
export function inUseGuardrail(context: RecommendationContext) {
  return {
    label: "In use",
    value: `a pod mounted it within the last ${context.thresholds.activeWithinDays} days (unused claims are waste: delete, not move)`,
  };
}
