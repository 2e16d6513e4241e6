import type { FasterTier } from "./faster-tier";
import type { WorkloadVolume } from "./faster-tier-return";
import type { GpuIdleGroup } from "./group-gpu-idle";

const GIB = 1024n ** 3n;

/**
 * The manifest change that moves one volume to the faster tier: a StorageClass when the cluster has
 * none of that tier, and a new claim of the same size on it. Tierscope never writes to a cluster:
 * the comment says what to run around it (copy the data, point the workload at the new claim).
 */
export function fasterTierManifest(input: {
  volume: WorkloadVolume;
  target: FasterTier;
  className: string;
  createClass: boolean;
  workload: GpuIdleGroup;
  from: string;
}): string {
  const { volume, target, className } = input;
  const gib = (volume.capacityBytes + GIB - 1n) / GIB;
  const lines = [
    `# ${volume.namespace}/${volume.claimName} (${volume.role}): ${input.from} → ${target.why}.`,
    `# Copy the data to the new claim (e.g. a Job running rsync), then point ${input.workload.workloadKind}/${input.workload.name} at ${volume.claimName}-fast.`,
  ];
  if (input.createClass) {
    lines.push(
      "apiVersion: storage.k8s.io/v1",
      "kind: StorageClass",
      "metadata:",
      `  name: ${className}`,
      `provisioner: ${target.provisioner}`,
      "parameters:",
      ...Object.entries(target.parameters).map(([key, value]) => `  ${key}: "${value}"`),
      "allowVolumeExpansion: true",
      "---",
    );
  }
  const modes = volume.accessModes.length > 0 ? volume.accessModes : ["ReadWriteOnce"];
  lines.push(
    "apiVersion: v1",
    "kind: PersistentVolumeClaim",
    "metadata:",
    `  name: ${volume.claimName}-fast`,
    `  namespace: ${volume.namespace}`,
    "spec:",
    `  storageClassName: ${className}`,
    `  accessModes: [${modes.join(", ")}]`,
    "  resources:",
    "    requests:",
    `      storage: ${gib}Gi`,
  );
  return lines.join("\n");
}
