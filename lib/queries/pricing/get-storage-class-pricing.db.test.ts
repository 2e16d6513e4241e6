import { describe, expect, it } from "vitest";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { createStorageClassWithParameters, createVolumeAttributesClass } from "../../testing/price-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { createPriceOverride } from "./create-price-override";
import { deletePriceOverride } from "./delete-price-override";
import { getStorageClassPricing } from "./get-storage-class-pricing";
import { listPriceOverrides } from "./list-price-overrides";
import { loadBundledCatalog } from "./load-bundled-catalog";
import { updatePricingSettings } from "./update-pricing-settings";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 12));
const created = new Date(Date.UTC(2026, 9, 1));

async function fleet() {
  await loadBundledCatalog(db, { now });
  const org = await createOrganization(db);
  const eks = await createCluster(db, org.id, { name: "eks", provider: "aws", region: "us-east-1" });
  await createStorageClassWithParameters(db, eks.id, {
    name: "gp3-fast",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3", iops: "6000", throughput: "250" },
  });
  await createStorageClassWithParameters(db, eks.id, {
    name: "portworx",
    provisioner: "pxd.portworx.com",
    parameters: {},
  });
  await createVolumeAttributesClass(db, eks.id, {
    name: "io2-gold",
    driverName: "ebs.csi.aws.com",
    parameters: { type: "io2", iops: "32000" },
  });
  return { org, eks };
}

const row = (result: Awaited<ReturnType<typeof getStorageClassPricing>>, name: string) =>
  result.storageClasses.find((s) => s.storageClassName === name);

describe("getStorageClassPricing", () => {
  it("prices each class's live volumes at their own size and VolumeAttributesClass", async () => {
    const { eks } = await fleet();
    const gp3 = { storageClassName: "gp3-fast", createdAt: created, csiDriver: "ebs.csi.aws.com" };
    await createPersistentVolume(db, eks.id, { ...gp3, capacityBytes: 500n * GIB });
    await createPersistentVolume(db, eks.id, { ...gp3, capacityBytes: 500n * GIB });
    await createPersistentVolume(db, eks.id, {
      ...gp3,
      capacityBytes: 500n * GIB,
      volumeAttributesClassName: "io2-gold",
    });
    await createPersistentVolume(db, eks.id, {
      ...gp3,
      capacityBytes: 100n * GIB,
      deletedAt: new Date(Date.UTC(2026, 10, 1)),
    });

    const result = await getStorageClassPricing(db, { now });
    const fast = row(result, "gp3-fast");
    // Two 500 GiB gp3 at 6,000 IOPS / 250 MiB/s: 2 × (40 + 15 + 5) = 120; one as io2-gold: 62.5 + 2,080 → 2,262.5
    expect(fast?.volumes).toMatchObject({ count: 3, monthlyCost: "2262.5", currency: "USD" });
    expect(fast?.volumes.capacityBytes).toBe(String(1500n * GIB));
    expect(fast?.reference.priced.monthlyCost).toBe("60");
    expect([fast?.snapshotPrice?.unitPrice, fast?.snapshotPrice?.unit]).toEqual(["0.05", "GiB_month"]);
    expect(
      fast?.reference.priced.components.map((c) => [c.component, c.unitPrice, c.source?.sourceDate]),
    ).toEqual([
      ["capacity", "0.08", "2024-07-01"],
      ["iops", "0.005", "2026-10-07"],
      ["throughput", "0.04", "2026-10-07"],
    ]);
  });

  it("gives no total for a class whose volumes are only partly priced, and counts the unpriced", async () => {
    const { eks } = await fleet();
    await createStorageClassWithParameters(db, eks.id, {
      name: "gp3",
      provisioner: "ebs.csi.aws.com",
      parameters: { type: "gp3" },
    });
    const gp3 = { storageClassName: "gp3", createdAt: created, csiDriver: "ebs.csi.aws.com" };
    // 100 GiB gp3 in us-east-1 at its baseline: 100 × 0.08 = 8
    await createPersistentVolume(db, eks.id, { ...gp3, capacityBytes: 100n * GIB });
    // 99 more in a region the catalog has no price for
    await db.persistentVolume.createMany({
      data: Array.from({ length: 99 }, (_, i) => ({
        uid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        name: `pvc-${i}`,
        clusterId: eks.id,
        reclaimPolicy: "Delete",
        phase: "Bound",
        accessModes: ["ReadWriteOnce"],
        capacityBytes: 100n * GIB,
        region: "ap-south-2",
        storageClassName: "gp3",
        csiDriver: "ebs.csi.aws.com",
        createdAt: created,
        firstSeenAt: created,
        lastSeenAt: created,
      })),
    });
    const volumes = row(await getStorageClassPricing(db, { now }), "gp3")?.volumes;
    expect(volumes).toMatchObject({ count: 100, monthlyCost: null, unpricedVolumes: 99 });
    expect(volumes?.byStatus).toMatchObject({ priced: 1, unpriced: 99 });
  });

  it("lists an unknown provisioner as unpriced with the reason, until an override prices it", async () => {
    const { eks } = await fleet();
    await createPersistentVolume(db, eks.id, {
      storageClassName: "portworx",
      capacityBytes: 1000n * GIB,
      createdAt: created,
    });
    const before = row(await getStorageClassPricing(db, { now }), "portworx");
    expect(before?.reference.priced.status).toBe("unpriced");
    expect(before?.reference.priced.reason).toMatch(/unknown provisioner pxd\.portworx\.com/);
    expect(before?.volumes.byStatus.unpriced).toBe(1);

    // 1,000 GiB = 1.073741824 TB (10^12 bytes) at 240 a TB-year = 20 a TB-month → 21.47483648
    const override = await createPriceOverride(db, {
      kind: "unit_price",
      storageClassName: "portworx",
      unitPrice: "240",
      unit: "TB_year",
      effectiveFrom: "2000-01-01",
    });
    const after = row(await getStorageClassPricing(db, { now }), "portworx");
    expect(after?.volumes.monthlyCost).toBe("21.47483648");
    expect(after?.reference.priced.components[0]?.overrideId).toBe(override.id);

    await deletePriceOverride(db, override.id);
    expect(await listPriceOverrides(db)).toEqual([]);
    expect(row(await getStorageClassPricing(db, { now }), "portworx")?.reference.priced.status).toBe(
      "unpriced",
    );
  });

  it("applies a provider discount and shows the display currency at the recorded rate", async () => {
    await fleet();
    await createPriceOverride(db, {
      kind: "discount",
      provider: "aws",
      discountPercent: "10",
      effectiveFrom: "2000-01-01",
    });
    await updatePricingSettings(db, {
      displayCurrency: "EUR",
      exchangeRate: { baseCurrency: "USD", quoteCurrency: "EUR", rate: "0.9", effectiveFrom: "2026-01-01" },
    });
    const fast = row(await getStorageClassPricing(db, { now, referenceBytes: 500n * GIB }), "gp3-fast");
    // 60 × 0.9 (discount) × 0.9 (USD→EUR) = 48.6
    expect([fast?.reference.priced.monthlyCost, fast?.reference.priced.currency]).toEqual(["48.6", "EUR"]);
  });

  it("rejects an override for a cluster that does not exist", async () => {
    await fleet();
    await expect(
      createPriceOverride(db, {
        kind: "unit_price",
        storageClassName: "x",
        unitPrice: "1",
        clusterName: "nope",
        effectiveFrom: "2026-01-01",
      }),
    ).rejects.toThrow('No cluster named "nope"');
  });
});
