import type { Dec } from "../../pricing/decimal";
import type { PriceStatus } from "../../pricing/price-volume";
import type { Payback } from "../gpu/faster-tier-return";
import type { WasteEvidence, WasteFix, WasteOwner } from "../waste/finding";
import type { RecommendationRule } from "./recommendation-rules";
import type { TierPerformance } from "./tier-performance";

/** A monthly amount with how it was reached: unpriced has no figure, never $0. */
export interface RecommendationCost {
  status: PriceStatus;
  monthlyCost: Dec | null;
  currency: string;
  /** "500.0 GiB EBS gp2 at list price", or why there is no figure. */
  basis: string;
}

/** One side of a recommendation: the tier a volume is on, or the one proposed. */
export interface TierSide {
  /** The StorageClass (existing, or the one the fix creates); null for object storage. */
  storageClassName: string | null;
  /** The catalog product it is priced as (ebs-gp3, azure-premium-ssd-v2…); null when unknown. */
  product: string | null;
  label: string;
  cost: RecommendationCost;
  performance: TierPerformance;
}

export interface RecommendationVolume {
  /** The PersistentVolume's name and uid. */
  name: string;
  uid: string;
  claimNamespace: string | null;
  claimName: string | null;
  capacityBytes: bigint;
  /** p95 used bytes over the usage window; null when not measured. */
  usedBytes: number | null;
}

/**
 * One recommendation: move these volumes from one tier to another. `savings` is before − after
 * per month; negative means the change spends money. Rules that spend storage money to save GPU
 * money also carry the GPU cost recovered and the payback; `netMonthlyValue` (savings + GPU cost
 * recovered) ranks every recommendation, whatever produced it.
 */
export interface Recommendation {
  rule: RecommendationRule;
  clusterId: string;
  clusterName: string;
  namespace: string | null;
  /** The claim (or, for a workload's recommendation, the workload) it is about. */
  name: string;
  /** `<cluster id>/<kind>/<uid>`: what a Dismissal names. */
  subjectKey: string;
  owner: WasteOwner;
  volumes: RecommendationVolume[];
  current: TierSide;
  proposed: TierSide;
  savings: RecommendationCost;
  gpuCostRecoveredPerMonth?: Dec | null;
  paybackDays?: Payback | null;
  netMonthlyValue: Dec | null;
  /** What was measured or observed. */
  evidence: WasteEvidence[];
  /** The thresholds the recommendation passed, each with its value: why it is safe to apply. */
  guardrail: WasteEvidence[];
  fix: WasteFix;
}
