import type { PriceComponent, Provider } from "./types";

/**
 * Every product Tierscope recognises. A product with no catalog price is still recognised: its
 * volumes resolve to it and show "unpriced" with the reason, until a refresh or an override
 * prices it. `basis` says what the provider bills: provisioned capacity, stored bytes (usage-billed
 * file and object storage), a size tier, time (instances), or metered use (bytes read and written,
 * requests). Usage-billed components are priced from metered quantities by the data-access path,
 * never as part of a volume's monthly price.
 */
export type ProductBasis = "provisioned" | "stored" | "size_tier" | "time" | "snapshot" | "usage";

export interface ProductInfo {
  id: string;
  provider: Provider;
  label: string;
  basis: ProductBasis;
  components: PriceComponent[];
  /** Components billed per metered use (GB read, requests); not part of the monthly price of a volume. */
  usage?: PriceComponent[];
  /**
   * Performance included with the product at no charge, from the provider's documentation: a
   * requirement within it costs nothing even where the price above it is unknown.
   */
  included?: Partial<Record<PriceComponent, number>>;
}

const p = (
  provider: Provider,
  id: string,
  label: string,
  basis: ProductBasis,
  components: PriceComponent[] = ["capacity"],
): ProductInfo => ({ id, provider, label, basis, components });

const FSX_LUSTRE = [
  ["scratch-1", "Scratch 1"],
  ["scratch-2", "Scratch 2"],
  ["persistent-1-50", "Persistent 1, SSD 50 MB/s/TiB"],
  ["persistent-1-100", "Persistent 1, SSD 100 MB/s/TiB"],
  ["persistent-1-200", "Persistent 1, SSD 200 MB/s/TiB"],
  ["persistent-1-hdd-12", "Persistent 1, HDD 12 MB/s/TiB"],
  ["persistent-1-hdd-40", "Persistent 1, HDD 40 MB/s/TiB"],
  ["persistent-2-125", "Persistent 2, 125 MB/s/TiB"],
  ["persistent-2-250", "Persistent 2, 250 MB/s/TiB"],
  ["persistent-2-500", "Persistent 2, 500 MB/s/TiB"],
  ["persistent-2-1000", "Persistent 2, 1000 MB/s/TiB"],
] as const;

/** S3 request classes as CloudWatch counts them; LIST bills at the PUT (Tier 1) rate. */
const S3_REQUESTS: PriceComponent[] = ["requests_get", "requests_put", "requests_list"];

export const AWS_GPU_INSTANCES = [
  "p4d.24xlarge",
  "p4de.24xlarge",
  "p5.48xlarge",
  "g5.xlarge",
  "g5.2xlarge",
  "g5.12xlarge",
  "g6.xlarge",
  "g6.12xlarge",
];
export const AZURE_GPU_VMS = [
  "Standard_ND96isr_H100_v5",
  "Standard_ND96amsr_A100_v4",
  "Standard_ND96asr_v4",
  "Standard_NC24ads_A100_v4",
];
export const GCP_GPUS = [
  ["nvidia-tesla-a100", "Nvidia Tesla A100 GPU"],
  ["nvidia-a100-80gb", "Nvidia Tesla A100 80GB GPU"],
  ["nvidia-h100-80gb", "Nvidia H100 80GB GPU"],
  ["nvidia-l4", "Nvidia L4 GPU"],
] as const;
export const GCP_GPU_MACHINES = [
  "a2-highgpu-1g",
  "a2-highgpu-8g",
  "a2-ultragpu-1g",
  "a2-ultragpu-8g",
  "a3-highgpu-1g",
  "a3-highgpu-8g",
  "g2-standard-4",
  "g2-standard-8",
];

