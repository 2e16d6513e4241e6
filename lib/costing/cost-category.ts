import type { CostCategory } from "./cost-fact";

// Shared file systems and object-backed CSI drivers; every other priced driver is block storage.
const FILE_DRIVERS = new Set([
  "efs.csi.aws.com",
  "fsx.csi.aws.com",
  "file.csi.azure.com",
  "kubernetes.io/azure-file",
  "filestore.csi.storage.gke.io",
  "lustre.csi.storage.gke.io",
  "kubernetes.io/nfs",
  "nfs.csi.k8s.io",
]);
const OBJECT_DRIVERS = new Set(["s3.csi.aws.com", "blob.csi.azure.com", "gcsfuse.csi.storage.gke.io"]);

/** What showback calls the storage a volume is: from its driver, and "local" when the instance pays for it. */
export function costCategoryOf(driver: string | null, included: boolean): CostCategory {
  if (included) return "local";
  if (driver && FILE_DRIVERS.has(driver)) return "file";
  if (driver && OBJECT_DRIVERS.has(driver)) return "object";
  return "block";
}
