import { productInfo } from "../../pricing/products";
import { regionOfZone } from "../../pricing/resolve/params";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { StorageClassInput } from "../../pricing/resolve/types";
import type { Provider } from "../../pricing/types";
import type { SnapshotChain } from "./build-snapshot-chains";

export type SnapshotProduct =
  | { kind: "product"; provider: Provider; region: string; product: string; label: string }
  | { kind: "unknown"; reason: string };

// The snapshot product of each block-storage driver, when the source volume's class does not
// resolve to a product (class unknown, or GCE `type: dynamic`): one snapshot price per provider.
const DRIVER_SNAPSHOT_PRODUCT: Record<string, string> = {
  "ebs.csi.aws.com": "ebs-snapshot",
  "kubernetes.io/aws-ebs": "ebs-snapshot",
  "pd.csi.storage.gke.io": "gce-pd-snapshot",
  "kubernetes.io/gce-pd": "gce-pd-snapshot",
  // Incremental managed-disk snapshots: LRS and ZRS meters carry the same price (pricing.md §4).
  "disk.csi.azure.com": "azure-disk-snapshot-lrs",
  "kubernetes.io/azure-disk": "azure-disk-snapshot-lrs",
};

/**
 * What the provider bills a chain's snapshots as: the snapshot product of the source volume's
 * StorageClass (Azure ZRS disks snapshot to the ZRS meter), else of the content's CSI driver, in
 * the source volume's region (its own, its zone's, else the cluster's).
 */
export function snapshotProductOf(
  chain: SnapshotChain,
  driver: string,
  cluster: { provider: Provider; region: string | null },
  storageClasses: Map<string, StorageClassInput>,
): SnapshotProduct {
  const volume = chain.volume;
  const storageClass = chain.storageClassName ? (storageClasses.get(chain.storageClassName) ?? null) : null;
  const resolution = resolveStorage({
    storageClass,
    volume: {
      capacityBytes: volume?.capacityBytes ?? null,
      region: volume?.region ?? null,
      zone: volume?.zone ?? null,
      csiDriver: volume?.csiDriver ?? driver,
      volumeAttributes: volume?.volumeAttributes ?? {},
      annotations: volume?.annotations ?? {},
    },
    cluster,
  });
  const region =
    volume?.region ??
    (volume?.zone ? regionOfZone(cluster.provider, volume.zone) : null) ??
    cluster.region ??
    null;
  const product =
    resolution.kind === "product" && resolution.snapshotProduct
      ? resolution.snapshotProduct
      : (DRIVER_SNAPSHOT_PRODUCT[driver] ?? null);
  const info = product ? productInfo(product) : null;
  if (!product || !info) {
    return {
      kind: "unknown",
      reason: `Tierscope has no snapshot price model for ${driver}; add a snapshot price override for the source StorageClass`,
    };
  }
  const inRegion = resolution.kind === "product" ? resolution.region : region;
  if (!inRegion)
    return { kind: "unknown", reason: "the cluster's region is unknown: set it to price its snapshots" };
  return { kind: "product", provider: info.provider, region: inRegion, product, label: info.label };
}
