import { type Dec, sum } from "../../pricing/decimal";
import { recommendationsNetOfWaste } from "../overview/recommendations-net-of-waste";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteEvidence, WasteFinding } from "../waste/finding";

export interface WorklistVolume {
  /** The PersistentVolume's or claim's name, and its namespace when it is a claim. */
  name: string;
  namespace: string | null;
  /** The PersistentVolume's uid (its page and cost facts), when known: null for a waste claim. */
  uid: string | null;
}

/** One thing to do about one or more volumes: delete or shrink (waste), or move (recommendation). */
export interface WorklistRow {
  verdict: "waste" | "recommendation";
  rule: string;
  clusterId: string;
  clusterName: string;
  namespace: string | null;
  name: string;
  subjectKey: string;
  volumes: WorklistVolume[];
  /** Money per month the action saves; null when unpriced (never $0). */
  monthlyValue: Dec | null;
  currency: string;
  summary: string;
  evidence: WasteEvidence[];
}

export interface CleanupWorklist {
  rows: WorklistRow[];
  /**
   * Per currency, every priced row added once: waste in full plus recommendations net of waste
   * volumes (largest first).
   */
  totals: { currency: string; monthlyValue: Dec }[];
  unpricedCount: number;
}

/** A volume by its claim ("ml", "data-db-0") when it has one, else by its PersistentVolume name. */
function claimName(claim: string | null, pvName: string): { name: string; namespace: string | null } {
  const slash = claim?.indexOf("/") ?? -1;
  return claim && slash > 0
    ? { name: claim.slice(slash + 1), namespace: claim.slice(0, slash) }
    : { name: pvName, namespace: null };
}

function wasteRow(f: WasteFinding): WorklistRow {
  return {
    verdict: "waste",
    rule: f.rule,
    clusterId: f.clusterId,
    clusterName: f.clusterName,
    namespace: f.namespace,
    name: f.name,
    subjectKey: f.subjectKey,
    volumes:
      f.kind === "PersistentVolume" || f.kind === "PersistentVolumeClaim"
        ? [
            f.kind === "PersistentVolumeClaim"
              ? { name: f.name, namespace: f.namespace, uid: null }
              : { ...claimName(f.claim ?? null, f.name), uid: f.uid },
          ]
        : [],
    monthlyValue: f.cost.monthlyCost,
    currency: f.cost.currency,
    summary: f.fix.summary,
    evidence: [{ label: "Cost", value: f.cost.basis }, ...f.evidence],
  };
}

function recommendationRow(
  r: Recommendation,
  volumes: Recommendation["volumes"],
  value: Dec | null,
): WorklistRow {
  return {
    verdict: "recommendation",
    rule: r.rule,
    clusterId: r.clusterId,
    clusterName: r.clusterName,
    namespace: r.namespace,
    name: r.name,
    subjectKey: r.subjectKey,
    volumes: volumes.map((v) =>
      v.claimName !== null
        ? { name: v.claimName, namespace: v.claimNamespace, uid: v.uid }
        : { name: v.name, namespace: null, uid: v.uid },
    ),
    monthlyValue: value,
    currency: r.savings.currency,
    summary: r.fix.summary,
    evidence: [{ label: "Cost", value: r.savings.basis }, ...r.evidence],
  };
}

/**
 * Waste findings and recommendations as one list with one verdict per volume: waste wins
 * (recommendationsNetOfWaste), so a recommendation keeps only its volumes that are not waste and
 * the value on them; one left with none, or with nothing to save, drops out. Ranked by money per
 * month across rules, largest first; unpriced rows last, counted, never $0.
 */
export function buildCleanupWorklist(
  findings: readonly WasteFinding[],
  recommendations: readonly Recommendation[],
): CleanupWorklist {
  const rows = findings.map(wasteRow);
  for (const net of recommendationsNetOfWaste(findings, recommendations)) {
    if (net.volumes.length === 0) continue;
    if (net.countedValue !== null && !net.countedValue.gt(0)) continue;
    rows.push(recommendationRow(net.recommendation, net.volumes, net.countedValue));
  }
  rows.sort((a, b) => {
    if (a.monthlyValue === null || b.monthlyValue === null) {
      return a.monthlyValue === b.monthlyValue ? 0 : a.monthlyValue === null ? 1 : -1;
    }
    return b.monthlyValue.comparedTo(a.monthlyValue);
  });
  const totals = new Map<string, Dec[]>();
  for (const row of rows) {
    if (row.monthlyValue !== null)
      totals.set(row.currency, [...(totals.get(row.currency) ?? []), row.monthlyValue]);
  }
  return {
    rows,
    totals: [...totals]
      .map(([currency, values]) => ({ currency, monthlyValue: sum(values) }))
      .sort((a, b) => b.monthlyValue.comparedTo(a.monthlyValue)),
    unpricedCount: rows.filter((row) => row.monthlyValue === null).length,
  };
}
