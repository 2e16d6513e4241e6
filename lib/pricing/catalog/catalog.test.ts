import { describe, expect, it } from "vitest";
import { dec } from "../decimal";
import { productInfo } from "../products";
import { catalogKey, selectPriceInForce } from "../select-price";
import { priceQuantity } from "../tiers";
import { OPEN_START_DAY } from "../types";
import { BUNDLED_PRICES, bundledCatalog, bundledCatalogPrices } from ".";
import { BUNDLED_SOURCES } from "./sources";

// The bundled catalog never invents a price: every entry cites a known source with a date and a
// grade, no price is zero or negative, and every product is one the resolver knows.
describe("the bundled catalog", () => {
  const loadable = bundledCatalog();

  it("cites a dated, graded source for every price", () => {
    for (const price of loadable) {
      expect(price.source.sourceDate, price.product).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["A", "B", "C"]).toContain(price.source.grade);
      expect(price.source.url ?? price.source.description).toBeTruthy();
    }
  });

  it("has no zero, negative or missing prices", () => {
    for (const price of loadable) {
      const values =
        price.tierMode === "flat" ? [price.unitPrice] : price.tiers.map((t) => t.unitPrice ?? t.tierPrice);
      const known = values.filter((v) => v !== null);
      expect(known.length, `${price.product} ${price.region}`).toBeGreaterThan(0);
      for (const value of known) expect(value?.gt(0), price.product).toBe(true);
    }
  });

  it("prices only products the resolver knows, once per region, component and start date", () => {
    const keys = loadable.map((p) => `${catalogKey(p)}|${p.effectiveFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const price of BUNDLED_PRICES) expect(productInfo(price.product), price.product).toBeDefined();
  });

  it("uses every source it lists, each with a unique id", () => {
    const ids = BUNDLED_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(
      BUNDLED_PRICES.flatMap((p) => [p.source, ...(p.tiers ?? []).flatMap((t) => t.source ?? [])]),
    );
    expect([...cited].sort()).toEqual([...ids].sort());
  });

  it("names each tier's citation in a composite source", () => {
    const premium = loadable.find(
      (p) => p.product === "azure-premium-ssd-lrs" && p.region === "eastus" && p.effectiveTo === null,
    );
    expect(premium?.source.key).toBe("bundled:composite:azure:eastus:azure-premium-ssd-lrs:capacity");
    expect(premium?.source.grade).toBe("C");
    expect(premium?.source.description).toContain("P20, P30, P40, P50, P60: Azure Retail Prices API");
    expect(premium?.tiers.find((t) => t.label === "P6")?.tierPrice).toBeNull();
  });

  it("applies a price in force since at least its source's date to earlier days too, and says so", () => {
    // Premium SSD LRS eastus: P4/P10 captured 2024-07-01, P20–P60 in a Retail API response of
    // 2026-07-23, P15 read 2026-11-21. The provider states no effective date for any of them.
    const premium = bundledCatalogPrices().filter(
      (p) => catalogKey(p) === "azure|eastus|azure-premium-ssd-lrs|capacity",
    );
    expect(premium).toHaveLength(1);
    expect(premium[0]?.effectiveFrom).toBe(OPEN_START_DAY);
    expect(premium[0]?.inForceSinceAtLeast).toBe("2026-11-21");
    const monthly = (day: string, sizeGib: number) => {
      const entry = selectPriceInForce(premium, day);
      const result = entry ? priceQuantity(entry, dec(sizeGib)) : null;
      return result?.ok ? result.amount.toFixed() : null;
    };
    expect(monthly("2025-01-01", 600)).toBe("135.17"); // P30
    expect(monthly("2025-01-01", 200)).toBe("38.01"); // P15
    expect(monthly("2026-12-01", 100)).toBe("19.71"); // P10
    // gp3 IOPS, only known from a 2026-10-07 record, prices October's days before the 7th.
    const gp3Iops = bundledCatalogPrices().filter((p) => catalogKey(p) === "aws|us-east-1|ebs-gp3|iops");
    expect(selectPriceInForce(gp3Iops, "2026-10-01")?.unitPrice?.toFixed()).toBe("0.005");
    expect(gp3Iops[0]?.inForceSinceAtLeast).toBe("2026-10-07");
  });
});
