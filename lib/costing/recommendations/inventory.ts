import type { Dec } from "../../pricing/decimal";
import type { WastePricing } from "../waste/context";
import type { WasteInventory } from "../waste/inventory";
import type { RecommendationThresholds } from "./thresholds";

export type VolumeRoleName = "dataset" | "checkpoint" | "scratch" | "other";

/** How pods used one claim: the roles they declared, over all of its history and over the window. */
export interface ClaimUse {
  namespace: string;
  claimName: string;
  /** Every role a pod declared for it (tierscope.io/volume-roles), ever. */
  roles: VolumeRoleName[];
  /** Pods that had it mounted at some time in the usage window. */
  podsInWindow: number;
  /** Of those, how many mounted it read-only. */
  readOnlyPodsInWindow: number;
  mountedNow: boolean;
  /** The latest end of a pod that mounted it (finish or deletion); null if none ended. */
  lastUnmountedAt: Date | null;
  /** Its latest used-bytes sample ever (kubelet reports only while a pod mounts it); null if none. */
  lastUsedBytes: number | null;
}

/** A claim's measured I/O over the usage window, the p95 of per-sample totals (read + write). */
export interface ClaimIo {
  namespace: string;
  claimName: string;
  opsSamples: number;
  p95Iops: number | null;
  p95WriteIops: number | null;
  bytesSamples: number;
  p95BytesPerSecond: number | null;
  windowStart: Date;
  windowEnd: Date;
}

/** The data access a volume's readers ran up over the last `windowDays` days (its data-access facts). */
export interface VolumeDataAccessUse {
  volumeUid: string;
  gibRead: Dec;
  /** The cost of those reads; null when they are unpriced. */
  readCost: Dec | null;
  currency: string;
  windowDays: number;
}

/** One cluster's inventory as the recommendation rules read it: the waste inventory plus use, I/O and data access. */
export interface RecommendationInventory extends WasteInventory {
  claimUse: ClaimUse[];
  io: ClaimIo[];
  dataAccess: VolumeDataAccessUse[];
}

/** The clock, the thresholds and the prices: everything a rule needs besides the inventory. */
export interface RecommendationContext {
  now: Date;
  thresholds: RecommendationThresholds;
  pricing: WastePricing;
  /**
   * The claims storage-bound GPU workloads read, as `storageBoundClaimKey` keys: a rule that would
   * move one of them to a slower tier (or one that performs worse) says nothing about it.
   */
  storageBoundClaims?: ReadonlySet<string>;
}

/** `<cluster id>/<claim namespace>/<claim name>`: a claim a storage-bound GPU workload reads. */
export function storageBoundClaimKey(clusterId: string, namespace: string | null, claimName: string | null) {
  return `${clusterId}/${namespace ?? ""}/${claimName ?? ""}`;
}
