import { dec } from "../../pricing/decimal";
import type { TopCostDriversSection } from "./digest-content";

/** The owner's most expensive resources in the period, as the owner's cost query lists them. */
export interface OwnerResources {
  currency: string;
  total: string;
  resources: {
    resourceKind: string;
    name: string | null;
    /** A PersistentVolume's claim, "namespace/claim": the name its owners know it by. */
    claim?: string | null;
    resourceUid: string;
    clusterName: string;
    namespace: string | null;
    storageClassName: string | null;
    total: string;
    estimated: boolean;
    /** Days of the resource with no price; the query's total counts them as nothing. */
    unpricedResourceDays: number;
  }[];
  resourceCount: number;
}

export const TOP_COST_DRIVERS = 5;

/** A zero total with unpriced days is not $0: nothing about it has a price. */
const isUnpriced = (r: { total: string; unpricedResourceDays: number }) =>
  dec(r.total).isZero() && r.unpricedResourceDays > 0;

/**
 * The largest resources by cost (at most TOP_COST_DRIVERS) with their share of the total, unpriced
 * ones last, with their unpriced resource-days and no share.
 */
export function topCostDriversSection(input: OwnerResources): TopCostDriversSection {
  const total = dec(input.total);
  const drivers = [...input.resources]
    .sort((a, b) => Number(isUnpriced(a)) - Number(isUnpriced(b)) || dec(b.total).comparedTo(dec(a.total)))
    .slice(0, TOP_COST_DRIVERS)
    .map((r) => ({
      // The claim, not the PV's generated "pvc-<uuid>" name, is what a team knows its volume by.
      label: r.claim ?? r.name ?? r.resourceUid,
      detail: [
        r.resourceKind,
        r.claim && r.name ? r.name : null,
        r.storageClassName,
        `${r.clusterName}${r.namespace ? `/${r.namespace}` : ""}`,
      ]
        .filter(Boolean)
        .join(", "),
      total: isUnpriced(r) ? null : r.total,
      // A share of nothing, or of an unknown cost, is undefined, not 0 %.
      share: total.isZero() || isUnpriced(r) ? null : dec(r.total).div(total).toNumber(),
      unpricedResourceDays: r.unpricedResourceDays,
      estimated: r.estimated,
      path:
        r.resourceKind === "PersistentVolume"
          ? `/volumes/${encodeURIComponent(r.clusterName)}/${encodeURIComponent(r.resourceUid)}`
          : null,
    }));
  return { kind: "top-cost-drivers", currency: input.currency, drivers, resourceCount: input.resourceCount };
}
