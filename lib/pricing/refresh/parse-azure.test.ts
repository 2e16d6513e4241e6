import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures";
import { parsePriceFiles } from "./parse-price-file";
import type { ImportedPrice } from "./types";

const pages = [1, 2].map((n) => ({ name: `page-${n}`, text: fixture(`azure-retail-eastus-page-${n}.json`) }));
const find = (prices: ImportedPrice[], product: string, component = "capacity") =>
  prices.find((p) => p.product === product && p.component === component);

describe("Azure Retail Prices importer", () => {
  const result = parsePriceFiles("azure", pages, null);

  it("builds the Premium SSD tier table from per-disk meters, skipping reservations and mount meters", () => {
    const premium = find(result.prices, "azure-premium-ssd-lrs");
    expect(premium?.tierMode).toBe("size_step");
    expect(premium?.unit).toBe("disk_month");
    const byLabel = Object.fromEntries(
      premium?.tiers.map((t) => [t.label, t.tierPrice?.toFixed() ?? null]) ?? [],
    );
    expect(byLabel.P10).toBe("19.71");
    expect(byLabel.P30).toBe("135.17"); // not the 1-year reservation total of 1541
    expect(byLabel.P20).toBeNull();
    expect(premium?.tiers.find((t) => t.label === "P30")?.upTo?.toFixed()).toBe("1024");
  });

  it("reads Premium SSD v2's $0 first rows as the included 3,000 IOPS and 125 MB/s", () => {
    const iops = find(result.prices, "azure-premium-ssd-v2", "iops");
    expect([iops?.unit, iops?.unitPrice?.toFixed(), iops?.includedQuantity.toFixed()]).toEqual([
      "IOPS_hour",
      "0.000007",
      "3000",
    ]);
    const mbps = find(result.prices, "azure-premium-ssd-v2", "throughput");
    expect([mbps?.unit, mbps?.unitPrice?.toFixed(), mbps?.includedQuantity.toFixed()]).toEqual([
      "MBps_hour",
      "0.000055",
      "125",
    ]);
    expect(find(result.prices, "azure-premium-ssd-v2")?.unit).toBe("GiB_hour");
  });

  it("follows every page: Ultra meters from page 2, without the per-vCPU reservation charge", () => {
    expect(
      result.prices
        .filter((p) => p.product === "azure-ultra-disk")
        .map((p) => p.component)
        .sort(),
    ).toEqual(["capacity", "iops", "throughput"]);
  });

  it("keeps Blob's volume bands as graduated tiers and tells Blob from Files by productName", () => {
    const blob = find(result.prices, "azure-blob-hot-lrs");
    expect(blob?.tierMode).toBe("graduated");
    expect(blob?.tiers.map((t) => [t.upTo?.toFixed() ?? null, t.unitPrice?.toFixed()])).toEqual([
      ["51200", "0.0208"],
      ["512000", "0.02"],
      [null, "0.0191"],
    ]);
    expect(find(result.prices, "azure-files-hot-lrs")?.unitPrice?.toFixed()).toBe("0.0287");
  });

  it("prices Linux on-demand GPU VMs only", () => {
    const vms = result.prices.filter((p) => p.product === "vm-Standard_ND96isr_H100_v5");
    expect(vms.map((p) => [p.unit, p.unitPrice?.toFixed()])).toEqual([["hour", "98.32"]]);
  });

  it("keeps a non-USD currency", () => {
    const eur = parsePriceFiles(
      "azure",
      [{ name: "eur", text: fixture("azure-retail-westeurope-eur.json") }],
      null,
    );
    const p10 = eur.prices[0];
    expect([
      p10?.region,
      p10?.currency,
      p10?.tiers.find((t) => t.label === "P10")?.tierPrice?.toFixed(),
    ]).toEqual(["westeurope", "EUR", "18.52"]);
  });

  describe("Azure Files standard tiers (Files v2)", () => {
    // Files v2 names the tier in skuName: "Standard LRS" is transaction optimized, with the meter
    // "LRS Data Stored"; Hot and Cool meters carry the tier in their name too.
    const files = parsePriceFiles(
      "azure",
      [{ name: "files", text: fixture("azure-retail-files-eastus.json") }],
      null,
    );

    it("maps transaction optimized, hot and cool data stored per GB-month", () => {
      expect(
        files.prices
          .filter((p) => p.product.startsWith("azure-files-"))
          .map((p) => [p.product, p.unit, p.unitPrice?.toFixed()]),
      ).toEqual([
        ["azure-files-transaction-optimized-lrs", "GB_month", "0.06"],
        ["azure-files-hot-lrs", "GB_month", "0.0255"],
        ["azure-files-cool-lrs", "GB_month", "0.015"],
      ]);
    });

    it("counts the records left out and why: operations meters and reservations", () => {
      expect([files.recordsRead, files.recordsMatched, files.warnings]).toEqual([6, 4, []]);
      expect(files.unmatched).toEqual({
        'Storage "Files v2": no product Tierscope prices': 1,
        "Reservation price (only pay-as-you-go Consumption prices are imported)": 1,
      });
    });
  });
});
