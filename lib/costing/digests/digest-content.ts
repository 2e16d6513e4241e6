import type { DigestCadence } from "./digest-period";

// What a digest says, as data: a list of sections, each made by its own pure producer and drawn by
// its own renderer block (render-sections.ts). A new section is one producer, one member of
// DigestSection and one renderer entry; nothing else changes.

export interface SpendTrendSection {
  kind: "spend-trend";
  currency: string;
  /**
   * The period's spend (exact decimal string) and the same-length window before it. null when
   * nothing in the period has a price (a zero total with unpriced resource-days): "unpriced", not $0.
   */
  total: string | null;
  previousTotal: string;
  change: string;
  /** change / previousTotal; null when there was no spend before. */
  changeRatio: number | null;
  /** The part of `total` whose quantity is modelled, not measured. */
  estimated: string;
  /** Resource-days with no price: counted, never added as $0. */
  unpricedResourceDays: number;
  window: { from: string; to: string };
  previousWindow: { from: string; to: string };
  days: { day: string; total: string }[];
}

export interface CostDriver {
  label: string;
  /** What it is: "PersistentVolume, gp3-encrypted, ml-platform". */
  detail: string;
  /** null when none of the resource's days has a price: "unpriced", never $0. */
  total: string | null;
  /** total / the period's total; null when either is zero or unpriced. */
  share: number | null;
  /** Resource-days with no price, not in `total`. */
  unpricedResourceDays: number;
  estimated: boolean;
  /** The resource's page in the app (relative), where its cost is broken down; null if it has none. */
  path: string | null;
}

export interface TopCostDriversSection {
  kind: "top-cost-drivers";
  currency: string;
  drivers: CostDriver[];
  /** How many resources the owner had costs for in the period. */
  resourceCount: number;
}

export interface NewWasteItem {
  ruleLabel: string;
  clusterName: string;
  subject: string;
  since: string;
  /** null when unpriced: never shown as $0. */
  monthlyCost: string | null;
  estimated: boolean;
  basis: string;
}

/** A set of waste findings in figures: how many, the priced ones' $/month, how many unpriced. */
export interface WasteTally {
  count: number;
  /** Sum of the priced findings' $/month (exact decimal string). */
  monthlyTotal: string;
  unpricedCount: number;
}

export interface NewWasteSection {
  kind: "new-waste";
  currency: string;
  /** Waste that became waste during the period, largest first. */
  items: NewWasteItem[];
  /** Sum of the priced items' $/month. */
  monthlyTotal: string;
  unpricedCount: number;
  /** Waste the owner already had before the period and still has: never hidden behind "nothing new". */
  standing: WasteTally;
  /** The largest standing findings, at most TOP_STANDING_WASTE. */
  standingTop: NewWasteItem[];
  /** Everything the owner has, new and standing: the Waste page's figures for the owner. */
  owned: WasteTally;
}

export interface OpenRecommendationItem {
  ruleLabel: string;
  clusterName: string;
  /** "training/dataset-cache" (namespace/claim) or "llm-train/PyTorchJob/llama-ft" (a workload). */
  subject: string;
  /** "EBS gp2 (500 GiB) → EBS gp3 (500 GiB)": the tier now and the one proposed. */
  change: string;
  /** Savings + GPU cost recovered per month (exact decimal string); null when unpriced, never $0. */
  netMonthlyValue: string | null;
  /** Storage savings per month (before − after; negative: the change spends); null when unpriced. */
  storageSavings: string | null;
  /** The GPU cost recovered per month, for rules that carry it; null otherwise. */
  gpuCostRecoveredPerMonth: string | null;
  /** Usage-billed sizes or the GPU model's recovery are modelled, not measured. */
  estimated: boolean;
  /** The Recommendations page filtered to this cluster and rule (relative). */
  path: string;
}

export interface OpenRecommendationsSection {
  kind: "open-recommendations";
  currency: string;
  /** The instant they were judged at (ISO): when the digest was built. */
  asOf: string;
  /** Open (not dismissed) recommendations in the owner's namespaces. */
  count: number;
  /** Sum of the priced ones' net monthly value: storage savings + GPU cost recovered. */
  netMonthlyValue: string;
  /** The part of `netMonthlyValue` that is storage savings, and the part that is GPU cost recovered. */
  storageSavings: string;
  gpuCostRecovered: string;
  unpricedCount: number;
  /** The largest net values, at most TOP_OPEN_RECOMMENDATIONS. */
  top: OpenRecommendationItem[];
  /** The Recommendations page for each of the owner's clusters with open recommendations (relative). */
  clusters: { name: string; path: string }[];
}

export interface GpuIdleWorkload {
  name: string;
  workloadKind: string;
  clusterName: string;
  namespace: string;
  allocatedGpuHours: string;
  idleGpuHours: string;
  /** null when none of its GPU-hours has a price: unpriced, never $0. */
  idleCost: string | null;
  /** Storage-bound ÷ idle GPU-hours; null with no idle time. */
  storageBoundShare: number | null;
  /** The model judged it storage-bound (at least `storageBoundMinShare` of its idle time). */
  storageBound: boolean;
  /** Part of its idle time is attributed to storage by the model: that part is an estimate. */
  estimate: boolean;
  /** Some of its GPU-hours have no price, so `idleCost` covers only the priced ones. */
  partlyUnpriced: boolean;
  /** The GPU efficiency page for the window with this workload's detail open (relative). */
  path: string;
}

export interface GpuIdleSection {
  kind: "gpu-idle";
  currency: string;
  /** The UTC days the GPU efficiency page shows for the same `from`/`to`. */
  window: { from: string; to: string };
  podCount: number;
  allocatedGpuHours: string;
  idleGpuHours: string;
  unmeasuredGpuHours: string;
  /** null when no GPU-hour has a price. */
  idleCost: string | null;
  /** The model's estimate of idle time spent waiting on storage, and its cost. */
  storageBoundIdleGpuHours: string;
  storageBoundIdleCost: string | null;
  storageBoundShare: number | null;
  unpricedGpuHours: string;
  /** The most idle cost first, at most TOP_GPU_IDLE_WORKLOADS. */
  workloads: GpuIdleWorkload[];
  workloadCount: number;
  /** The GPU efficiency page for this window, by workload (relative). */
  path: string;
}

export type DigestSection =
  | SpendTrendSection
  | TopCostDriversSection
  | NewWasteSection
  | OpenRecommendationsSection
  | GpuIdleSection;

export interface DigestOwner {
  kind: "team" | "namespace";
  /** "ml-platform" or "eks-prod/training". */
  label: string;
  /** What people call it: the team's name ("ML Platform"); a namespace's label again. */
  displayName: string;
  /** The owner's page in the app, relative to the app's URL. */
  path: string;
}

export interface DigestContent {
  owner: DigestOwner;
  cadence: DigestCadence;
  period: { start: string; end: string };
  timeZone: string;
  sections: DigestSection[];
  /** Absolute links: the app's address, its page for the period, and the unsubscribe page. */
  links: { base: string; app: string; unsubscribe: string };
}
