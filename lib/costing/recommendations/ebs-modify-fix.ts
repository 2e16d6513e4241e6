import { formatCount } from "../../format";
import type { WasteFix } from "../waste/finding";
import type { ClaimVolume } from "./claim-volumes";

/** The VolumeAttributesClass name for a gp3 target: `gp3-<iops>-<throughput>`. */
export const gp3ClassName = (iops: number, throughput: number) => `gp3-${iops}-${throughput}`;

/**
 * EBS changes a volume's type in place (Elastic Volumes: no copy, the volume stays attached). With
 * Kubernetes 1.31+ and the EBS CSI driver's VolumeAttributesClass support, a patch of the claim does
 * it; otherwise the AWS CLI does.
 */
export function ebsModifyToGp3Fix(subject: ClaimVolume, iops: number, throughput: number): WasteFix {
  const name = gp3ClassName(iops, throughput);
  const volumeId = subject.volume.volumeHandle?.split("/").pop() ?? "<volume id>";
  return {
    summary: `Change the volume to gp3 (${formatCount(iops)} IOPS, ${throughput} MiB/s) in place: EBS modifies a live volume, no copy.`,
    command: [
      "apiVersion: storage.k8s.io/v1beta1",
      "kind: VolumeAttributesClass",
      "metadata:",
      `  name: ${name}`,
      "driverName: ebs.csi.aws.com",
      "parameters:",
      "  type: gp3",
      `  iops: "${iops}"`,
      `  throughput: "${throughput}"`,
      "---",
      "# Then point the claim at it (Kubernetes 1.31+, EBS CSI driver with VolumeAttributesClass support):",
      `# kubectl patch pvc -n ${subject.claim.namespace} ${subject.claim.name} -p '{"spec":{"volumeAttributesClassName":"${name}"}}'`,
      "# Or, without VolumeAttributesClass support:",
      `# aws ec2 modify-volume --volume-id ${volumeId} --volume-type gp3 --iops ${iops} --throughput ${throughput}`,
      "# New claims: use a StorageClass with type: gp3.",
    ].join("\n"),
    language: "yaml",
  };
}
