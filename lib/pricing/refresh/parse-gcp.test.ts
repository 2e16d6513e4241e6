import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures";
import { type GcpSku, moneyToDecimal, parseGcpSkus } from "./gcp-catalog";
import { parsePriceFiles } from "./parse-price-file";

const pages = [1, 2].map((n) => ({ name: `page-${n}`, text: fixture(`gcp-compute-skus-page-${n}.json`) }));

describe("GCP Cloud Billing Catalog importer", () => {
  const result = parsePriceFiles("gcp", pages, null);
  const find = (product: string, region: string, component = "capacity") =>
    result.prices.find((p) => p.product === product && p.region === region && p.component === component);

  it("adds units and nanos exactly", () => {
    expect(moneyToDecimal({ currencyCode: "USD", units: "2", nanos: 933908000 }).toFixed()).toBe("2.933908");
    expect(moneyToDecimal({ currencyCode: "USD", units: "0", nanos: 1 }).toFixed()).toBe("0.000000001");
  });

  it("maps disk SKUs by description and region, in GiB-months", () => {
    expect(find("gce-pd-balanced", "us-central1")?.unitPrice?.toFixed()).toBe("0.1");
    expect(find("gce-pd-balanced-regional", "us-central1")?.unitPrice?.toFixed()).toBe("0.2");
    expect(find("gce-pd-ssd", "us-central1")?.unit).toBe("GiB_month");
  });

  it("reads a $0 first tier as the included quantity", () => {
    const iops = find("gce-hyperdisk-balanced", "us-central1", "iops");
    expect([iops?.unit, iops?.unitPrice?.toFixed(), iops?.includedQuantity.toFixed()]).toEqual([
      "IOPS_month",
      "0.006",
      "3000",
    ]);
  });

  it("prices a GPU SKU in every region it serves, and skips spot and commitment SKUs", () => {
    const a100 = result.prices.filter((p) => p.product === "gpu-nvidia-tesla-a100");
    expect(a100.map((p) => [p.region, p.unitPrice?.toFixed(), p.unit])).toEqual([
      ["us-central1", "2.933908", "hour"],
      ["us-east1", "2.933908", "hour"],
      ["us-west1", "2.933908", "hour"],
    ]);
  });

  it("puts multi-regional snapshots under the multi-region and keeps non-USD currencies", () => {
    expect(find("gce-pd-snapshot-multiregional", "us", "snapshot_standard")?.unitPrice?.toFixed()).toBe(
      "0.065",
    );
    const jakarta = find("gce-pd-balanced", "asia-southeast2");
    expect([jakarta?.currency, jakarta?.unitPrice?.toFixed()]).toEqual(["IDR", "1650"]);
  });

  it("skips storage-pool SKUs and says which units it does not know", () => {
    expect(result.prices.some((p) => p.description?.includes("Storage Pool"))).toBe(false);
    expect(result.warnings).toContain('A1B2-0011-WEIRD "Extreme PD Capacity in Iowa": unknown unit "TiBy.d"');
  });

  it("filters by region", () => {
    const central = parsePriceFiles("gcp", pages, ["us-central1"]);
    expect(new Set(central.prices.map((p) => p.region))).toEqual(new Set(["us-central1", "us"]));
    expect(central.version).toBe("2026-09-15T08:00:00.000Z");
  });

  describe("Cloud Storage SKUs", () => {
    // us-central1 (pricing.md §1.3 [S3]): Standard regional 0.020 per GiB-month after an account-wide
    // free 5 GiB; the Iowa dual-region SKU is 0.022 and names the same region.
    const sku = (skuId: string, description: string, rates: [number, number][]): GcpSku => ({
      skuId,
      description,
      category: { resourceFamily: "Storage", usageType: "OnDemand" },
      serviceRegions: ["us-central1"],
      pricingInfo: [
        {
          effectiveTime: "2026-09-15T08:00:00.000Z",
          pricingExpression: {
            usageUnit: "GiBy.mo",
            tieredRates: rates.map(([start, nanos]) => ({
              startUsageAmount: start,
              unitPrice: { currencyCode: "USD", units: "0", nanos },
            })),
          },
        },
      ],
    });
    const skus = [
      sku("GCS-DUAL", "Standard Storage Iowa Dual-region", [[0, 22_000_000]]),
      sku("GCS-REG", "Standard Storage Iowa", [
        [0, 0],
        [5, 20_000_000],
      ]),
      sku("GCS-RETR", "Nearline Storage Retrieval Iowa", [[0, 10_000_000]]),
      sku("GCS-EARLY", "Coldline Storage Early Delete Iowa", [[0, 4_000_000]]),
      sku("GCS-NEAR", "Nearline Storage Iowa", [[0, 10_000_000]]),
    ];

    it("maps only the regional storage SKU, not dual-region, retrieval or early-delete ones", () => {
      const gcs = parseGcpSkus(skus, null).prices.filter((p) => p.product.startsWith("gcs-"));
      expect(gcs.map((p) => [p.product, p.region, p.sku, p.unitPrice?.toFixed()])).toEqual([
        ["gcs-standard", "us-central1", "GCS-REG", "0.02"],
        ["gcs-nearline", "us-central1", "GCS-NEAR", "0.01"],
      ]);
    });

    it("does not turn the account-wide free 5 GiB into a per-volume included quantity", () => {
      const standard = parseGcpSkus(skus, null).prices.find((p) => p.sku === "GCS-REG");
      expect([
        standard?.tierMode,
        standard?.unitPrice?.toFixed(),
        standard?.includedQuantity.toFixed(),
      ]).toEqual(["flat", "0.02", "0"]);
    });
  });

  describe("Cloud Filestore SKUs (service D97E-AB26-5D95)", () => {
    // Descriptions as the Catalog publishes them: "Filestore Capacity Basic HDD (Standard) <place>",
    // "… Basic SSD (Premium) …", "Filestore Capacity Zonal and High Scale …", "Filestore Capacity
    // Regional and Enterprise …"; custom performance bills "Filestore Instance …" SKUs instead.
    const filestore = parsePriceFiles(
      "gcp",
      [{ name: "filestore", text: fixture("gcp-filestore-skus.json") }],
      null,
    );

    it("maps each default-performance capacity SKU to its tier, per region, in GiB-months", () => {
      expect(
        filestore.prices.map((p) => [p.product, p.region, p.sku, p.unit, p.unitPrice?.toFixed()]),
      ).toEqual([
        ["filestore-basic-hdd", "us-central1", "F5A1-0B1D-7C01", "GiB_month", "0.16"],
        ["filestore-basic-ssd", "us-central1", "F5A1-0B1D-7C02", "GiB_month", "0.3"],
        ["filestore-zonal", "us-central1", "F5A1-0B1D-7C03", "GiB_month", "0.25"],
        ["filestore-regional", "us-central1", "F5A1-0B1D-7C04", "GiB_month", "0.45"],
        ["filestore-basic-hdd", "us-west1", "F5A1-0B1D-7C05", "GiB_month", "0.2"],
      ]);
    });

    it("counts what it read, matched and left out, with the reason for each record left out", () => {
      expect([filestore.recordsRead, filestore.recordsMatched, filestore.warnings]).toEqual([8, 5, []]);
      expect(filestore.unmatched).toEqual({
        "Filestore: no product Tierscope prices": 1,
        "FilestoreBackup: no product Tierscope prices": 1,
        "Commit1Yr usage (only OnDemand prices are imported)": 1,
      });
    });

    it("counts SKUs of other regions as outside the refresh, not silently", () => {
      const iowa = parsePriceFiles(
        "gcp",
        [{ name: "filestore", text: fixture("gcp-filestore-skus.json") }],
        ["us-central1"],
      );
      expect(iowa.prices.map((p) => p.region)).not.toContain("us-west1");
      expect(iowa.unmatched["outside the regions refreshed"]).toBe(1);
    });
  });
});
