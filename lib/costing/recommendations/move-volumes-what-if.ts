import { type Dec, sum } from "../../pricing/decimal";
import { InvalidInputError } from "../../services/service-errors";
import { indexInventory } from "../waste/inventory-index";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { TierSide } from "./recommendation";

/** Bad what-if input, naming the field: the API answers it with 422. */
export class WhatIfInputError extends InvalidInputError {
  override name = "WhatIfInputError";
}

export interface MoveWhatIfVolume {
  name: string;
  uid: string;
  claimNamespace: string | null;
  claimName: string | null;
  capacityBytes: bigint;
  before: TierSide;
  after: TierSide;
}

export interface MoveWhatIf {
  targetStorageClass: string;
  currency: string;
  volumes: MoveWhatIfVolume[];
  /**
   * Sums over the volumes priced on both sides; the others are counted in `unpricedVolumes`. null
   * (unpriced, never $0) when no volume is priced on both sides.
   */
  before: Dec | null;
  after: Dec | null;
  /** before − after; negative: the move spends money. null when unpriced. */
  savings: Dec | null;
  unpricedVolumes: number;
  estimated: boolean;
}

/**
 * The monthly cost of a set of live volumes (by PersistentVolume name) today and on another of the
 * cluster's StorageClasses, at the same capacity (usage-billed tiers: the measured p95 used bytes),
 * through the same catalog: nothing in the cluster or the database changes.
 */
export function moveVolumesWhatIf(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  input: { volumes: string[]; storageClass: string },
): MoveWhatIf {
  const target = inventory.storageClasses.find((sc) => sc.name === input.storageClass);
  if (!target) {
    throw new WhatIfInputError(
      `storageClass: cluster ${inventory.cluster.name} has no StorageClass "${input.storageClass}"`,
    );
  }
  const index = indexInventory(inventory, context.now);
  const usage = index.usageByClaim;
  const volumes = input.volumes
    .map((name, position): MoveWhatIfVolume | null => {
      // A volume named twice is moved once; errors name the position as given.
      if (input.volumes.indexOf(name) !== position) return null;
      const volume = index.volumeByName.get(name);
      if (!volume) {
        throw new WhatIfInputError(
          `volumes[${position}]: cluster ${inventory.cluster.name} has no live PersistentVolume "${name}"`,
        );
      }
      const used = usage.get(`${volume.claimNamespace}/${volume.claimName}`)?.p95UsedBytes ?? null;
      return {
        name: volume.name,
        uid: volume.uid,
        claimNamespace: volume.claimNamespace,
        claimName: volume.claimName,
        capacityBytes: volume.capacityBytes,
        before: priceCurrentTier(inventory, context, volume, used).side,
        after: priceTargetTier(
          inventory,
          context,
          volume,
          { kind: "storage-class", storageClass: target },
          used,
        ).side,
      };
    })
    .filter((v): v is MoveWhatIfVolume => v !== null);
  const priced = volumes.filter(
    (v) => v.before.cost.monthlyCost !== null && v.after.cost.monthlyCost !== null,
  );
  const none = priced.length === 0;
  const before = none ? null : sum(priced.map((v) => v.before.cost.monthlyCost as Dec));
  const after = none ? null : sum(priced.map((v) => v.after.cost.monthlyCost as Dec));
  return {
    targetStorageClass: target.name,
    currency: context.pricing.displayCurrency,
    volumes,
    before,
    after,
    savings: before === null || after === null ? null : before.minus(after),
    unpricedVolumes: volumes.length - priced.length,
    estimated: priced.some(
      (v) => v.before.cost.status === "estimated" || v.after.cost.status === "estimated",
    ),
  };
}
