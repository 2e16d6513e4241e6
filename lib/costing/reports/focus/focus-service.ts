import type { CostCategory } from "../../cost-fact";

// What a storage fact is, in FOCUS's service vocabulary: the provider's service name (from the
// catalog product the fact was priced with) and the Storage subcategory of its cost category.

const SERVICE_BY_PRODUCT_PREFIX: [string, string][] = [
  ["ebs-", "Amazon Elastic Block Store"],
  ["efs-", "Amazon Elastic File System"],
  ["fsx-", "Amazon FSx"],
  ["s3-", "Amazon Simple Storage Service"],
  ["azure-files-", "Azure Files"],
  ["azure-blob-", "Azure Blob Storage"],
  ["azure-netapp-", "Azure NetApp Files"],
  ["azure-", "Azure Managed Disks"],
  ["gce-", "Compute Engine"],
  ["hyperdisk-", "Compute Engine"],
  ["filestore-", "Filestore"],
  ["gcs-", "Cloud Storage"],
];

const PROVIDER_NAME: Record<string, string> = {
  aws: "Amazon Web Services",
  azure: "Microsoft",
  gcp: "Google Cloud",
  onprem: "On-premises",
  other: "Other",
};

export function focusProviderName(provider: string): string {
  return PROVIDER_NAME[provider] ?? "Other";
}

/** The provider's service: from the price's product, else (overrides, unpriced, local) Kubernetes storage. */
export function focusServiceName(product: string | null, category: CostCategory): string {
  const match = product
    ? SERVICE_BY_PRODUCT_PREFIX.find(([prefix]) => product.startsWith(prefix))
    : undefined;
  if (match) return match[1];
  return category === "snapshot" ? "Kubernetes Volume Snapshots" : "Kubernetes Persistent Volumes";
}

/** Tierscope's cost category → FOCUS Storage subcategory. Local NVMe is block storage on the instance. */
export function focusServiceSubcategory(category: CostCategory): string {
  switch (category) {
    case "block":
    case "local":
      return "Block Storage";
    case "file":
      return "File Storage";
    case "object":
      return "Object Storage";
    case "snapshot":
      return "Backup Storage";
    case "data-access":
      return "Other (Storage)";
  }
}
