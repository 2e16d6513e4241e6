import type { WasteFix } from "../waste/finding";
import type { ClaimVolume } from "./claim-volumes";

/**
 * Moving a disk to a type its provider cannot change in place (GCE pd-ssd → pd-balanced, Azure
 * Premium SSD → Premium SSD v2): snapshot it, restore the snapshot as a new claim of the target class,
 * point the workload at the new claim, then delete the old one.
 */
export function snapshotRestoreFix(
  subject: ClaimVolume,
  target: {
    storageClassName: string;
    storageClassManifest: string[] | null;
    snapshotClassName: string | null;
  },
  summary: string,
): WasteFix {
  const { claim, volume } = subject;
  const gi = (volume.capacityBytes + 1024n ** 3n - 1n) / 1024n ** 3n;
  const snapshot = `${claim.name}-move`;
  return {
    summary,
    command: [
      ...(target.storageClassManifest ? [...target.storageClassManifest, "---"] : []),
      "apiVersion: snapshot.storage.k8s.io/v1",
      "kind: VolumeSnapshot",
      "metadata:",
      `  name: ${snapshot}`,
      `  namespace: ${claim.namespace}`,
      "spec:",
      ...(target.snapshotClassName ? [`  volumeSnapshotClassName: ${target.snapshotClassName}`] : []),
      "  source:",
      `    persistentVolumeClaimName: ${claim.name}`,
      "---",
      "# Once the snapshot is readyToUse (stop writers first for a consistent copy):",
      "apiVersion: v1",
      "kind: PersistentVolumeClaim",
      "metadata:",
      `  name: ${claim.name}-${target.storageClassName}`,
      `  namespace: ${claim.namespace}`,
      "spec:",
      `  storageClassName: ${target.storageClassName}`,
      `  accessModes: [${claim.accessModes.join(", ") || "ReadWriteOnce"}]`,
      "  dataSource:",
      "    apiGroup: snapshot.storage.k8s.io",
      "    kind: VolumeSnapshot",
      `    name: ${snapshot}`,
      "  resources:",
      "    requests:",
      `      storage: ${gi}Gi`,
      `# Point the workload at ${claim.name}-${target.storageClassName}, then:`,
      `# kubectl delete pvc -n ${claim.namespace} ${claim.name}`,
      `# kubectl delete volumesnapshot -n ${claim.namespace} ${snapshot}`,
      ...(claim.ownerKind === "StatefulSet"
        ? [
            `# A StatefulSet (${claim.ownerName}) made the claim: change storageClassName in its volumeClaimTemplates too.`,
          ]
        : []),
    ].join("\n"),
    language: "yaml",
  };
}
