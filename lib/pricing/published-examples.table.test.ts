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

  it("leaves p5e (H200, sold through Capacity Blocks, no on-demand record) unpriced with the reason, never $0", () => {
    const result = gpuHourPrice(
      {
        clusterId: "c",
        provider: "aws",
        region: "us-east-1",
        instanceType: "p5e.48xlarge",
        gpuCount: 8,
        gkeAccelerator: null,
      },
      { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
      DAY,
    );
    expect(result.status === "unpriced" && result.reason).toBeTruthy();
  });
});

describe("products the provider prices but no stored record cites stay unpriced, never $0", () => {
  const CASES: [string, Provider, string, Record<string, string>][] = [
    [
      "FSx for Lustre Persistent 2 at 250 MB/s/TiB",
      "aws",
      "fsx.csi.aws.com",
      { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "250" },
    ],
    [
      "FSx for Lustre Persistent 2 at 500 MB/s/TiB",
      "aws",
      "fsx.csi.aws.com",
      { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "500" },
    ],
    [
      "FSx for Lustre Persistent 2 at 1000 MB/s/TiB",
      "aws",
      "fsx.csi.aws.com",
      { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "1000" },
    ],
    ["Filestore Zonal", "gcp", "filestore.csi.storage.gke.io", { tier: "ZONAL" }],
    [
      "Hyperdisk Balanced at 10,000 IOPS in us-central1",
      "gcp",
      "pd.csi.storage.gke.io",
      { type: "hyperdisk-balanced", "provisioned-iops-on-create": "10000" },
    ],
  ];
  it.each(CASES)("%s", (_name, provider, provisioner, parameters) => {
    const priced = price({ provider, provisioner, parameters, sizeGib: 2400 });
    expect(priced.status).toBe("unpriced");
    expect(priced.monthlyCost).toBeNull();
    expect(priced.reason).toBeTruthy();
  });

  it("prices FSx for Lustre Persistent 2 at 125 MB/s/TiB: 1,200 GiB × $0.145 = $174.00 a month", () => {
    // Amazon FSx for Lustre pricing page, ~$0.145 per GB-month at 125 MB/s/TiB (quoted by c3x.dev,
    // whose own example is "1.2 TB at 125 MB/s/TiB is ~$174/month").
    const priced = price({
      provider: "aws",
      provisioner: "fsx.csi.aws.com",
      parameters: { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "125" },
      sizeGib: 1200,
    });
    expect(priced.monthlyCost?.toFixed(2)).toBe("174.00");
  });
});
