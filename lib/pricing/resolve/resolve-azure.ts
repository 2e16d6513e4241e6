import { Dec } from "../decimal";
import { known, param, positiveNumber, product, unknown } from "./params";
import type { Performance, Resolution, ResolveInput } from "./types";

const GIB = new Dec(2).pow(30);

const DISK_SKUS: Record<string, string> = {
  premium_lrs: "azure-premium-ssd-lrs",
  premium_zrs: "azure-premium-ssd-zrs",
  standardssd_lrs: "azure-standard-ssd-lrs",
  standardssd_zrs: "azure-standard-ssd-zrs",
  standard_lrs: "azure-standard-hdd-lrs",
  premiumv2_lrs: "azure-premium-ssd-v2",
  ultrassd_lrs: "azure-ultra-disk",
};

/**
 * disk.csi.azure.com, and the in-tree kubernetes.io/azure-disk (migrated to the CSI driver, whose
 * parameters and defaults it then takes). skuName (alias storageAccountType) defaults to
 * StandardSSD_LRS (azuredisk-csi-driver docs/driver-parameters.md).
 */
export function resolveAzureDisk(input: ResolveInput): Resolution {
  const maps = [input.storageClass?.parameters, input.volumeAttributesClass?.parameters];
  const notes: string[] = [];
  let sku = param(maps, "skuName", "storageAccountType");
  if (!sku) {
    sku = "StandardSSD_LRS";
    notes.push("skuName not set: the Azure Disk CSI driver default StandardSSD_LRS");
  }
  const id = DISK_SKUS[sku.toLowerCase()];
  if (!id)
    return {
      kind: "unknown",
      label: `Azure disk ${sku}`,
      reason: `Azure disk SKU "${sku}" is not priced`,
      notes,
    };
  const zrs = sku.toLowerCase().endsWith("_zrs");
  const snapshotProduct = zrs ? "azure-disk-snapshot-zrs" : "azure-disk-snapshot-lrs";
  if (id === "azure-premium-ssd-v2") {
    // Premium SSD v2 comes with 3,000 IOPS and 125 MB/s; unset parameters leave the disk at that baseline.
    return product(input, "azure", id, {
      iops: perf(maps, "DiskIOPSReadWrite", known(new Dec(3000), "Premium SSD v2 baseline 3,000 IOPS")),
      throughput: perf(maps, "DiskMBpsReadWrite", known(new Dec(125), "Premium SSD v2 baseline 125 MB/s")),
      snapshotProduct,
      notes,
    });
  }
  if (id === "azure-ultra-disk") {
    const { iops, throughput } = ultraDiskDefaults(input);
    const set = ["DiskIOPSReadWrite", "DiskMBpsReadWrite"].filter((key) => param(maps, key));
    if (set.length === 1) {
      // The driver fills in its defaults only when both are unset; the other is then Azure's own.
      notes.push(`only ${set[0]} set: the other is priced at the driver's size-based default`);
    }
    return product(input, "azure", id, {
      iops: perf(maps, "DiskIOPSReadWrite", iops),
      throughput: perf(maps, "DiskMBpsReadWrite", throughput),
      snapshotProduct,
      notes,
    });
  }
  return product(input, "azure", id, { snapshotProduct, notes });
}

function perf(maps: (Record<string, string> | undefined)[], key: string, fallback: Performance): Performance {
  const value = positiveNumber(param(maps, key));
  return value ? known(value, `${key} ${value}`) : fallback;
}

/**
 * The Azure Disk CSI driver's defaults for an UltraSSD_LRS disk created without DiskIOPSReadWrite
 * and DiskMBpsReadWrite (kubernetes-sigs/azuredisk-csi-driver pkg/azureutils/azure_disk_utils.go,
 * GetDefaultDiskIOPSReadWrite / GetDefaultDiskMBPSReadWrite, applied in CreateVolume): these are
 * the driver's defaults, not Azure's. From the requested size in whole GiB (rounded up):
 * - IOPS = max(500, size), at most 160,000, and at most Ultra Disk's 300 IOPS per GiB (Azure
 *   docs, disks-types#ultra-disk-iops; only a disk under 2 GiB reaches it);
 * - MB/s = 100, or IOPS / 256 rounded up once IOPS / 256 (integer division) exceeds 100, at most
 *   IOPS / 4 rounded up and at most 4,000.
 */
function ultraDiskDefaults(input: ResolveInput): { iops: Performance; throughput: Performance } {
  const bytes = input.volume?.capacityBytes;
  if (!bytes) {
    const reason =
      "DiskIOPSReadWrite/DiskMBpsReadWrite not set: the driver's defaults depend on the disk's size";
    return { iops: unknown(reason), throughput: unknown(reason) };
  }
  const sizeGib = new Dec(bytes.toString()).div(GIB).ceil();
  const iops = Dec.min(Dec.max(500, sizeGib), 160000, sizeGib.times(300));
  let mbps = new Dec(100);
  if (iops.divToInt(256).gt(mbps)) mbps = iops.div(256).ceil();
  if (mbps.gt(iops.divToInt(4))) mbps = iops.div(4).ceil();
  mbps = Dec.min(mbps, 4000);
  return {
    iops: known(iops, `driver default max(500, ${sizeGib} GiB) = ${iops} IOPS`),
    throughput: known(mbps, `driver default ${mbps} MB/s for ${iops} IOPS`),
  };
}

/**
 * file.csi.azure.com: skuName defaults to Standard_LRS. Premium shares bill provisioned GiB;
 * standard shares bill the data stored, at the share's access tier (TransactionOptimized unless
 * accessTier says Hot or Cool).
 */
export function resolveAzureFile(input: ResolveInput): Resolution {
  const sc = input.storageClass?.parameters;
  const notes: string[] = [];
  let sku = param([sc], "skuName", "storageAccountType");
  if (!sku) {
    sku = "Standard_LRS";
    notes.push("skuName not set: the Azure Files CSI driver default Standard_LRS");
  }
  const lower = sku.toLowerCase();
  if (lower === "premium_lrs" || lower === "premium_zrs") {
    return product(input, "azure", `azure-files-premium-${lower.slice(-3)}`, { notes });
  }
  if (lower === "standard_lrs") {
    const tier = (param([sc], "accessTier") ?? "TransactionOptimized").toLowerCase();
    const id = { transactionoptimized: "transaction-optimized", hot: "hot", cool: "cool" }[tier];
    if (!id)
      return { kind: "unknown", label: "Azure Files", reason: `access tier "${tier}" is not priced`, notes };
    notes.push("standard file shares bill the data stored, not the claim's size");
    return product(input, "azure", `azure-files-${id}-lrs`, { notes });
  }
  return {
    kind: "unknown",
    label: `Azure Files ${sku}`,
    reason: `Azure Files SKU "${sku}" is not priced yet`,
    notes,
  };
}

/** blob.csi.azure.com: blobs bill the data stored, by access tier (Hot unless accessTier says otherwise). */
export function resolveAzureBlob(input: ResolveInput): Resolution {
  const sc = input.storageClass?.parameters;
  const sku = param([sc], "skuName", "storageAccountType") ?? "Standard_LRS";
  const tier = (param([sc], "accessTier") ?? "Hot").toLowerCase();
  const notes = ["Blob storage bills the data stored, not the claim's size"];
  if (sku.toLowerCase() !== "standard_lrs" || !["hot", "cool", "cold", "archive"].includes(tier)) {
    return { kind: "unknown", label: `Blob ${sku}`, reason: `Blob ${sku} ${tier} is not priced yet`, notes };
  }
  return product(input, "azure", `azure-blob-${tier}-lrs`, { notes });
}
