// What a data-access reading and a volume are matched on: the EFS file system id for EFS (a
// CloudWatch FileSystemId, the first label of an NFS export's host, the volume handle before "::"),
// the bucket for Mountpoint for S3, else the NFS export itself (server:path).

const EFS_ID = /^fs-[0-9a-f]+$/;

/** The key of a reading's target: an export of an EFS DNS name is its file system id. */
export function readingTargetKey(target: string): string {
  const host = target.split(":")[0] ?? target;
  const first = host.split(".")[0] ?? host;
  return EFS_ID.test(first) ? first : target;
}

export interface VolumeTargetInput {
  csiDriver: string | null;
  volumeHandle: string | null;
  volumeAttributes: Record<string, string>;
}

/**
 * The key a volume's readings have: efs.csi.aws.com volumeHandle "fs-xxx", "fs-xxx::fsap-xxx" or
 * "fs-xxx:/path"; s3.csi.aws.com the bucketName attribute; an NFS CSI volume its server:share.
 * null when nothing identifies it.
 */
export function volumeTargetKey(volume: VolumeTargetInput): string | null {
  if (volume.csiDriver === "efs.csi.aws.com") {
    const id = volume.volumeHandle?.split(":")[0];
    return id && EFS_ID.test(id) ? id : null;
  }
  if (volume.csiDriver === "s3.csi.aws.com") return volume.volumeAttributes.bucketName ?? null;
  if (volume.csiDriver === "nfs.csi.k8s.io") {
    const { server, share } = volume.volumeAttributes;
    return server && share ? `${server}:${share}` : null;
  }
  return null;
}
