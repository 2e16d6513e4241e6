import { sum } from "../../pricing/decimal";
import type { WasteContext } from "./context";
import {
  ageInDays,
  formatAgo,
  olderThan,
  ownerOf,
  subjectKey,
  type WasteCost,
  type WasteFinding,
} from "./finding";
import type { WasteInventory, WasteSnapshot } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { snapshotCost } from "./snapshot-cost";
import { retainPatch, takenAt } from "./snapshot-evidence";

const SCHEDULE_LABEL = "snapscheduler.backube/schedule";
const LISTED = 20;

/** The snapshots of one chain past the policy: beyond the newest `keep`, or older than `maxAgeDays`. */
export function excessSnapshots(chain: WasteSnapshot[], now: Date, keep: number, maxAgeDays: number) {
  const newestFirst = [...chain].sort((a, b) => takenAt(b).getTime() - takenAt(a).getTime());
  return newestFirst.filter(
    (snapshot, position) => position >= keep || olderThan(takenAt(snapshot), now, maxAgeDays),
  );
}

/** The excess snapshots' costs added up; one unpriced snapshot makes the total unknown, not smaller. */
function chainCost(costs: WasteCost[], currency: string): WasteCost {
  const unpriced = costs.filter((c) => c.status === "unpriced");
  if (unpriced.length > 0) {
    return {
      status: "unpriced",
      monthlyCost: null,
      currency,
      basis: `${unpriced.length} of ${costs.length} excess snapshots have no price: ${unpriced[0]?.basis}`,
    };
  }
  const estimated = costs.filter((c) => c.status === "estimated").length;
  return {
    status: estimated > 0 ? "estimated" : "priced",
    monthlyCost: sum(costs.map((c) => c.monthlyCost).filter((c) => c !== null)),
    currency,
    basis:
      `${costs.length} excess snapshots as billed today` +
      (estimated > 0 ? `, ${estimated} of them sized by the change-rate model` : ", sizes reported") +
      ". Deleting old incremental snapshots hands blocks the newer ones still use to them: the saving can be smaller.",
  };
}

/**
 * Rule 6: snapshot chains past a retention policy. Per source claim (one that still exists: the
 * snapshots of deleted claims are rule 4's), the snapshots beyond the newest `retentionKeep` or
 * older than `retentionMaxAgeDays`. One finding per chain, listing the excess.
 */
export function detectSnapshotRetention(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now, thresholds } = context;
  const index = indexInventory(inventory, now);
  const chains = new Map<string, WasteSnapshot[]>();
  for (const snapshot of index.liveSnapshots) {
    if (!snapshot.sourcePvcName) continue;
    const key = claimKey(snapshot.namespace, snapshot.sourcePvcName);
    if (!index.liveClaimByName.has(key)) continue;
    const chain = chains.get(key);
    if (chain) chain.push(snapshot);
    else chains.set(key, [snapshot]);
  }
  const findings: WasteFinding[] = [];
  for (const [key, chain] of chains) {
    const excess = excessSnapshots(chain, now, thresholds.retentionKeep, thresholds.retentionMaxAgeDays);
    if (excess.length === 0) continue;
    const claim = index.liveClaimByName.get(key);
    if (!claim) continue;
    const oldest = excess[excess.length - 1] as WasteSnapshot;
    const newest = chain.reduce((a, b) => (takenAt(b).getTime() > takenAt(a).getTime() ? b : a));
    const since = takenAt(oldest);
    const listed = excess
      .slice(0, LISTED)
      .map((s) => `${s.name} (${ageInDays(takenAt(s), now)} d)`)
      .join(", ");
    const retained = excess.flatMap((s) => {
      const content = index.contentOfSnapshot.get(s);
      return content?.deletionPolicy === "Retain" ? [content.name] : [];
    });
    const lines = [
      ...(retained.length > 0
        ? [
            "# Retain contents: switch them to Delete so the cloud snapshots go too.",
            ...retained.map(retainPatch),
          ]
        : []),
      `kubectl delete volumesnapshot -n ${claim.namespace} \\`,
      ...excess.map((s, i) => `  ${s.name}${i < excess.length - 1 ? " \\" : ""}`),
    ];
    const schedule = oldest.labels[SCHEDULE_LABEL];
    if (schedule) {
      const maxAgeHours = thresholds.retentionMaxAgeDays * 24;
      lines.push(
        "# Then cap the schedule so the chain stops growing:",
        `kubectl patch snapshotschedule -n ${claim.namespace} ${schedule} --type merge -p '{"spec":{"retention":{"maxCount":${thresholds.retentionKeep},"expires":"${maxAgeHours}h"}}}'`,
      );
    }
    findings.push({
      rule: "snapshot-retention",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "VolumeSnapshotChain",
      namespace: claim.namespace,
      name: claim.name,
      uid: claim.uid,
      subjectKey: subjectKey(inventory.cluster.id, "VolumeSnapshotChain", claim.uid),
      owner: ownerOf(inventory, claim.namespace, "allocated"),
      since,
      ageDays: ageInDays(since, now),
      cost: chainCost(
        excess.map((snapshot) => snapshotCost(inventory, context, { snapshot })),
        context.pricing.displayCurrency,
      ),
      evidence: [
        {
          label: "Chain",
          value: `${chain.length} live snapshots of ${key}; newest ${formatAgo(takenAt(newest), now)}`,
        },
        {
          label: "Policy",
          value: `keep the newest ${thresholds.retentionKeep}, none older than ${thresholds.retentionMaxAgeDays} days`,
        },
        {
          label: "Excess",
          value: `${excess.length}: ${listed}${excess.length > LISTED ? `, … and ${excess.length - LISTED} more` : ""}`,
        },
        { label: "Oldest", value: formatAgo(since, now) },
      ],
      fix: {
        summary: `Delete the ${excess.length} snapshots past the policy, then set retention where the snapshots are made.`,
        command: lines.join("\n"),
        language: "shell",
      },
    });
  }
  return findings;
}
