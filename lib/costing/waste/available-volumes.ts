import { deleteVolumeCommand } from "./cloud-disk-command";
import type { WasteContext } from "./context";
import { ageInDays, formatAgo, olderThan, ownerOf, subjectKey, type WasteFinding } from "./finding";
import type { WasteInventory } from "./inventory";
import { indexInventory } from "./inventory-index";
import { priceVolumeMonthly } from "./price-volume-monthly";
import { volumeEvidence } from "./volume-evidence";

/**
 * Rule 2: Available PersistentVolumes no claim has bound for more than `availableDays` (since their
 * last phase transition, else their creation). Local volumes (no separate charge) are left out: a
 * local static provisioner keeps one Available PV per disk by design, waiting for a claim.
 */
export function detectAvailableVolumes(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now, thresholds } = context;
  const findings: WasteFinding[] = [];
  for (const volume of indexInventory(inventory, now).liveVolumes) {
    if (volume.phase !== "Available") continue;
    const since = volume.lastPhaseTransitionAt ?? volume.createdAt;
    if (!olderThan(since, now, thresholds.availableDays)) continue;
    const price = priceVolumeMonthly(inventory, context, volume);
    if (price.resolution.kind === "included") continue;
    findings.push({
      rule: "available-volume",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "PersistentVolume",
      namespace: null,
      name: volume.name,
      uid: volume.uid,
      subjectKey: subjectKey(inventory.cluster.id, "PersistentVolume", volume.uid),
      owner: ownerOf(inventory, volume.claimNamespace, "unallocated"),
      since,
      ageDays: ageInDays(since, now),
      cost: price.cost,
      evidence: [
        {
          label: "Phase",
          value: `Available (unbound) since ${formatAgo(since, now)}${volume.lastPhaseTransitionAt ? "" : ", its creation"}`,
        },
        {
          label: "Threshold",
          value: `unbound for more than ${thresholds.availableDays} days`,
        },
        {
          label: "Claim",
          value: volume.claimName
            ? `pre-bound to ${volume.claimNamespace}/${volume.claimName}, which has not claimed it`
            : "none: no claim has ever bound it",
        },
        ...volumeEvidence(volume),
      ],
      fix: {
        summary:
          "No claim uses this volume. If nobody means to claim it, check the disk holds nothing you need and delete it.",
        command: deleteVolumeCommand(volume),
        language: "shell",
      },
    });
  }
  return findings;
}
