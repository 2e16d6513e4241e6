import type { VolumeCostingContext } from "../../costing/volume-day-costs";
import type { IsoDay } from "../../pricing/types";
import type { VolumeCostingInput } from "../../queries/costs/load-volume-costing-input";
import type { PricingContext } from "../../queries/pricing/get-pricing-context";

/** What pure volume costing reads for a cluster, from what the data layer loaded for it. */
export function volumeCostingContext(
  costing: VolumeCostingInput,
  pricing: PricingContext,
  now: Date,
): VolumeCostingContext {
  return {
    clusterId: costing.cluster.id,
    provider: costing.cluster.provider,
    region: costing.cluster.region,
    storageClasses: costing.storageClasses,
    volumeAttributesClasses: costing.volumeAttributesClasses,
    ...pricing,
    usedBytes: (namespace: string, claim: string, day: IsoDay) =>
      costing.usedBytes.get(`${namespace}/${claim}/${day}`) ?? null,
    mounts: (namespace: string, claim: string) => costing.mounts.get(`${namespace}/${claim}`) ?? [],
    now,
  };
}
