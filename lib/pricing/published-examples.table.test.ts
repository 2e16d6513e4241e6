import { describe, expect, it } from "vitest";
import { gpuHourPrice } from "../costing/gpu/gpu-hour-price";
import { bundledCatalogPrices } from "./catalog";
import { dec } from "./decimal";
import { prorateMonthly } from "./proration";
import { price } from "./table-test-helpers";
import type { Provider } from "./types";

// Figures worked by hand from the providers' published prices and billing rules, one table per
// product family. Each row cites the rule it reproduces; the prices are the bundled catalog's, whose
// provider records are in catalog/sources.ts.

const catalog = bundledCatalogPrices();
const DAY = "2026-11-21";

describe("Azure managed disks bill the size tier a disk rounds up to", () => {
  // "A 200 GiB Premium disk is billed as P15. Round up to the tier table" (Azure disks-understand-billing).
  const CASES: [sizeGib: number, tier: string, monthly: string][] = [
    [128, "P10", "19.71"], // the P10 boundary: 128 GiB is still P10
    [129, "P15", "38.01"], // one GiB more bills the whole P15 (256 GiB)
    [1024, "P30", "135.17"],
    [1025, "P40", "259.0457"],
  ];
  it.each(CASES)("%i GiB Premium SSD LRS bills as %s: %s a month", (sizeGib, tier, monthly) => {
    const priced = price({
      provider: "azure",
      provisioner: "disk.csi.azure.com",
      parameters: { skuName: "Premium_LRS" },
      sizeGib,
    });
    expect(priced.components[0]?.tierLabel).toBe(tier);
    expect(priced.monthlyCost?.toFixed()).toBe(monthly);
  });

  it("prorates a resize across the P10/P15 boundary by the hour, months of 730 hours", () => {
    // 128 GiB for 15 days (360 h), resized to 200 GiB for 16 days (384 h) of a 31-day month:
    // 19.71 × 360 / 730 = 9.72; 38.01 × 384 / 730 = 19.994301…; together 29.714301… → $29.71
    const before = prorateMonthly({
      provider: "azure",
      unit: "disk_month",
      monthlyAmount: dec("19.71"),
      hours: dec(360),
      day: new Date("2026-10-01"),
    });
    const after = prorateMonthly({
      provider: "azure",
      unit: "disk_month",
      monthlyAmount: dec("38.01"),
      hours: dec(384),
      day: new Date("2026-10-16"),
    });
    expect(before.toFixed()).toBe("9.72");
    expect(before.plus(after).toFixed(2)).toBe("29.71");
  });
});

describe("a regional GCP disk over part of a month", () => {
  it("bills 500 GiB regional pd-balanced for 10 days: 500 × $0.20 × 240 / 730 = $32.88", () => {
    // GCP meters disks by the second and quotes months of 730 hours; Regional Balanced PD Capacity
    // in us-central1 is $0.20 per GiB-month (Cloud Billing Catalog export of 2026-07-30).
    const priced = price({
      provider: "gcp",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-balanced", "replication-type": "regional-pd" },
      sizeGib: 500,
    });
    expect(priced.product).toBe("gce-pd-balanced-regional");
    expect(priced.monthlyCost?.toFixed()).toBe("100");
    const tenDays = prorateMonthly({
      provider: "gcp",
      unit: "GiB_month",
      monthlyAmount: dec(100),
      hours: dec(240),
      day: new Date("2026-11-01"),
    });
    expect(tenDays.toFixed(2)).toBe("32.88");
  });
});

