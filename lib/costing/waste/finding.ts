import type { Dec } from "../../pricing/decimal";
import type { PriceStatus } from "../../pricing/price-volume";
import { MS_PER_DAY } from "../day-window";
import type { WasteInventory } from "./inventory";
import type { WasteRule } from "./waste-rules";

export type WasteSubjectKind =
  | "PersistentVolume"
  | "PersistentVolumeClaim"
  | "VolumeSnapshot"
  | "VolumeSnapshotContent"
  /** All snapshots of one claim: the subject of the retention rule (uid: the claim's uid). */
  | "VolumeSnapshotChain";

/** What a finding costs per month, as billed today, with how the figure was reached. */
export interface WasteCost {
  /** priced: list price × a measured quantity; estimated: a modelled quantity; unpriced: no price. */
  status: PriceStatus;
  /** null when unpriced: an unknown price is never shown as $0. */
  monthlyCost: Dec | null;
  currency: string;
  /** How the figure is made ("500 GiB EBS gp3 at list price"), or why there is none. */
  basis: string;
}

export interface WasteOwner {
  /** allocated: the namespace owns it; unallocated: nobody does, `namespace` is the likely owner. */
  allocation: "allocated" | "unallocated";
  namespace: string | null;
  team: string | null;
}

export interface WasteEvidence {
  label: string;
  value: string;
}

export interface WasteFix {
  summary: string;
  /** A shell snippet or manifest to copy: Tierscope itself never writes to a cluster. */
  command: string;
  /** "shell" for commands, "yaml" for a manifest change. */
  language: "shell" | "yaml";
}

export interface WasteFinding {
  rule: WasteRule;
  clusterId: string;
  clusterName: string;
  kind: WasteSubjectKind;
  namespace: string | null;
  name: string;
  uid: string;
  /**
   * A PersistentVolume's claim, "namespace/claim" (bound, former or pre-bound): the name its owners
   * know it by, where `name` is a generated "pvc-<uuid>".
   */
  claim?: string;
  /** `<cluster id>/<kind>/<uid>`: what a Dismissal names. */
  subjectKey: string;
  owner: WasteOwner;
  /** When it became waste (or, for oversized volumes, since when it exists). */
  since: Date;
  ageDays: number;
  cost: WasteCost;
  evidence: WasteEvidence[];
  fix: WasteFix;
}

/** Whole days from `since` to `now`: a volume released 36 hours ago is 1 day old. */
export function ageInDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / MS_PER_DAY));
}

/** True when more than `days` days have passed since `since` (exactly `days` is not more). */
export function olderThan(since: Date, now: Date, days: number): boolean {
  return now.getTime() - since.getTime() > days * MS_PER_DAY;
}

export function subjectKey(clusterId: string, kind: WasteSubjectKind, uid: string): string {
  return `${clusterId}/${kind}/${uid}`;
}

export function ownerOf(
  inventory: WasteInventory,
  namespace: string | null,
  allocation: WasteOwner["allocation"],
): WasteOwner {
  const team = namespace ? (inventory.namespaces.find((ns) => ns.name === namespace)?.team ?? null) : null;
  return { allocation, namespace, team };
}

/** A date for evidence: "2026-03-01 14:05 UTC". */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "2026-03-01 (43 days ago)". */
export function formatAgo(date: Date, now: Date): string {
  const days = ageInDays(date, now);
  return `${formatInstant(date)} (${days === 0 ? "today" : `${days} day${days === 1 ? "" : "s"} ago`})`;
}
