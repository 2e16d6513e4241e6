import { describe, it } from "vitest";
import { type Case, expectCase } from "./table-test-helpers";

// StorageClasses in the formats the drivers document, priced against the bundled catalog for one
// volume of a given size. Every expected price is worked by hand in the comment beside it.

const CASES: Case[] = [
  // 600 GiB rounds up to P30 (1,024 GiB): 135.17 per disk-month
  {
    name: "Premium_LRS 600 GiB billed as a P30",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "Premium_LRS" },
    sizeGib: 600,
    components: { capacity: "135.17" },
    status: "priced",
    monthly: "135.17",
  },
  {
    name: "Premium_LRS 64 GiB: the P6 price is not known",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "Premium_LRS" },
    sizeGib: 64,
    components: { capacity: null },
    status: "unpriced",
    monthly: null,
  },
  // 1,000 GiB → E30: 76.80
  {
    name: "StandardSSD_LRS 1,000 GiB as E30",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "StandardSSD_LRS" },
    sizeGib: 1000,
    components: { capacity: "76.8" },
    status: "priced",
    monthly: "76.8",
  },
  // no skuName: the driver default StandardSSD_LRS; 100 GiB → E10: 9.60
  {
    name: "disk.csi.azure.com default SKU",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: {},
    sizeGib: 100,
    components: { capacity: "9.6" },
    status: "priced",
    monthly: "9.6",
    product: "azure-standard-ssd-lrs",
  },
  // storageaccounttype alias, 32 GiB → S4: 1.536
  {
    name: "in-tree azure-disk Standard_LRS 32 GiB as S4",
    provider: "azure",
    provisioner: "kubernetes.io/azure-disk",
    parameters: { storageaccounttype: "Standard_LRS", kind: "managed" },
    sizeGib: 32,
    components: { capacity: "1.536" },
    status: "priced",
    monthly: "1.536",
  },
  // 100 GiB → P10 ZRS: 24.64
  {
    name: "Premium_ZRS 100 GiB as P10 ZRS",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "Premium_ZRS" },
    sizeGib: 100,
    components: { capacity: "24.64" },
    status: "priced",
    monthly: "24.64",
  },
  // 1,024 × 0.00011 × 730 = 82.2272; (12,000 − 3,000) × 0.000007 × 730 = 45.99; (750 − 125) × 0.000055 × 730 = 25.09375 → 153.31095
  {
    name: "PremiumV2_LRS 1 TiB at 12,000 IOPS and 750 MB/s",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: {
      skuName: "PremiumV2_LRS",
      cachingMode: "None",
      DiskIOPSReadWrite: "12000",
      DiskMBpsReadWrite: "750",
    },
    sizeGib: 1024,
    components: { capacity: "82.2272", iops: "45.99", throughput: "25.09375" },
    status: "priced",
    monthly: "153.31095",
  },
  // 1,024 × 0.000164 × 730 = 122.59328; 4,000 × 0.000068 × 730 = 198.56; 200 × 0.000479 × 730 = 69.934 → 391.08728
  {
    name: "UltraSSD_LRS 1 TiB at 4,000 IOPS and 200 MB/s",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "UltraSSD_LRS", DiskIOPSReadWrite: "4000", DiskMBpsReadWrite: "200" },
    sizeGib: 1024,
    components: { capacity: "122.59328", iops: "198.56", throughput: "69.934" },
    status: "priced",
    monthly: "391.08728",
  },
  // No DiskIOPSReadWrite/DiskMBpsReadWrite: the Azure Disk CSI driver sets IOPS = max(500, 2,048 GiB)
  // = 2,048 and MB/s = 100 (2,048 / 256 = 8 is below 100). 2,048 × 0.000164 × 730 = 245.18656;
  // 2,048 × 0.000068 × 730 = 101.66272; 100 × 0.000479 × 730 = 34.967 → 381.81628
  {
    name: "UltraSSD_LRS 2 TiB with no performance parameters takes the driver's size-based defaults",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "UltraSSD_LRS" },
    sizeGib: 2048,
    components: { capacity: "245.18656", iops: "101.66272", throughput: "34.967" },
    status: "priced",
    monthly: "381.81628",
  },
  // Driver defaults at 40,000 GiB: IOPS 40,000; 40,000 / 256 = 156 (integer) > 100, so MB/s is
  // 40,000 / 256 rounded up = 157. 4,788.8 + 1,985.6 + 157 × 0.000479 × 730 = 54.89819 → 6,829.29819
  {
    name: "UltraSSD_LRS 40,000 GiB with no performance parameters: throughput rounds up IOPS / 256",
    provider: "azure",
    provisioner: "disk.csi.azure.com",
    parameters: { skuName: "UltraSSD_LRS" },
    sizeGib: 40000,
    components: { capacity: "4788.8", iops: "1985.6", throughput: "54.89819" },
    status: "priced",
    monthly: "6829.29819",
  },
  // westus premium shares: 100 GiB provisioned × 0.176 = 17.60
  {
    name: "file.csi.azure.com Premium_LRS in westus",
    provider: "azure",
    region: "westus",
    provisioner: "file.csi.azure.com",
    parameters: { skuName: "Premium_LRS" },
    sizeGib: 100,
    components: { capacity: "17.6" },
    status: "priced",
    monthly: "17.6",
  },
  // eastus transaction optimized (Retail API "LRS Data Stored", Files v2): 100 GB (10^11 bytes)
  // stored × 0.06 = 6.00
  {
    name: "file.csi.azure.com Standard_LRS (transaction optimized) in eastus with 100 GB stored",
    provider: "azure",
    provisioner: "file.csi.azure.com",
    parameters: { skuName: "Standard_LRS" },
    sizeGib: 1024,
    storedBytes: 100_000_000_000n,
    components: { capacity: "6" },
    status: "priced",
    monthly: "6",
  },
  // eastus premium shares: 100 GiB provisioned × 0.16 = 16.00
  {
    name: "file.csi.azure.com Premium_LRS in eastus",
    provider: "azure",
    provisioner: "file.csi.azure.com",
    parameters: { skuName: "Premium_LRS" },
    sizeGib: 100,
    components: { capacity: "16" },
    status: "priced",
    monthly: "16",
  },
  // Hot share, 100 GB (10^11 bytes) stored × 0.0287 = 2.87
  {
    name: "file.csi.azure.com Hot with 100 GB stored",
    provider: "azure",
    provisioner: "file.csi.azure.com",
    parameters: { skuName: "Standard_LRS", accessTier: "Hot" },
    sizeGib: 1024,
    storedBytes: 100_000_000_000n,
    components: { capacity: "2.87" },
    status: "priced",
    monthly: "2.87",
  },
  // Blob Hot: 100 GB stored × 0.0208 = 2.08
  {
    name: "blob.csi.azure.com with 100 GB stored",
    provider: "azure",
    provisioner: "blob.csi.azure.com",
    parameters: { protocol: "fuse2" },
    sizeGib: 1024,
    storedBytes: 100_000_000_000n,
    components: { capacity: "2.08" },
    status: "priced",
    monthly: "2.08",
  },
  {
    name: "localdisk.csi.acstor.io local NVMe",
    provider: "azure",
    provisioner: "localdisk.csi.acstor.io",
    parameters: {},
    sizeGib: 1788,
    components: {},
    status: "included",
    monthly: "0",
  },
];

describe("pricing Azure: Disk, Files, Blob, Container Storage local NVMe the way the provider bills them", () => {
  it.each(CASES)("$name", expectCase);
});
