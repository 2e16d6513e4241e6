import { detectAvailableVolumes } from "./available-volumes";
import type { WasteContext } from "./context";
import type { WasteFinding } from "./finding";
import type { WasteInventory } from "./inventory";
import { detectOrphanedSnapshots } from "./orphaned-snapshots";
import { detectOversizedVolumes } from "./oversized-volumes";
import { detectReleasedVolumes } from "./released-volumes";
import { detectRetainedContents } from "./retained-contents";
import { detectSnapshotRetention } from "./snapshot-retention";
import { detectUnmountedClaims } from "./unmounted-claims";
import { WASTE_RULES, type WasteRule } from "./waste-rules";

type Rule = (inventory: WasteInventory, context: WasteContext) => WasteFinding[];

const RULES: Record<WasteRule, Rule> = {
  "released-volume": detectReleasedVolumes,
  "available-volume": detectAvailableVolumes,
  "unmounted-claim": detectUnmountedClaims,
  "orphaned-snapshot": detectOrphanedSnapshots,
  "retained-content": detectRetainedContents,
  "snapshot-retention": detectSnapshotRetention,
  "oversized-volume": detectOversizedVolumes,
};

/** Rule order, then the largest monthly cost first (unpriced after priced), then by name. */
export function compareFindings(a: WasteFinding, b: WasteFinding): number {
  const rule = WASTE_RULES.indexOf(a.rule) - WASTE_RULES.indexOf(b.rule);
  if (rule !== 0) return rule;
  const [x, y] = [a.cost.monthlyCost, b.cost.monthlyCost];
  if (x && y && !x.eq(y)) return y.comparedTo(x);
  if (x && !y) return -1;
  if (!x && y) return 1;
  return (
    a.clusterName.localeCompare(b.clusterName) ||
    (a.namespace ?? "").localeCompare(b.namespace ?? "") ||
    a.name.localeCompare(b.name)
  );
}

/**
 * Every waste finding of one cluster's inventory as of `context.now`. Each resource is counted
 * once, so the rules' totals add up: a claim nobody mounts is to be deleted, not shrunk, so it is
 * not also reported as oversized; snapshots of deleted claims (rule 4) never enter a retention
 * chain (rule 6), which only judges claims that still exist.
 */
export function detectWaste(
  inventory: WasteInventory,
  context: WasteContext,
  rules: readonly WasteRule[] = WASTE_RULES,
): WasteFinding[] {
  const findings = rules.flatMap((rule) => RULES[rule](inventory, context));
  if (rules.includes("oversized-volume")) {
    const unmounted = new Set(
      (rules.includes("unmounted-claim") ? findings : detectUnmountedClaims(inventory, context))
        .filter((f) => f.rule === "unmounted-claim")
        .map((f) => f.subjectKey),
    );
    return findings
      .filter((f) => f.rule !== "oversized-volume" || !unmounted.has(f.subjectKey))
      .sort(compareFindings);
  }
  return findings.sort(compareFindings);
}
