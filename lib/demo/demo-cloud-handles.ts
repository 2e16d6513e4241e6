import { stableHex } from "./demo-ids";
import type { DemoCluster, Labels, StorageClassPlan } from "./demo-plan-types";

/**
 * The provider-side identifiers a CSI driver records: EBS volume ids, Azure disk resource ids, GCE
 * disk paths, file-system handles and snapshot ids, in the formats each driver writes. All are
 * derived from stable names, never from the clock.
 */
export interface CsiSource {
  csiDriver: string | null;
  volumeHandle: string | null;
  volumeAttributes: Labels;
}

export interface VolumeContext {
  pvName: string;
  zone: string | undefined;
  claimNamespace?: string;
  claimName?: string;
  gi: number;
}

const provisionerIdentity = (cluster: DemoCluster, driver: string) =>
  `17${String(Number.parseInt(stableHex(8, cluster.name, driver), 16) % 10 ** 11).padStart(11, "0")}-8081-${driver}`;

function azureResource(cluster: DemoCluster, type: string, name: string): string {
  return `/subscriptions/${cluster.cloudAccount}/resourceGroups/${cluster.resourceGroup}/providers/Microsoft.Compute/${type}/${name}`;
}

export function csiSource(cluster: DemoCluster, sc: StorageClassPlan, volume: VolumeContext): CsiSource {
  const driver = sc.provisioner;
  const hex = (length: number) => stableHex(length, cluster.name, "volume", volume.pvName);
  const identity = { "storage.kubernetes.io/csiProvisionerIdentity": provisionerIdentity(cluster, driver) };
  const claimAttributes: Labels = volume.claimName
    ? {
        "csi.storage.k8s.io/pv/name": volume.pvName,
        "csi.storage.k8s.io/pvc/name": volume.claimName,
        "csi.storage.k8s.io/pvc/namespace": volume.claimNamespace ?? "default",
      }
    : {};
  switch (driver) {
    case "kubernetes.io/no-provisioner":
      return { csiDriver: null, volumeHandle: null, volumeAttributes: {} };
    case "ebs.csi.aws.com":
      return { csiDriver: driver, volumeHandle: `vol-0${hex(16)}`, volumeAttributes: identity };
    case "efs.csi.aws.com":
      return {
        csiDriver: driver,
        volumeHandle: `${sc.parameters.fileSystemId}::fsap-0${hex(16)}`,
        volumeAttributes: identity,
      };
    case "s3.csi.aws.com":
      // Mountpoint for S3 names the bucket in the volume's attributes; the handle only has to be unique.
      return {
        csiDriver: driver,
        volumeHandle: `s3-csi-${volume.pvName}`,
        volumeAttributes: { bucketName: `acme-ai-${volume.pvName}` },
      };
    case "fsx.csi.aws.com": {
      const id = `fs-0${hex(16)}`;
      return {
        csiDriver: driver,
        volumeHandle: id,
        volumeAttributes: {
          dnsname: `${id}.fsx.${cluster.region}.amazonaws.com`,
          mountname: hex(8),
          ...identity,
        },
      };
    }
    case "disk.csi.azure.com":
      return {
        csiDriver: driver,
        volumeHandle: azureResource(cluster, "disks", volume.pvName),
        volumeAttributes: {
          ...claimAttributes,
          requestedsizegib: String(volume.gi),
          skuname: sc.parameters.skuName ?? "StandardSSD_LRS",
          ...identity,
        },
      };
    case "file.csi.azure.com":
      return {
        csiDriver: driver,
        volumeHandle: `${cluster.resourceGroup}#f${hex(20)}#${volume.pvName}###${volume.claimNamespace ?? "default"}`,
        volumeAttributes: {
          ...claimAttributes,
          skuName: sc.parameters.skuName ?? "Standard_LRS",
          ...identity,
        },
      };
    case "localdisk.csi.acstor.io":
      return { csiDriver: driver, volumeHandle: volume.pvName, volumeAttributes: identity };
    case "pd.csi.storage.gke.io":
      return {
        csiDriver: driver,
        volumeHandle: `projects/${cluster.cloudAccount}/zones/${volume.zone}/disks/${volume.pvName}`,
        volumeAttributes: identity,
      };
    case "filestore.csi.storage.gke.io": {
      const octets = hex(4);
      return {
        csiDriver: driver,
        volumeHandle: `modeInstance/${cluster.zones[0]}/${volume.pvName}/vol1`,
        volumeAttributes: {
          ip: `10.${Number.parseInt(octets.slice(0, 2), 16) % 200}.${Number.parseInt(octets.slice(2), 16)}.2`,
          volume: "vol1",
          ...identity,
        },
      };
    }
    default:
      return { csiDriver: driver, volumeHandle: `${volume.pvName}`, volumeAttributes: identity };
  }
}

/** The cloud snapshot id a VolumeSnapshotContent's status.snapshotHandle holds. */
export function snapshotHandle(cluster: DemoCluster, snapshotUid: string): string {
  if (cluster.provider === "aws") return `snap-0${stableHex(16, cluster.name, "snapshot", snapshotUid)}`;
  if (cluster.provider === "azure") return azureResource(cluster, "snapshots", `snapshot-${snapshotUid}`);
  return `projects/${cluster.cloudAccount}/global/snapshots/snapshot-${snapshotUid}`;
}
