import type { Dec } from "../pricing/decimal";
import type { PriceStatus } from "../pricing/price-volume";
import type { IsoDay, PriceComponent, PriceUnit } from "../pricing/types";

/** What the cost is for, as showback groups it. */
export const COST_CATEGORIES = ["block", "file", "object", "local", "snapshot", "data-access"] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * One resource's cost for one UTC day and one priced component: quantity × unit price × the share
 * of the month its hours are, with everything needed to explain the figure. Pure costing code
 * produces these; `writeCostFacts` stores them (cost_fact).
 */
export interface DayCostFact {
  clusterId: string;
  day: IsoDay;
  resourceKind: "PersistentVolume" | "VolumeSnapshotContent" | "VolumeDataAccess";
  resourceUid: string;
  component: PriceComponent;
  status: PriceStatus;
  /** allocated: has an owner (its claim's namespace); unallocated: Released/Available/no claim. */
  allocation: "allocated" | "unallocated";
  namespace: string | null;
  /** For unallocated costs: the namespace of the claim it last belonged to. */
  likelyOwnerNamespace: string | null;
  storageClassName: string | null;
  category: CostCategory;
  priceEntryId: string | null;
  priceOverrideId: string | null;
  priceSourceDate: IsoDay | null;
  /** In the price's quantity unit (GiB, IOPS, MiB/s, disks…); billed quantity after tiers/baselines. */
  quantity: Dec;
  unit: PriceUnit;
  /** Hours of this day the resource existed in this state (0 < hours <= 24). */
  hours: Dec;
  unitPrice: Dec | null;
  /** null when unpriced: never $0 for an unknown price. */
  cost: Dec | null;
  currency: string;
  reason: string | null;
  /** Tier slices, discount, exchange rate, the estimate's model and inputs. */
  detail: Record<string, unknown>;
}

/** A fact's cost split to the workloads that mounted the volume that day (share of pod-hours). */
export interface DayCostWorkload {
  workloadKind: string;
  workloadName: string;
  podHours: Dec;
  share: Dec;
  cost: Dec | null;
}