export const PRODUCTS: ProductInfo[] = [
  // AWS EBS: io1 is usagetype ".piops" in the offer files.
  p("aws", "ebs-gp2", "EBS gp2", "provisioned"),
  // gp3 includes 3,000 IOPS and 125 MiB/s (offer beginRange 3000, pricing.md §5.2 [S5]).
  {
    ...p("aws", "ebs-gp3", "EBS gp3", "provisioned", ["capacity", "iops", "throughput"]),
    included: { iops: 3000, throughput: 125 },
  },
  p("aws", "ebs-io1", "EBS io1", "provisioned", ["capacity", "iops"]),
  p("aws", "ebs-io2", "EBS io2", "provisioned", ["capacity", "iops"]),
  p("aws", "ebs-st1", "EBS st1", "provisioned"),
  p("aws", "ebs-sc1", "EBS sc1", "provisioned"),
  p("aws", "ebs-standard", "EBS standard (magnetic)", "provisioned"),
  p("aws", "ebs-snapshot", "EBS snapshots", "snapshot", [
    "snapshot_standard",
    "snapshot_archive",
    "archive_retrieval",
  ]),
  p("aws", "efs-standard", "EFS Standard", "stored"),
  p("aws", "efs-infrequent-access", "EFS Infrequent Access", "stored"),
  p("aws", "efs-archive", "EFS Archive", "stored"),
  p("aws", "efs-one-zone", "EFS One Zone", "stored"),
  p("aws", "efs-one-zone-ia", "EFS One Zone-IA", "stored"),
  p("aws", "efs-provisioned-throughput", "EFS provisioned throughput", "provisioned", ["throughput"]),
  // Elastic throughput bills each GB read or written (usagetype ETDataAccess-Bytes, accessType Read/Write).
  {
    ...p("aws", "efs-elastic-throughput", "EFS Elastic throughput", "usage", []),
    usage: ["data_read", "data_write"],
  },
  // Reads of a zonal service by a node in another zone (DataTransfer-Regional-Bytes).
  {
    ...p("aws", "aws-inter-az-transfer", "Data transfer between Availability Zones", "usage", []),
    usage: ["transfer_cross_az"],
  },
  ...FSX_LUSTRE.map(([id, label]) => p("aws", `fsx-lustre-${id}`, `FSx for Lustre ${label}`, "provisioned")),
  { ...p("aws", "s3-standard", "S3 Standard", "stored"), usage: S3_REQUESTS },
  { ...p("aws", "s3-standard-ia", "S3 Standard-IA", "stored"), usage: S3_REQUESTS },
  p("aws", "s3-one-zone-ia", "S3 One Zone-IA", "stored"),
  p("aws", "s3-express-one-zone", "S3 Express One Zone", "stored"),
  p("aws", "s3-glacier-instant-retrieval", "S3 Glacier Instant Retrieval", "stored"),
  p("aws", "s3-glacier-flexible-retrieval", "S3 Glacier Flexible Retrieval", "stored"),
  p("aws", "s3-glacier-deep-archive", "S3 Glacier Deep Archive", "stored"),
  p("aws", "s3-intelligent-tiering", "S3 Intelligent-Tiering (frequent access)", "stored"),
  ...AWS_GPU_INSTANCES.map((type) => p("aws", `ec2-${type}`, `EC2 ${type}`, "time", ["instance_hour"])),
  // Azure managed disks: P/E/S tiers bill per disk of the tier the size rounds up to.
  p("azure", "azure-premium-ssd-lrs", "Premium SSD LRS", "size_tier"),
  p("azure", "azure-premium-ssd-zrs", "Premium SSD ZRS", "size_tier"),
  p("azure", "azure-standard-ssd-lrs", "Standard SSD LRS", "size_tier"),
  p("azure", "azure-standard-ssd-zrs", "Standard SSD ZRS", "size_tier"),
  p("azure", "azure-standard-hdd-lrs", "Standard HDD LRS", "size_tier"),
  // Premium SSD v2 includes 3,000 IOPS and 125 MB/s ($0 rows at tierMinimumUnits 0, pricing.md §5.2 [S17d]).
  {
    ...p("azure", "azure-premium-ssd-v2", "Premium SSD v2", "provisioned", [
      "capacity",
      "iops",
      "throughput",
    ]),
    included: { iops: 3000, throughput: 125 },
  },
  p("azure", "azure-ultra-disk", "Ultra Disk", "provisioned", ["capacity", "iops", "throughput"]),
  p("azure", "azure-disk-snapshot-lrs", "Managed disk snapshots (Standard HDD, LRS)", "snapshot", [
    "snapshot_standard",
  ]),
  p("azure", "azure-disk-snapshot-zrs", "Managed disk snapshots (Standard HDD, ZRS)", "snapshot", [
    "snapshot_standard",
  ]),
  p("azure", "azure-files-premium-lrs", "Azure Files Premium LRS (provisioned)", "provisioned"),
  p("azure", "azure-files-premium-zrs", "Azure Files Premium ZRS (provisioned)", "provisioned"),
  p("azure", "azure-files-transaction-optimized-lrs", "Azure Files Transaction optimized LRS", "stored"),
  p("azure", "azure-files-hot-lrs", "Azure Files Hot LRS", "stored"),
  p("azure", "azure-files-cool-lrs", "Azure Files Cool LRS", "stored"),
  p("azure", "azure-blob-hot-lrs", "Blob Hot LRS", "stored"),
  p("azure", "azure-blob-cool-lrs", "Blob Cool LRS", "stored"),
  p("azure", "azure-blob-cold-lrs", "Blob Cold LRS", "stored"),
  p("azure", "azure-blob-archive-lrs", "Blob Archive LRS", "stored"),
  p("azure", "azure-netapp-files-standard", "Azure NetApp Files Standard", "provisioned"),
  p("azure", "azure-netapp-files-premium", "Azure NetApp Files Premium", "provisioned"),
  p("azure", "azure-netapp-files-ultra", "Azure NetApp Files Ultra", "provisioned"),
  ...["40", "125", "250", "500"].map((t) =>
    p("azure", `azure-managed-lustre-${t}`, `Azure Managed Lustre ${t} MB/s/TiB`, "provisioned"),
  ),
  ...AZURE_GPU_VMS.map((sku) => p("azure", `vm-${sku}`, `VM ${sku}`, "time", ["instance_hour"])),
  // GCP
  p("gcp", "gce-pd-standard", "pd-standard (zonal)", "provisioned"),
  p("gcp", "gce-pd-standard-regional", "pd-standard (regional)", "provisioned"),
  p("gcp", "gce-pd-balanced", "pd-balanced (zonal)", "provisioned"),
  p("gcp", "gce-pd-balanced-regional", "pd-balanced (regional)", "provisioned"),
  p("gcp", "gce-pd-ssd", "pd-ssd (zonal)", "provisioned"),
  p("gcp", "gce-pd-ssd-regional", "pd-ssd (regional)", "provisioned"),
  p("gcp", "gce-pd-extreme", "pd-extreme", "provisioned", ["capacity", "iops"]),
  // Hyperdisk Balanced: "up to 3,000 IOPS and 140 MiB/s … no extra charge" (GCP docs, pricing.md [S28]).
  {
    ...p("gcp", "gce-hyperdisk-balanced", "Hyperdisk Balanced", "provisioned", [
      "capacity",
      "iops",
      "throughput",
    ]),
    included: { iops: 3000, throughput: 140 },
  },
  p("gcp", "gce-hyperdisk-throughput", "Hyperdisk Throughput", "provisioned", ["capacity", "throughput"]),
  p("gcp", "gce-hyperdisk-extreme", "Hyperdisk Extreme", "provisioned", ["capacity", "iops"]),
  p("gcp", "gce-hyperdisk-ml", "Hyperdisk ML", "provisioned", ["capacity", "throughput"]),
  p("gcp", "gce-pd-snapshot", "PD snapshots (regional)", "snapshot", [
    "snapshot_standard",
    "snapshot_archive",
  ]),
  p("gcp", "gce-pd-snapshot-multiregional", "PD snapshots (multi-regional)", "snapshot", [
    "snapshot_standard",
  ]),
  p("gcp", "gce-local-ssd", "Local SSD (attached to a VM)", "provisioned"),
  p("gcp", "filestore-basic-hdd", "Filestore Basic HDD", "provisioned"),
  p("gcp", "filestore-basic-ssd", "Filestore Basic SSD", "provisioned"),
  p("gcp", "filestore-zonal", "Filestore Zonal", "provisioned"),
  p("gcp", "filestore-regional", "Filestore Regional", "provisioned"),
  p("gcp", "filestore-enterprise", "Filestore Enterprise", "provisioned"),
  ...["125", "250", "500", "1000"].map((t) =>
    p("gcp", `managed-lustre-${t}`, `Google Cloud Managed Lustre ${t} MB/s/TiB`, "provisioned"),
  ),
  p("gcp", "gcs-standard", "Cloud Storage Standard", "stored"),
  p("gcp", "gcs-nearline", "Cloud Storage Nearline", "stored"),
  p("gcp", "gcs-coldline", "Cloud Storage Coldline", "stored"),
  p("gcp", "gcs-archive", "Cloud Storage Archive", "stored"),
  ...GCP_GPUS.map(([id, label]) => p("gcp", `gpu-${id}`, label, "time", ["gpu_hour"])),
  ...GCP_GPU_MACHINES.map((type) => p("gcp", `vm-${type}`, `VM ${type}`, "time", ["instance_hour"])),
];

const BY_ID = new Map(PRODUCTS.map((product) => [product.id, product]));

export function productInfo(id: string): ProductInfo | undefined {
  return BY_ID.get(id);
}
