import { compareFindings, detectWaste } from "../../costing/waste/detect-waste";
import type { WasteFinding } from "../../costing/waste/finding";
import type { WasteThresholds } from "../../costing/waste/thresholds";
import type { WasteRule } from "../../costing/waste/waste-rules";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { getPricingContext } from "../pricing/get-pricing-context";
import { namespaceVisibility } from "../scope/namespace-visibility";
import type { TeamIds } from "../scope/team-scope-sql";
import { getWasteThresholds } from "./get-waste-thresholds";
import { loadWasteInventory } from "./load-waste-inventory";

export interface WasteListParams {
  now: Date;
  clusterName?: string;
  rule?: WasteRule;
  includeDismissed?: boolean;
  teamIds: TeamIds;
}

export interface WasteFindingList {
  asOf: Date;
  currency: string;
  thresholds: WasteThresholds;
  warnings: string[];
  /** Every finding of every rule, in rule order, largest cost first; dismissed ones only when asked. */
  findings: { finding: WasteFinding; dismissed: boolean }[];
  /** Findings hidden because someone dismissed them. */
  dismissedCount: number;
}

/**
 * The waste of one cluster (by name) or of the whole fleet as of `now`: each cluster's inventory
 * loaded and judged by every rule, valued at today's prices in the display currency. Findings a
 * Dismissal names are left out unless `includeDismissed`. A `rule` filter narrows the findings
 * returned, never the work: callers that show totals by rule ask for all of them. Only the findings
 * of the `teamIds` namespaces are returned (all when null).
 */
export async function readWasteFindings(db: Db, options: WasteListParams): Promise<WasteFindingList> {
  const clusters = options.clusterName
    ? [await getClusterByNameOrThrow(db, options.clusterName)]
    : await db.cluster.findMany({ orderBy: { name: "asc" } });
  const orgIds = [...new Set(clusters.map((c) => c.orgId))];
  const [visible, pricing, { thresholds, warnings }, dismissals] = await Promise.all([
    namespaceVisibility(db, options.teamIds),
    getPricingContext(db, { orgIds }),
    getWasteThresholds(db),
    db.dismissal.findMany({
      where: { orgId: { in: orgIds }, subjectKind: "waste" },
      select: { rule: true, subjectKey: true },
    }),
  ]);
  const dismissed = new Set(dismissals.map((d) => `${d.rule}|${d.subjectKey}`));
  const context = { now: options.now, thresholds, pricing };
  const all: WasteFinding[] = [];
  // One cluster at a time: memory holds one cluster's inventory, not the fleet's.
  for (const cluster of clusters) {
    const inventory = await loadWasteInventory(db, { cluster, now: options.now });
    all.push(...detectWaste(inventory, context));
  }
  all.sort(compareFindings);
  const findings: WasteFindingList["findings"] = [];
  let dismissedCount = 0;
  for (const finding of all) {
    if (options.rule && finding.rule !== options.rule) continue;
    // A finding is its owner's (an unallocated one its likely owner's): another team's is not there.
    if (!visible(finding.clusterId, finding.owner.namespace)) continue;
    const isDismissed = dismissed.has(`${finding.rule}|${finding.subjectKey}`);
    if (isDismissed) dismissedCount++;
    if (!isDismissed || options.includeDismissed) findings.push({ finding, dismissed: isDismissed });
  }
  return {
    asOf: options.now,
    currency: pricing.displayCurrency,
    thresholds,
    warnings,
    findings,
    dismissedCount,
  };
}
