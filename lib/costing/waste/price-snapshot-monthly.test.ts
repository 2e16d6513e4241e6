import { describe, expect, it } from "vitest";
import { dec } from "../../pricing/decimal";
import { priceSnapshotMonthly, type SnapshotSource } from "./price-snapshot-monthly";
import { context, GIB, inventory } from "./waste-test-fixtures";

const ebs: SnapshotSource = {
  driver: "ebs.csi.aws.com",
  storageClassName: "gp3",
  region: null,
  zone: null,
  storageTier: "standard",
};
const measured = { bytes: 100n * GIB, estimated: false, basis: "100 GiB stored" };

describe("snapshot prices", () => {
  it("prices stored GiB at the source's snapshot product in its region", () => {
    const cost = priceSnapshotMonthly(inventory(), context(), measured, ebs);
    expect(cost).toMatchObject({ status: "priced", currency: "USD" });
    expect(cost.monthlyCost?.toFixed()).toBe("5");
    expect(cost.basis).toMatch(/ebs-snapshot/);
  });

  it("prices archive-tier snapshots at the archive price", () => {
    const cost = priceSnapshotMonthly(inventory(), context(), measured, { ...ebs, storageTier: "archive" });
    // EBS Snapshots Archive: $0.0125 per GB-month.
    expect(cost.monthlyCost?.toFixed()).toBe("1.25");
  });

  it("labels a modelled size an estimate", () => {
    const cost = priceSnapshotMonthly(inventory(), context(), { ...measured, estimated: true }, ebs);
    expect(cost.status).toBe("estimated");
  });

  it("is unpriced, never $0, when the driver has no snapshot price or the size is unknown", () => {
    const unknownDriver = priceSnapshotMonthly(inventory(), context(), measured, {
      ...ebs,
      driver: "example.com/array",
      storageClassName: "mystery",
    });
    expect(unknownDriver).toMatchObject({ status: "unpriced", monthlyCost: null });
    const unknownSize = priceSnapshotMonthly(
      inventory(),
      context(),
      { bytes: null, estimated: true, basis: "?" },
      ebs,
    );
    expect(unknownSize).toMatchObject({ status: "unpriced", monthlyCost: null });
  });

  it("applies a negotiated discount and converts to the display currency", () => {
    const base = context();
    const cost = priceSnapshotMonthly(
      inventory(),
      {
        ...base,
        pricing: {
          ...base.pricing,
          displayCurrency: "EUR",
          exchangeRates: [
            { baseCurrency: "USD", quoteCurrency: "EUR", effectiveFrom: "2026-01-01", rate: dec("0.9") },
          ],
          overrides: [
            {
              id: "d",
              kind: "discount",
              clusterId: null,
              storageClassName: null,
              provider: "aws",
              product: null,
              component: null,
              unit: null,
              unitPrice: null,
              currency: null,
              discountPercent: dec("10"),
              effectiveFrom: "2026-01-01",
              effectiveTo: null,
              createdAt: "2026-01-01T00:00:00Z",
              note: null,
            },
          ],
        },
      },
      measured,
      ebs,
    );
    // $5 less 10 % = $4.50, × 0.9 = €4.05.
    expect(cost).toMatchObject({ status: "priced", currency: "EUR" });
    expect(cost.monthlyCost?.toFixed()).toBe("4.05");
  });
});
