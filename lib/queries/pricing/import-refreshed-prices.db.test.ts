import { describe, expect, it } from "vitest";
import { Dec, dec } from "../../pricing/decimal";
import { fixture } from "../../pricing/refresh/fixtures";
import { parsePriceFiles } from "../../pricing/refresh/parse-price-file";
import { emptyResult, type ImportedPrice } from "../../pricing/refresh/types";
import { setUpTestDatabase } from "../../testing/test-database";
import { getPriceCatalog } from "./get-price-catalog";
import { importRefreshedPrices } from "./import-refreshed-prices";
import { loadBundledCatalog } from "./load-bundled-catalog";

const { db } = setUpTestDatabase();
const bundledDay = new Date(Date.UTC(2026, 10, 21, 9));
const refreshDay = new Date(Date.UTC(2026, 11, 3, 6));

function offer() {
  return parsePriceFiles(
    "aws",
    [{ name: "offer.json", text: fixture("aws-offer-ec2-us-east-1.json") }],
    ["us-east-1"],
  );
}

describe("importRefreshedPrices", () => {
  it("creates a dated source and closes the previous prices on the refresh day", async () => {
    await loadBundledCatalog(db, { now: bundledDay });
    const result = await importRefreshedPrices(db, {
      provider: "aws",
      result: offer(),
      description: "AWS Price List, AmazonEC2 us-east-1",
      url: "offer.json",
      now: refreshDay,
    });
    expect(result.sourceDate).toBe("2026-12-03");
    expect(result.entriesCreated).toBeGreaterThan(5);

    const source = await db.priceSource.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source).toMatchObject({ kind: "api_refresh", provider: "aws", version: "20261001120000" });

    // The bundled gp3 price stays for the months it was in force, and ends when the refresh starts.
    const before = await getPriceCatalog(db, { product: "ebs-gp3", asOf: "2026-11-30" });
    const after = await getPriceCatalog(db, { product: "ebs-gp3", asOf: "2026-12-03" });
    expect(before.entries.find((e) => e.component === "capacity")?.source.kind).toBe("bundled");
    expect(after.entries.find((e) => e.component === "capacity")?.source.kind).toBe("api_refresh");
    const bundled = await db.priceEntry.findFirstOrThrow({
      where: { product: "ebs-gp3", component: "capacity", source: { kind: "bundled" } },
    });
    expect(bundled.effectiveTo?.toISOString().slice(0, 10)).toBe("2026-12-03");
  });

  it("keeps each run as its own version: a second refresh supersedes the first", async () => {
    await loadBundledCatalog(db, { now: bundledDay });
    const first = await importRefreshedPrices(db, {
      provider: "aws",
      result: offer(),
      description: "run 1",
      url: null,
      now: refreshDay,
    });
    const later = new Date(Date.UTC(2027, 0, 5));
    const second = await importRefreshedPrices(db, {
      provider: "aws",
      result: offer(),
      description: "run 2",
      url: null,
      now: later,
    });
    expect(await db.priceSource.count({ where: { kind: "api_refresh" } })).toBe(2);
    const december = await getPriceCatalog(db, { product: "ebs-io2", asOf: "2026-12-31" });
    const january = await getPriceCatalog(db, { product: "ebs-io2", asOf: "2027-01-05" });
    expect(december.entries.every((e) => e.effectiveFrom === first.sourceDate)).toBe(true);
    expect(january.entries.every((e) => e.effectiveFrom === second.sourceDate)).toBe(true);
  });

  it("backfills a product priced for the first time to the days its price was in force", async () => {
    await loadBundledCatalog(db, { now: bundledDay });
    // Filestore Zonal has no bundled price; the Catalog states effectiveTime 2026-11-30.
    const filestore = parsePriceFiles(
      "gcp",
      [{ name: "filestore.json", text: fixture("gcp-filestore-skus.json") }],
      ["us-central1"],
    );
    // A record that states no effective date: in force since at least the refresh day.
    const undated: ImportedPrice = {
      ...(filestore.prices.find((p) => p.product === "filestore-basic-ssd") as ImportedPrice),
      region: "us-east1",
      providerEffectiveDate: null,
    };
    const result = await importRefreshedPrices(db, {
      provider: "gcp",
      result: { ...filestore, prices: [...filestore.prices, undated] },
      description: "Cloud Filestore SKUs",
      url: null,
      now: refreshDay,
    });
    // Basic HDD us-central1 has a bundled price: the other four are first prices.
    expect(result.entriesBackfilled).toBe(4);
    const zonal = async (asOf: string) =>
      (await getPriceCatalog(db, { product: "filestore-zonal", asOf })).entries.map((e) => [
        e.region,
        e.effectiveFrom,
        e.unitPrice,
      ]);
    expect(await zonal("2026-11-30")).toEqual([["us-central1", "2026-11-30", "0.25"]]);
    expect(await zonal("2026-11-29")).toEqual([]);
    const ssd = await getPriceCatalog(db, { product: "filestore-basic-ssd", asOf: "2025-03-01" });
    expect(ssd.entries.map((e) => [e.region, e.inForceSinceAtLeast])).toEqual([["us-east1", "2026-12-03"]]);
  });

  it("keeps a product's earlier price for the days before a refresh, whatever date the provider states", async () => {
    await loadBundledCatalog(db, { now: bundledDay });
    const hdd = parsePriceFiles(
      "gcp",
      [{ name: "filestore.json", text: fixture("gcp-filestore-skus.json") }],
      ["us-west1"],
    );
    const result = await importRefreshedPrices(db, {
      provider: "gcp",
      result: hdd,
      description: "Cloud Filestore SKUs, us-west1",
      url: null,
      now: refreshDay,
    });
    expect(result.entriesBackfilled).toBe(0);
    const before = await getPriceCatalog(db, { product: "filestore-basic-hdd", asOf: "2026-12-01" });
    const usWest1 = before.entries.filter((e) => e.region === "us-west1");
    expect(usWest1.map((e) => [e.source.kind, e.unitPrice])).toEqual([["bundled", "0.000274"]]);
  });

  it("refuses a refresh with no prices, saying why", async () => {
    await expect(
      importRefreshedPrices(db, {
        provider: "aws",
        result: { ...emptyResult(), warnings: ["AmazonFSx has no offer file for us-east-1"] },
        description: "empty",
        url: null,
        now: refreshDay,
      }),
    ).rejects.toThrow("The aws refresh found no prices to import: AmazonFSx has no offer file for us-east-1");
    expect(await db.priceSource.count()).toBe(0);
  });

  it("resolves two prices for one product the same way whatever their order, and says so", async () => {
    const gcs = (sku: string, description: string, price: string, exactMatch: boolean): ImportedPrice => ({
      provider: "gcp",
      region: "us-central1",
      product: "gcs-standard",
      component: "capacity",
      unit: "GiB_month",
      currency: "USD",
      tierMode: "flat",
      unitPrice: dec(price),
      includedQuantity: new Dec(0),
      tiers: [],
      sku,
      description,
      providerEffectiveDate: null,
      exactMatch,
    });
    const dual = gcs("GCS-DUAL", "Standard Storage Iowa Dual-region", "0.022", false);
    const regional = gcs("GCS-REG", "Standard Storage Iowa", "0.02", true);
    const later = new Date(Date.UTC(2027, 0, 5));
    for (const [now, prices] of [
      [refreshDay, [dual, regional]],
      [later, [regional, dual]],
    ] as const) {
      const result = await importRefreshedPrices(db, {
        provider: "gcp",
        result: { ...emptyResult(), prices: [...prices] },
        description: "GCP Cloud Storage SKUs",
        url: null,
        now,
      });
      expect(result.entriesCreated).toBe(1);
      expect(result.warnings.join("\n")).toMatch(/ambiguous.*GCS-DUAL.*GCS-REG.*kept GCS-REG/);
      const catalog = await getPriceCatalog(db, {
        product: "gcs-standard",
        asOf: now.toISOString().slice(0, 10),
      });
      expect(catalog.entries.map((e) => [e.sku, e.unitPrice])).toEqual([["GCS-REG", "0.02"]]);
    }
  });
});
