import { cloudDiskDeleteCommand } from "./cloud-disk-command";
import type { WasteContext } from "./context";
import { ageInDays, formatAgo, olderThan, ownerOf, subjectKey, type WasteFinding } from "./finding";
import type { WasteClaim, WasteInventory, WastePodMount } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { priceVolumeMonthly } from "./price-volume-monthly";
import { volumeEvidence } from "./volume-evidence";

/**
 * When a pod stopped holding a claim: its last container's termination (the kubelet unmounts then)
 * or its deletion, whichever came first; null while it still runs (or waits to) at `now`.
 */
export function mountEnd(mount: WastePodMount, now: Date): Date | null {
  const ends = [mount.finishedAt, mount.deletedAt].filter((d): d is Date => d !== null);
  if (ends.length === 0) return null;
  const end = new Date(Math.min(...ends.map((d) => d.getTime())));
  return end.getTime() > now.getTime() ? null : end;
}

/** The last pod that held the claim, and until when; `until` null means a pod holds it now. */
export function lastMount(mounts: WastePodMount[], claim: WasteClaim, now: Date) {
  let last: { pod: string; until: Date | null } | null = null;
  for (const mount of mounts) {
    const until = mountEnd(mount, now);
    if (until === null) return { pod: mount.podName, until: null };
    // A pod that ended before this claim existed mounted an earlier claim of the same name.
    if (until.getTime() < claim.createdAt.getTime()) continue;
    if (!last || (last.until && until.getTime() > last.until.getTime())) last = { pod: mount.podName, until };
  }
  return last;
}

/**
 * Rule 3: Bound claims that no pod has mounted for more than `unmountedDays`: since the last pod
 * with that claimName in that namespace ended, or since the claim's creation if none ever did.
 */
export function detectUnmountedClaims(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now, thresholds } = context;
  const index = indexInventory(inventory, now);
  const findings: WasteFinding[] = [];
  for (const claim of index.liveClaims) {
    if (claim.phase !== "Bound") continue;
    const last = lastMount(index.mountsByClaim.get(claimKey(claim.namespace, claim.name)) ?? [], claim, now);
    if (last && last.until === null) continue;
    const since = last?.until ?? claim.createdAt;
    if (!olderThan(since, now, thresholds.unmountedDays)) continue;
    const volume = claim.volumeName ? index.volumeByName.get(claim.volumeName) : undefined;
    const shape = volume ?? { ...claim, capacityBytes: claim.capacityBytes ?? claim.requestedBytes };
    const lines = [`kubectl delete pvc -n ${claim.namespace} ${claim.name}`];
    if (claim.ownerKind === "StatefulSet") {
      lines.unshift(
        `# Made by StatefulSet ${claim.ownerName}: scale it down or remove the template first, or it comes back.`,
      );
    }
    if (volume?.reclaimPolicy === "Retain") {
      lines.push(
        `# ${volume.name} is Retain: it turns Released and keeps its disk. Delete both once checked:`,
      );
      lines.push(`kubectl delete pv ${volume.name}`);
      lines.push(
        cloudDiskDeleteCommand(volume) ??
          `# delete ${volume.volumeHandle ?? "the disk"} with your provider's tools`,
      );
    }
    findings.push({
      rule: "unmounted-claim",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "PersistentVolumeClaim",
      namespace: claim.namespace,
      name: claim.name,
      uid: claim.uid,
      subjectKey: subjectKey(inventory.cluster.id, "PersistentVolumeClaim", claim.uid),
      owner: ownerOf(inventory, claim.namespace, "allocated"),
      since,
      ageDays: ageInDays(since, now),
      cost: priceVolumeMonthly(inventory, context, shape).cost,
      evidence: [
        {
          label: "Last mount",
          value: last?.until
            ? `pod ${last.pod}, until ${formatAgo(last.until, now)}`
            : `never mounted by a pod Tierscope saw; claim created ${formatAgo(claim.createdAt, now)}`,
        },
        { label: "Threshold", value: `no pod for more than ${thresholds.unmountedDays} days` },
        { label: "Volume", value: claim.volumeName ?? "(unknown)" },
        ...(volume ? volumeEvidence(volume) : []),
      ],
      fix: {
        summary:
          "No workload uses this claim. Confirm with its owner that the data is not needed (snapshot it if unsure), then delete the claim.",
        command: lines.join("\n"),
        language: "shell",
      },
    });
  }
  return findings;
}
