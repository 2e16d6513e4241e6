import { formatBytes } from "../../format";
import type { WasteContext } from "./context";
import { ageInDays, formatAgo, ownerOf, subjectKey, type WasteEvidence, type WasteFinding } from "./finding";
import type { WasteInventory, WasteSnapshotContent } from "./inventory";
import { indexInventory } from "./inventory-index";
import { snapshotCost } from "./snapshot-cost";
import { retainPatch } from "./snapshot-evidence";

/** Contents a backup tool manages (Velero labels its own): their lifecycle is that tool's business. */
export function ownedByBackupTool(content: WasteSnapshotContent): boolean {
  return Object.keys(content.labels).some((key) => key.startsWith("velero.io/"));
}

/**
 * Rule 5: VolumeSnapshotContents with deletionPolicy Retain and no VolumeSnapshot: deleting the
 * snapshot left the content, and the cloud snapshot behind it is still billed. Unallocated: the
 * namespace of the snapshot it belonged to is the likely owner.
 */
export function detectRetainedContents(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now } = context;
  const index = indexInventory(inventory, now);
  const findings: WasteFinding[] = [];
  for (const content of index.liveContents) {
    if (content.deletionPolicy !== "Retain" || index.snapshotOfContent.has(content)) continue;
    if (ownedByBackupTool(content)) continue;
    const former = content.snapshotRefUid ? index.snapshotByUid.get(content.snapshotRefUid) : undefined;
    const taken = content.creationTime ?? content.createdAt;
    const since = former?.deletedAt ?? taken;
    const ref = `${content.snapshotRefNamespace}/${content.snapshotRefName}`;
    const evidence: WasteEvidence[] = [
      {
        label: "VolumeSnapshot",
        value: former?.deletedAt
          ? `${ref}, deleted ${formatAgo(former.deletedAt, now)}`
          : `${ref}: gone (Tierscope never saw it)`,
      },
      { label: "Deletion policy", value: "Retain: the cloud snapshot outlives its VolumeSnapshot" },
      { label: "Taken", value: formatAgo(taken, now) },
    ];
    if (content.snapshotHandle) evidence.push({ label: "Cloud snapshot", value: content.snapshotHandle });
    if (content.restoreSizeBytes !== null) {
      evidence.push({
        label: "Restore size",
        value: `${formatBytes(content.restoreSizeBytes)} (the source's size, not what the snapshot is billed for)`,
      });
    }
    findings.push({
      rule: "retained-content",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "VolumeSnapshotContent",
      namespace: null,
      name: content.name,
      uid: content.uid,
      subjectKey: subjectKey(inventory.cluster.id, "VolumeSnapshotContent", content.uid),
      owner: ownerOf(inventory, content.snapshotRefNamespace, "unallocated"),
      since,
      ageDays: ageInDays(since, now),
      cost: snapshotCost(inventory, context, { content }),
      evidence,
      fix: {
        summary:
          "Nothing refers to this snapshot any more. If nobody needs it, switch its content to Delete and delete it: the snapshotter then deletes the cloud snapshot.",
        command: [retainPatch(content.name), `kubectl delete volumesnapshotcontent ${content.name}`].join(
          "\n",
        ),
        language: "shell",
      },
    });
  }
  return findings;
}
