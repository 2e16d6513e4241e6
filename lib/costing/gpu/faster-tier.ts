import { Dec } from "../../pricing/decimal";
import { productInfo } from "../../pricing/products";
import type { ResolvedProduct } from "../../pricing/resolve/types";

/** A faster tier to move a slow volume to: the product and the StorageClass that provisions it. */
export interface FasterTier {
  product: string;
  provisioner: string;
  parameters: Record<string, string>;
  /** Provisioned IOPS and throughput the target is priced with (the parameters state the same). */
  iops?: number;
  throughput?: number;
  why: string;
}

const FSX: FasterTier = {
  product: "fsx-lustre-persistent-2-125",
  provisioner: "fsx.csi.aws.com",
  parameters: { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "125" },
  why: "FSx for Lustre: a parallel file system, 125 MB/s per TiB with sub-millisecond latency",
};
const IO2: FasterTier = {
  product: "ebs-io2",
  provisioner: "ebs.csi.aws.com",
  parameters: { type: "io2", iops: "16000" },
  iops: 16_000,
  why: "EBS io2 with 16,000 provisioned IOPS",
};
const AZURE_FILES_PREMIUM: FasterTier = {
  product: "azure-files-premium-lrs",
  provisioner: "file.csi.azure.com",
  parameters: { skuName: "Premium_LRS" },
  why: "Azure Files Premium: SSD-backed, throughput grows with the provisioned size",
};
const PREMIUM_V2: FasterTier = {
  product: "azure-premium-ssd-v2",
  provisioner: "disk.csi.azure.com",
  parameters: { skuName: "PremiumV2_LRS", DiskIOPSReadWrite: "12000", DiskMBpsReadWrite: "750" },
  iops: 12_000,
  throughput: 750,
  why: "Premium SSD v2 with 12,000 IOPS and 750 MB/s",
};
const PD_SSD: FasterTier = {
  product: "gce-pd-ssd",
  provisioner: "pd.csi.storage.gke.io",
  parameters: { type: "pd-ssd" },
  why: "pd-ssd: 30 IOPS and 0.48 MiB/s per GiB, several times pd-balanced",
};
const HYPERDISK_EXTREME: FasterTier = {
  product: "gce-hyperdisk-extreme",
  provisioner: "pd.csi.storage.gke.io",
  parameters: { type: "hyperdisk-extreme", "provisioned-iops-on-create": "20000" },
  iops: 20_000,
  why: "Hyperdisk Extreme with 20,000 provisioned IOPS",
};
const FILESTORE_ZONAL: FasterTier = {
  product: "filestore-zonal",
  provisioner: "filestore.csi.storage.gke.io",
  parameters: { tier: "ZONAL", network: "default" },
  why: "Filestore Zonal: SSD, throughput that scales with capacity",
};

/** Slow product (id prefix) → the faster tier in the same cloud, first match wins. */
export const FASTER_TIERS: readonly [prefix: string, target: FasterTier][] = [
  ["efs-", FSX],
  ["s3-", FSX],
  ["ebs-", IO2],
  ["azure-files-", AZURE_FILES_PREMIUM],
  ["azure-blob-", AZURE_FILES_PREMIUM],
  ["azure-standard-", PREMIUM_V2],
  ["azure-premium-ssd-", PREMIUM_V2],
  ["gce-pd-standard", PD_SSD],
  ["gce-pd-balanced", PD_SSD],
  ["gce-pd-ssd", HYPERDISK_EXTREME],
  ["filestore-basic-", FILESTORE_ZONAL],
  ["gcs-", FILESTORE_ZONAL],
];

export function isSlowProduct(product: string, slowProducts: readonly string[]): boolean {
  return slowProducts.some((prefix) => product.startsWith(prefix));
}

export function fasterTierFor(product: string): FasterTier | null {
  return FASTER_TIERS.find(([prefix]) => product.startsWith(prefix))?.[1] ?? null;
}

/** The target as a resolved product in the current volume's region, ready for `priceVolume`. */
export function resolveFasterTier(current: ResolvedProduct, target: FasterTier): ResolvedProduct {
  const info = productInfo(target.product);
  const performance = (value: number | undefined) =>
    value === undefined ? undefined : { value: new Dec(value), source: `the ${target.product} target` };
  return {
    kind: "product",
    provider: current.provider,
    region: current.region,
    product: target.product,
    label: info?.label ?? target.product,
    basis: info?.basis ?? "provisioned",
    iops: performance(target.iops),
    throughput: performance(target.throughput),
    snapshotProduct: null,
    notes: [],
  };
}
