import { deleteVolumeCommand } from "./cloud-disk-command";
import type { WasteContext } from "./context";
import { ageInDays, formatAgo, ownerOf, subjectKey, type WasteEvidence, type WasteFinding } from "./finding";
import type { WasteInventory } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { priceVolumeMonthly } from "./price-volume-monthly";
import { volumeEvidence } from "./volume-evidence";

/**
 * Rule 1: Released PersistentVolumes. Their claim is gone and nothing can bind them again, yet the
 * disk is kept (a Retain policy, or a failed delete) and billed in full. Unallocated: the former
 * claim's namespace is the likely owner.
 */
export function detectReleasedVolumes(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now } = context;
  const index = indexInventory(inventory, now);
  return index.liveVolumes
    .filter((volume) => volume.phase === "Released")
    .map((volume): WasteFinding => {
      const formerClaim = index.goneClaimByName.get(claimKey(volume.claimNamespace, volume.claimName));
      const since = volume.lastPhaseTransitionAt ?? formerClaim?.deletedAt ?? volume.createdAt;
      const evidence: WasteEvidence[] = [
        {
          label: "Phase",
          value: volume.lastPhaseTransitionAt
            ? `Released since ${formatAgo(volume.lastPhaseTransitionAt, now)}`
            : "Released (transition time not recorded)",
        },
      ];
      if (volume.claimName) {
        const deleted = formerClaim?.deletedAt ? `, deleted ${formatAgo(formerClaim.deletedAt, now)}` : "";
        evidence.push({
          label: "Former claim",
          value: `${volume.claimNamespace}/${volume.claimName}${deleted}`,
        });
      }
      evidence.push(...volumeEvidence(volume));
      return {
        rule: "released-volume",
        clusterId: inventory.cluster.id,
        clusterName: inventory.cluster.name,
        kind: "PersistentVolume",
        namespace: null,
        name: volume.name,
        uid: volume.uid,
        ...(volume.claimName ? { claim: `${volume.claimNamespace}/${volume.claimName}` } : {}),
        subjectKey: subjectKey(inventory.cluster.id, "PersistentVolume", volume.uid),
        owner: ownerOf(inventory, volume.claimNamespace, "unallocated"),
        since,
        ageDays: ageInDays(since, now),
        cost: priceVolumeMonthly(inventory, context, volume).cost,
        evidence,
        fix: {
          summary:
            "Nothing can bind a Released volume again. Check the disk holds nothing you need, then delete the PV and its disk.",
          command: deleteVolumeCommand(volume),
          language: "shell",
        },
      };
    });
}
