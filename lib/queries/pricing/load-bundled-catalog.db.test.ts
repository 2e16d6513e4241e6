import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { bundledCatalog } from "../../pricing/catalog";
import { createCostFacts } from "../../testing/cost-factories";
import { createCluster, createOrganization } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { getPriceCatalog } from "./get-price-catalog";
import { loadBundledCatalog } from "./load-bundled-catalog";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0, 0));
const NOTHING_CHANGED = {
  sourcesCreated: 0,
  entriesCreated: 0,
  entriesUpdated: 0,
  entriesClosed: 0,
  entriesRetired: 0,
};

describe("loadBundledCatalog", () => {
  it("loads every bundled price with its source, grade and date", async () => {
    const first = await loadBundledCatalog(db, { now });
    expect(first.entriesCreated).toBe(bundledCatalog().length);
    const gp3 = await db.priceEntry.findFirstOrThrow({
      where: { product: "ebs-gp3", component: "capacity", region: "us-east-1" },
      include: { source: true },
    });
    expect(gp3.unitPrice?.toFixed()).toBe("0.08");
    expect(gp3.source).toMatchObject({ kind: "bundled", grade: "A", key: "bundled:aws-infracost-goldens" });
    expect(gp3.source.sourceDate.toISOString().slice(0, 10)).toBe("2024-07-01");
    const premium = await db.priceEntry.findFirstOrThrow({
      where: { product: "azure-premium-ssd-lrs", region: "eastus", effectiveTo: null },
      include: { tiers: { orderBy: { ordinal: "asc" } } },
    });
    expect(premium.tierMode).toBe("size_step");
    expect(premium.tiers.find((t) => t.label === "P30")?.tierPrice?.toFixed()).toBe("135.17");
    // No provider record states when these prices took effect: each applies from the open start
    // and says the day it is known in force; its source says the day it was last confirmed.
    expect(premium.effectiveFrom.toISOString().slice(0, 10)).toBe("2000-01-01");
    expect(premium.inForceSinceAtLeast?.toISOString().slice(0, 10)).toBe("2026-11-21");
    expect(gp3.inForceSinceAtLeast?.toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(gp3.source.confirmedOn?.toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(gp3.source.description).toMatch(/^AWS Price List API/);
  });

  it("changes nothing when the same catalog is loaded again", async () => {
    await loadBundledCatalog(db, { now });
    const counts = async () => [
      await db.priceSource.count(),
      await db.priceEntry.count(),
      await db.priceTier.count(),
    ];
    const before = await counts();
    const again = await loadBundledCatalog(db, { now: new Date(now.getTime() + MS_PER_DAY) });
    expect(again).toEqual(NOTHING_CHANGED);
    expect(await counts()).toEqual(before);
  });

  it("rewrites a stored source's citation the catalog corrects", async () => {
    await loadBundledCatalog(db, { now });
    await db.priceSource.updateMany({
      where: { key: "bundled:aws-infracost-goldens" },
      data: { description: "Infracost golden outputs … _test" },
    });
    await loadBundledCatalog(db, { now });
    const source = await db.priceSource.findFirstOrThrow({ where: { key: "bundled:aws-infracost-goldens" } });
    expect(source.description).toMatch(/^AWS Price List API, us-east-1 on-demand records/);
  });

  it("puts back a bundled price someone changed in the database", async () => {
    await loadBundledCatalog(db, { now });
    await db.priceEntry.updateMany({
      where: { product: "ebs-gp2", source: { kind: "bundled" } },
      data: { unitPrice: "0.5" },
    });
    const result = await loadBundledCatalog(db, { now });
    expect(result.entriesUpdated).toBe(1);
    const gp2 = await db.priceEntry.findFirstOrThrow({ where: { product: "ebs-gp2" } });
    expect(gp2.unitPrice?.toFixed()).toBe("0.1");
  });

  it("lists prices in force on a day, and the products it cannot price", async () => {
    await loadBundledCatalog(db, { now });
    const catalog = await getPriceCatalog(db, { provider: "aws", product: "ebs-io2", asOf: "2026-11-21" });
    expect(catalog.entries.map((e) => e.component).sort()).toEqual(["capacity", "iops"]);
    const io2 = catalog.entries.find((e) => e.component === "iops");
    expect(io2?.tiers.map((t) => t.unitPrice)).toEqual(["0.065", "0.0455", "0.03185"]);
    expect(io2?.source.grade).toBe("B");
    expect(io2?.inForceSinceAtLeast).toBe("2026-10-07");
    const all = await getPriceCatalog(db, { provider: "gcp" });
    expect(all.unpricedProducts.map((p) => p.id)).toContain("managed-lustre-1000");
    expect(all.unpricedProducts.map((p) => p.id)).not.toContain("gce-pd-balanced");
  });
  it("retires the split Premium SSD entries an earlier catalog left open, once and for all", async () => {
    await loadBundledCatalog(db, { now });
    // What an earlier catalog stored: Premium SSD LRS eastus split over sources, one tier each.
    const split = async (id: string, label: string, size: string, price: string) => {
      const source = await db.priceSource.create({
        data: { kind: "bundled", key: `bundled:${id}`, description: id, sourceDate: now, retrievedAt: now },
      });
      return db.priceEntry.create({
        data: {
          sourceId: source.id,
          provider: "azure",
          region: "eastus",
          product: "azure-premium-ssd-lrs",
          component: "capacity",
          unit: "disk_month",
          currency: "USD",
          tierMode: "size_step",
          effectiveFrom: new Date(Date.UTC(2000, 0, 1)),
          tiers: { create: [{ ordinal: 0, upToQuantity: size, tierPrice: price, label }] },
        },
      });
    };
    const unused = await split("azure-finfocus-test-split", "P15", "256", "38.01");
    const cited = await split("azure-retail-transcript-split", "P30", "1024", "135.17");
    const org = await createOrganization(db);
    const cluster = await createCluster(db, org.id, { name: "azure-prod", provider: "azure" });
    await createCostFacts(db, [
      {
        clusterId: cluster.id,
        day: "2026-11-03",
        resourceUid: "p30-disk",
        cost: "4.5",
        priceEntryId: cited.id,
      },
    ]);

    const result = await loadBundledCatalog(db, { now });
    expect(result.entriesRetired).toBe(2);
    expect(await db.priceEntry.findUnique({ where: { id: unused.id } })).toBeNull();
    const ended = await db.priceEntry.findUniqueOrThrow({ where: { id: cited.id } });
    expect(ended.effectiveTo?.toISOString()).toBe(ended.effectiveFrom.toISOString()); // never in force
    const open = await db.priceEntry.findMany({
      where: { product: "azure-premium-ssd-lrs", region: "eastus", effectiveTo: null },
      include: { tiers: true },
    });
    expect(open).toHaveLength(1);
    expect(open[0]?.tiers.find((t) => t.label === "P30")?.tierPrice?.toFixed()).toBe("135.17");

    const again = await loadBundledCatalog(db, { now });
    expect(again).toEqual(NOTHING_CHANGED);
  });

  it("keeps a bundled entry a newer bundled price closed: older days still use it", async () => {
    await loadBundledCatalog(db, { now });
    const gp2 = await db.priceEntry.findFirstOrThrow({ where: { product: "ebs-gp2", region: "us-east-1" } });
    const source = await db.priceSource.create({
      data: {
        kind: "bundled",
        key: "bundled:aws-gp2-2019",
        description: "older",
        sourceDate: now,
        retrievedAt: now,
      },
    });
    const older = await db.priceEntry.create({
      data: {
        sourceId: source.id,
        provider: "aws",
        region: "us-east-1",
        product: "ebs-gp2",
        component: "capacity",
        unit: gp2.unit,
        currency: "USD",
        unitPrice: "0.11",
        effectiveFrom: new Date(Date.UTC(1999, 0, 1)),
        effectiveTo: gp2.effectiveFrom,
      },
    });
    expect((await loadBundledCatalog(db, { now })).entriesRetired).toBe(0);
    expect(await db.priceEntry.findUnique({ where: { id: older.id } })).not.toBeNull();
  });
});
