import { dec } from "../../pricing/decimal";
import type { TopCostDriversSection } from "./digest-content";

/** The owner's most expensive resources in the period, as the owner's cost query lists them. */
export interface OwnerResources {
  currency: string;
  total: string;
  resources: {
    resourceKind: string;
    name: string | null;
    resourceUid: string;
    clusterName: string;
    namespace: string | null;
    storageClassName: string | null;
    total: string;
    estimated: boolean;
  }[];
  resourceCount: number;
}

export const TOP_COST_DRIVERS = 5;

/** The largest resources by cost (at most TOP_COST_DRIVERS) with their share of the total. */
export function topCostDriversSection(input: OwnerResources): TopCostDriversSection {
  const total = dec(input.total);
  const drivers = [...input.resources]
    .sort((a, b) => dec(b.total).comparedTo(dec(a.total)))
    .slice(0, TOP_COST_DRIVERS)
    .map((r) => ({
      label: r.name ?? r.resourceUid,
      detail: [r.resourceKind, r.storageClassName, `${r.clusterName}${r.namespace ? `/${r.namespace}` : ""}`]
        .filter(Boolean)
        .join(", "),
      total: r.total,
      // A share of nothing is undefined, not 0 %.
      share: total.isZero() ? null : dec(r.total).div(total).toNumber(),
      estimated: r.estimated,
      path:
        r.resourceKind === "PersistentVolume"
          ? `/volumes/${encodeURIComponent(r.clusterName)}/${encodeURIComponent(r.resourceUid)}`
          : null,
    }));
  return { kind: "top-cost-drivers", currency: input.currency, drivers, resourceCount: input.resourceCount };
}