describe("a GPU-hour for each GPU family: the instance's hourly list price ÷ its GPUs", () => {
  const CASES: [Provider, string, string, number, string][] = [
    // AWS Price List API, us-east-1 OnDemand Linux (effectiveDate 2026-09-01 capture)
    ["aws", "us-east-1", "p4d.24xlarge", 8, "2.74470525"], // A100 40GB: 21.957642 / 8
    ["aws", "us-east-1", "p5.48xlarge", 8, "6.88"], // H100: 55.04 / 8
    ["aws", "us-east-1", "g5.xlarge", 1, "1.006"], // A10G
    ["aws", "us-east-1", "g6.xlarge", 1, "0.8048"], // L4
    ["aws", "us-east-1", "g6e.xlarge", 1, "1.861"], // L40S (third-party quotes of the on-demand page)
    // Azure Linux pay-as-you-go, East US (checked 2026-09-12)
    ["azure", "eastus", "Standard_ND96isr_H100_v5", 8, "12.29"], // H100: 98.32 / 8
    ["azure", "eastus", "Standard_ND96amsr_A100_v4", 8, "4.09625"], // A100 80GB: 32.77 / 8
    ["azure", "eastus", "Standard_ND96asr_v4", 8, "3.4"], // A100 40GB: 27.20 / 8 (third-party quotes)
    ["azure", "eastus", "Standard_NC24ads_A100_v4", 1, "3.67"], // A100 80GB (third-party quotes)
    // GCP machine totals (GPU + vCPU + RAM SKUs), us-central1, Catalog export of 2026-07-30
    ["gcp", "us-central1", "a3-highgpu-8g", 8, "11.06125"], // H100: 88.49 / 8
    ["gcp", "us-central1", "a2-highgpu-8g", 8, "3.673385"], // A100 40GB: 29.38708 / 8
    ["gcp", "us-central1", "a2-ultragpu-8g", 8, "5.0687975"], // A100 80GB: 40.55038 / 8
    ["gcp", "us-central1", "g2-standard-8", 1, "0.853624"], // L4
  ];
  it.each(CASES)(
    "%s %s %s (%i GPUs): $%s per GPU-hour",
    (provider, region, instanceType, gpuCount, perGpu) => {
      const result = gpuHourPrice(
        { clusterId: "c", provider, region, instanceType, gpuCount, gkeAccelerator: null },
        { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
        DAY,
      );
      expect(result.status === "priced" ? result.pricePerGpuHour.toFixed() : result.reason).toBe(perGpu);
    },
  );

  // Instances with no on-demand record to cite stay unpriced with the reason, never $0. p4de: the
  // stored quotes ($40.96) predate AWS's 2025 cut of P4 prices (p4d fell from $32.77 to $21.96),
  // so they no longer state the list price. p5e: H200, sold through Capacity Blocks.
  it.each(["p4de.24xlarge", "p5e.48xlarge"])("leaves %s unpriced with the reason", (instanceType) => {
    const result = gpuHourPrice(
      {
        clusterId: "c",
        provider: "aws",
        region: "us-east-1",
        instanceType,
        gpuCount: 8,
        gkeAccelerator: null,
      },
      { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
      DAY,
    );
    expect(result.status).toBe("unpriced");
    expect(result.status === "unpriced" && result.reason).toContain(instanceType);
  });
});

/** A volume's monthly list price, or its unpriced reason, for one StorageClass of a driver. */
function monthly(
  provider: Provider,
  provisioner: string,
  parameters: Record<string, string>,
  sizeGib: number,
  region?: string,
) {
  const priced = price({ provider, provisioner, parameters, sizeGib, region });
  if (priced.status === "unpriced") {
    expect(priced.monthlyCost).toBeNull();
    expect(priced.reason).toBeTruthy();
  }
  return priced.monthlyCost?.toFixed() ?? null;
}

describe("FSx for Lustre at each deployment type and throughput tier, us-east-1", () => {
  // Amazon FSx for Lustre pricing page: storage is billed per GB-month of provisioned capacity at the
  // deployment type's and throughput tier's rate. Only Scratch 2 (~$0.140, quoted by learning-aws)
  // and Persistent 2 at 125 MB/s/TiB (~$0.145, quoted by c3x.dev, whose own example is "1.2 TB at
  // 125 MB/s/TiB is ~$174/month") have a stored us-east-1 figure; every other tier stays unpriced.
  const CASES: [tier: string, parameters: Record<string, string>, monthly: string | null][] = [
    ["Scratch 1", { deploymentType: "SCRATCH_1" }, null],
    ["Scratch 2", { deploymentType: "SCRATCH_2" }, "168"], // 1,200 × 0.140
    ["Persistent 1, 50 MB/s/TiB", { deploymentType: "PERSISTENT_1", perUnitStorageThroughput: "50" }, null],
    ["Persistent 1, 100 MB/s/TiB", { deploymentType: "PERSISTENT_1", perUnitStorageThroughput: "100" }, null],
    ["Persistent 1, 200 MB/s/TiB", { deploymentType: "PERSISTENT_1", perUnitStorageThroughput: "200" }, null],
    [
      "Persistent 1 HDD, 12 MB/s/TiB",
      { deploymentType: "PERSISTENT_1", storageType: "HDD", perUnitStorageThroughput: "12" },
      null,
    ],
    [
      "Persistent 1 HDD, 40 MB/s/TiB",
      { deploymentType: "PERSISTENT_1", storageType: "HDD", perUnitStorageThroughput: "40" },
      null,
    ],
    [
      "Persistent 2, 125 MB/s/TiB",
      { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "125" },
      "174",
    ], // 1,200 × 0.145
    ["Persistent 2, 250 MB/s/TiB", { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "250" }, null],
    ["Persistent 2, 500 MB/s/TiB", { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "500" }, null],
    [
      "Persistent 2, 1000 MB/s/TiB",
      { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "1000" },
      null,
    ],
  ];
  it.each(CASES)("%s, 1,200 GiB: %s a month", (_tier, parameters, expected) => {
    expect(monthly("aws", "fsx.csi.aws.com", parameters, 1200)).toBe(expected);
  });
});

describe("Filestore at each tier, us-central1", () => {
  // Filestore pricing page, worked example: a 1 TiB Basic HDD instance at $0.000274 per GiB-hour
  // costs 1,024 × 0.000274 = $0.280576 an hour; a month of 730 hours is $204.82048. One Catalog SKU
  // prices Basic HDD in Iowa, South Carolina and Oregon alike. The other tiers have no stored price.
  const CASES: [tier: string, sizeGib: number, monthly: string | null][] = [
    ["standard", 1024, "204.82048"],
    ["BASIC_HDD", 1024, "204.82048"],
    ["BASIC_SSD", 2560, null],
    ["ZONAL", 1024, null],
    ["REGIONAL", 1024, null],
    ["ENTERPRISE", 1024, null],
  ];
  it.each(CASES)("tier %s, %i GiB: %s a month", (tier, sizeGib, expected) => {
    expect(monthly("gcp", "filestore.csi.storage.gke.io", { tier, network: "default" }, sizeGib)).toBe(
      expected,
    );
  });
});

describe("Hyperdisk with provisioned performance", () => {
  const CASES: [
    name: string,
    region: string,
    parameters: Record<string, string>,
    sizeGib: number,
    monthly: string | null,
  ][] = [
    // Cloud Billing Catalog, us-central1: Hyperdisk Extreme capacity $0.125 per GiB-month and every
    // provisioned IOPS $0.032 a month (Infracost's compute_disk_test: 128 GB → $16.00, 20,000 IOPS → $640.00)
    [
      "Extreme, 128 GiB at 20,000 IOPS",
      "us-central1",
      { type: "hyperdisk-extreme", "provisioned-iops-on-create": "20000" },
      128,
      "656",
    ],
    // Balanced includes 3,000 IOPS and 140 MiB/s at no charge; us-east1 capacity is $0.08 per GiB-month
    [
      "Balanced within its baseline, 500 GiB in us-east1",
      "us-east1",
      {
        type: "hyperdisk-balanced",
        "provisioned-iops-on-create": "3000",
        "provisioned-throughput-on-create": "140Mi",
      },
      500,
      "40",
    ],
    [
      "Balanced at 10,000 IOPS and 800 MiB/s in us-central1",
      "us-central1",
      {
        type: "hyperdisk-balanced",
        "provisioned-iops-on-create": "10000",
        "provisioned-throughput-on-create": "800Mi",
      },
      2400,
      null,
    ],
    [
      "Throughput at 400 MiB/s",
      "us-central1",
      { type: "hyperdisk-throughput", "provisioned-throughput-on-create": "400Mi" },
      4096,
      null,
    ],
    [
      "ML at 2,400 MiB/s",
      "us-central1",
      { type: "hyperdisk-ml", "provisioned-throughput-on-create": "2400Mi" },
      2048,
      null,
    ],
  ];
  it.each(CASES)("%s (%s)", (_name, region, parameters, sizeGib, expected) => {
    expect(monthly("gcp", "pd.csi.storage.gke.io", parameters, sizeGib, region)).toBe(expected);
  });
});

describe("Azure Standard SSD bills the E tier a disk rounds up to, eastus", () => {
  // Azure Retail Prices API, Standard SSD Managed Disks "E<n> LRS Disk" per month in eastus.
  const CASES: [sizeGib: number, tier: string, monthly: string][] = [
    [128, "E10", "9.6"],
    [129, "E15", "19.2"], // one GiB past E10 bills the whole E15 (256 GiB)
    [256, "E15", "19.2"],
    [257, "E20", "38.4"],
    [1024, "E30", "76.8"],
  ];
  it.each(CASES)("%i GiB bills as %s: %s a month", (sizeGib, tier, expected) => {
    const priced = price({
      provider: "azure",
      provisioner: "disk.csi.azure.com",
      parameters: { skuName: "StandardSSD_LRS" },
      sizeGib,
    });
    expect(priced.components[0]?.tierLabel).toBe(tier);
    expect(priced.monthlyCost?.toFixed()).toBe(expected);
  });
});
