import type { WasteVolume } from "./inventory";

/**
 * The provider CLI command that deletes a volume's backing storage, from its CSI driver and volume
 * handle in the formats each driver records; null when Tierscope cannot say (EFS access points keep
 * their data in the file system, unknown drivers).
 */
export function cloudDiskDeleteCommand(
  volume: Pick<WasteVolume, "csiDriver" | "volumeHandle" | "zone">,
): string | null {
  const handle = volume.volumeHandle;
  if (!handle) return null;
  switch (volume.csiDriver) {
    case "ebs.csi.aws.com":
    case "kubernetes.io/aws-ebs":
      // The in-tree plugin records aws://<zone>/vol-…; the CSI driver the bare id.
      return `aws ec2 delete-volume --volume-id ${handle.split("/").pop()}`;
    case "fsx.csi.aws.com":
      return `aws fsx delete-file-system --file-system-id ${handle}`;
    case "disk.csi.azure.com":
    case "kubernetes.io/azure-disk":
      return `az disk delete --ids ${handle} --yes`;
    case "pd.csi.storage.gke.io":
    case "kubernetes.io/gce-pd": {
      // projects/<project>/zones/<zone>/disks/<name> (or regions/<region> for regional disks).
      const match = /^projects\/([^/]+)\/(zones|regions)\/([^/]+)\/disks\/([^/]+)$/.exec(handle);
      if (match) {
        const [, project, scope, location, name] = match;
        const flag = scope === "zones" ? "--zone" : "--region";
        return `gcloud compute disks delete ${name} ${flag} ${location} --project ${project} --quiet`;
      }
      return volume.zone ? `gcloud compute disks delete ${handle} --zone ${volume.zone} --quiet` : null;
    }
    default:
      return null;
  }
}

/** Delete a PersistentVolume, and its cloud disk where Kubernetes will not. */
export function deleteVolumeCommand(volume: WasteVolume): string {
  const disk = cloudDiskDeleteCommand(volume);
  const lines = [
    `# Check that ${volume.volumeHandle ?? "the volume"} holds nothing you need (snapshot it if unsure), then:`,
    `kubectl delete pv ${volume.name}`,
  ];
  if (volume.reclaimPolicy === "Retain") {
    lines.push("# reclaimPolicy Retain: Kubernetes leaves the cloud disk behind, still billed. Delete it:");
    lines.push(disk ?? `# delete ${volume.volumeHandle ?? "the backing storage"} with your provider's tools`);
  } else if (disk) {
    lines.push(`# reclaimPolicy ${volume.reclaimPolicy}: if the disk is still there afterwards, delete it:`);
    lines.push(`# ${disk}`);
  }
  return lines.join("\n");
}
