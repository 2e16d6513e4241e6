import type { DigestCadence } from "./digest-period";

// What a digest says, as data: a list of sections, each made by its own pure producer and drawn by
// its own renderer block (render-sections.ts). A new section is one producer, one member of
// DigestSection and one renderer entry; nothing else changes.

export interface SpendTrendSection {
  kind: "spend-trend";
  currency: string;
  /** The period's spend (exact decimal string) and the same-length window before it. */
  total: string;
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
  total: string;
  /** total / the period's total; null when the total is zero. */
  share: number | null;
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

export interface NewWasteSection {
  kind: "new-waste";
  currency: string;
  /** Waste that became waste during the period, largest first. */
  items: NewWasteItem[];
  /** Sum of the priced items' $/month. */
  monthlyTotal: string;
  unpricedCount: number;
}

export type DigestSection = SpendTrendSection | TopCostDriversSection | NewWasteSection;

export interface DigestOwner {
  kind: "team" | "namespace";
  /** "ml-platform" or "eks-prod/training". */
  label: string;
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
