import type { PriceUnit, Provider } from "../../../pricing/types";
import type { CostCategory } from "../../cost-fact";

/**
 * What a fact's `detail` says about how its price applied (written by volume-day-costs.ts and
 * snapshot-day-costs.ts): what FOCUS needs to state the billable quantity and the unit price in
 * the billing currency.
 */
export interface FocusFactDetail {
  /** The free baseline a flat price starts above (gp3: 3,000 IOPS, 125 MiB/s); null when none. */
  includedQuantity: string | null;
  /** Price currency → the fact's currency, when the price was converted; null when not. */
  exchangeRate: string | null;
  discountPercent: string | null;
  /** A volume's day cut where it changed: each piece's hours and quantity (null for snapshots' pieces). */
  segments: { hours: string; quantity: string | null }[] | null;
  /** An archived snapshot deleted before its minimum: the remaining hours charged at once. */
  earlyDeletion: { remainingHours: string } | null;
  /** A snapshot's bytes at the end of the day. */
  storedBytes: string | null;
  /**
   * A data-access fact: one reading namespace's part of its volume's cost (data-access-day-costs.ts),
   * how it was split and its share; null for facts that are not split.
   */
  split: { volumeUid: string; volumeName: string; method: string; share: string } | null;
}

/** One priced cost fact of the month with what FOCUS needs to describe it (unpriced facts have no row). */
export interface FocusFact {
  day: string;
  orgId: string;
  orgName: string;
  clusterId: string;
  clusterName: string;
  provider: Provider;
  region: string | null;
  resourceKind: "PersistentVolume" | "VolumeSnapshotContent" | "VolumeDataAccess";
  resourceUid: string;
  resourceName: string | null;
  component: string;
  status: "priced" | "estimated" | "included";
  allocation: "allocated" | "unallocated";
  namespace: string | null;
  likelyOwnerNamespace: string | null;
  team: string | null;
  costCentre: string | null;
  storageClassName: string | null;
  category: CostCategory;
  product: string | null;
  priceEntryId: string | null;
  priceSourceDate: string | null;
  /** What the resource had that day (GiB, IOPS, MiB/s, stored GiB), hour-weighted; GiB for disk_month. */
  quantity: string;
  unit: PriceUnit;
  hours: string;
  /**
   * The list (or overridden) unit price in the price's own currency, a size-step product's tier
   * price; null for a graduated price or one that changed during the day.
   */
  unitPrice: string | null;
  /** In `currency`: the display currency the fact was priced in, its BillingCurrency. */
  cost: string;
  currency: string;
  detail: FocusFactDetail;
}
