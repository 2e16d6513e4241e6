import type { WasteContext } from "./context";
import { ageInDays, formatAgo, ownerOf, subjectKey, type WasteFinding } from "./finding";
import type { WasteInventory } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { snapshotCost } from "./snapshot-cost";
import { retainPatch, snapshotEvidence, takenAt } from "./snapshot-evidence";

/**
 * Rule 4: VolumeSnapshots whose source claim no longer exists. Pre-provisioned snapshots (made from
 * an existing content, with no source claim) are not judged here.
 */
export function detectOrphanedSnapshots(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now } = context;
  const index = indexInventory(inventory, now);
  const findings: WasteFinding[] = [];
  for (const snapshot of index.liveSnapshots) {
    if (!snapshot.sourcePvcName) continue;
    const name = claimKey(snapshot.namespace, snapshot.sourcePvcName);
    if (index.liveClaimByName.has(name)) continue;
    const gone = index.goneClaimByName.get(name);
    const taken = takenAt(snapshot);
    const since = gone?.deletedAt && gone.deletedAt.getTime() > taken.getTime() ? gone.deletedAt : taken;
    const content = index.contentOfSnapshot.get(snapshot);
    const lines = [`kubectl delete volumesnapshot -n ${snapshot.namespace} ${snapshot.name}`];
    if (content?.deletionPolicy === "Retain") {
      lines.unshift(
        `# Its content is Retain: without this, deleting the snapshot leaves the cloud snapshot billed.`,
        retainPatch(content.name),
      );
    }
    findings.push({
      rule: "orphaned-snapshot",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "VolumeSnapshot",
      namespace: snapshot.namespace,
      name: snapshot.name,
      uid: snapshot.uid,
      subjectKey: subjectKey(inventory.cluster.id, "VolumeSnapshot", snapshot.uid),
      owner: ownerOf(inventory, snapshot.namespace, "allocated"),
      since,
      ageDays: ageInDays(since, now),
      cost: snapshotCost(inventory, context, { snapshot }),
      evidence: [
        {
          label: "Source claim",
          value: gone?.deletedAt
            ? `${name}, deleted ${formatAgo(gone.deletedAt, now)}`
            : `${name}: does not exist (never seen by Tierscope)`,
        },
        ...snapshotEvidence(snapshot, content, now),
      ],
      fix: {
        summary:
          "The claim this snapshot was taken of is gone. Unless someone means to restore it, delete the snapshot.",
        command: lines.join("\n"),
        language: "shell",
      },
    });
  }
  return findings;
}
