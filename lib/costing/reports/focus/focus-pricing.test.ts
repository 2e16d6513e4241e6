import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../testing/parse-csv";
import { focusCsvHeader, focusCsvLine } from "./focus-csv";
import type { FocusFact, FocusFactDetail } from "./focus-fact";
import { focusRow } from "./focus-row";
import { focusFact } from "./focus-test-fixtures";
import { validateFocusRow } from "./validate-focus";

// Constructed facts, costed by hand the way lib/costing computes them; each FOCUS row must state a
// billable quantity and a unit price in its billing currency whose product is its cost.

const report = { month: "2026-10", status: "closed" as const };

const fact = (over: Partial<FocusFact>, detail: Partial<FocusFactDetail> = {}) =>
  focusFact({ ...over, detail: { ...focusFact().detail, ...detail } });

/** The row as a FOCUS consumer reads it: written to CSV and parsed back. */
function exported(f: FocusFact): Record<string, string> {
  return parseCsv(focusCsvHeader() + focusCsvLine(focusRow(f, report)))[0] as Record<string, string>;
}

const azureDisk = (over: Partial<FocusFact>, detail: Partial<FocusFactDetail> = {}) =>
  fact(
    {
      provider: "azure",
      region: "westeurope",
      storageClassName: "managed-premium",
      product: "azure-premium-ssd-lrs",
      unit: "disk_month",
      ...over,
    },
    detail,
  );

describe("FOCUS prices and quantities", () => {
  it("bills a size-step Azure disk as one disk for its hours at the tier's price, not its GiB", () => {
    // A 1,024 GiB Premium SSD is a P30 at $135.17 a month; a day is 24 ÷ 730 of a month.
    const row = exported(azureDisk({ quantity: "1024", unitPrice: "135.17", cost: "4.4439452055" }));
    expect(row).toMatchObject({
      PricingUnit: "Disk-Months",
      PricingQuantity: "0.0328767123",
      ListUnitPrice: "135.17",
      ContractedUnitPrice: "135.17",
      ListCost: "4.4439452055",
      // What it had: 1,024 GiB for 24 of 730 hours.
      ConsumedUnit: "GiB-Months",
      ConsumedQuantity: "33.6657534247",
    });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("blends the tiers of a disk resized across a size step during the day", () => {
    // 13 h as a 500 GiB P20 ($73.22) then 11 h as a 600 GiB P30 ($135.17): still one disk for 24 h.
    const row = exported(
      azureDisk(
        { quantity: "545.833333", unitPrice: null, cost: "3.3407260274" },
        {
          segments: [
            { hours: "13.0000", quantity: "500" },
            { hours: "11.0000", quantity: "600" },
          ],
        },
      ),
    );
    // (73.22 × 13 + 135.17 × 11) ÷ 24 = $101.61375 per disk-month.
    expect(row).toMatchObject({ PricingQuantity: "0.0328767123", ListCost: "3.3407260274" });
    expect(row.ListUnitPrice?.slice(0, 9)).toBe("101.61375");
    expect(validateFocusRow(row)).toEqual([]);
  });

  const gp3Iops = (quantity: string, cost: string) =>
    exported(
      fact(
        { component: "iops", quantity, unit: "IOPS_month", unitPrice: "0.005", cost },
        { includedQuantity: "3000" },
      ),
    );

  it("prices a gp3 volume's IOPS at the 3,000 baseline as nothing billable", () => {
    const row = gp3Iops("3000", "0");
    expect(row).toMatchObject({
      PricingUnit: "IOPS-Months",
      PricingQuantity: "0",
      ListUnitPrice: "0.005",
      ListCost: "0",
      BilledCost: "0",
      // It had 3,000 IOPS for 24 of October's 744 hours.
      ConsumedQuantity: "96.7741935484",
    });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("prices a gp3 volume's IOPS above the baseline by the IOPS above it", () => {
    // 6,000 IOPS: 3,000 above the baseline × $0.005 × 24 ÷ 744 = $0.4838709677.
    const row = gp3Iops("6000", "0.4838709677");
    expect(row).toMatchObject({
      PricingQuantity: "96.7741935484",
      ListUnitPrice: "0.005",
      ListCost: "0.4838709677",
      ConsumedQuantity: "193.5483870968",
    });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("takes the baseline off each piece of a day cut where the volume changed", () => {
    // 125 MiB/s (the baseline) for 16 h, then 250 MiB/s for 8 h: 125 billable MiB/s × 8 h ÷ 744 h.
    const row = exported(
      fact(
        {
          component: "throughput",
          quantity: "166.666667",
          unit: "MiBps_month",
          unitPrice: "0.04",
          cost: "0.0537634409",
        },
        {
          includedQuantity: "125",
          segments: [
            { hours: "16.0000", quantity: "125" },
            { hours: "8.0000", quantity: "250" },
          ],
        },
      ),
    );
    // $0.04 × 1.3440860215 = $0.0537634409; the day's average less the baseline would bill 24 h.
    expect(row).toMatchObject({ PricingQuantity: "1.3440860215", ListCost: "0.0537634409" });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("converts a price in another currency at the fact's rate into its billing currency", () => {
    // A $0.08 price billed in EUR at 0.92: 500 GiB × €0.0736 × 24 ÷ 744 = €1.1870967742, and 10 % off.
    const row = exported(
      fact({ cost: "1.0683870968", currency: "EUR" }, { exchangeRate: "0.92", discountPercent: "10" }),
    );
    expect(row).toMatchObject({
      BillingCurrency: "EUR",
      PricingQuantity: "16.1290322581",
      ListUnitPrice: "0.0736",
      ContractedUnitPrice: "0.06624",
      ListCost: "1.1870967742",
      ContractedCost: "1.0683870968",
      BilledCost: "1.0683870968",
    });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("adds an archived snapshot's early-deletion hours to its quantity", () => {
    // 500 GiB at $0.0125 for the 10 h it lived that day and the 1,440 h left of its 90 days.
    const row = exported(
      fact(
        {
          resourceKind: "VolumeSnapshotContent",
          component: "snapshot_archive",
          category: "snapshot",
          quantity: "500",
          hours: "10",
          unitPrice: "0.0125",
          cost: "12.1807795699",
        },
        { storedBytes: String(500n * 2n ** 30n), earlyDeletion: { remainingHours: "1440.0000" } },
      ),
    );
    expect(row).toMatchObject({ PricingQuantity: "974.4623655914", ListCost: "12.1807795699" });
    expect(validateFocusRow(row)).toEqual([]);
  });

  it("refuses a row whose unit price × PricingQuantity is not its list or contracted cost", () => {
    const row = exported(fact({}));
    expect(validateFocusRow(row)).toEqual([]);
    // The raw quantity with a baseline or a size step left in: 0.08 × 32.258… is not $1.29.
    expect(validateFocusRow({ ...row, PricingQuantity: "32.2580645161" })).toEqual([
      "ListCost: 1.2903225806, but ListUnitPrice × PricingQuantity = 0.08 × 32.2580645161 = 2.580645161288",
      "ContractedCost: 1.2903225806, but ContractedUnitPrice × PricingQuantity = 0.08 × 32.2580645161 = 2.580645161288",
    ]);
    // A price left in another currency than the row's.
    expect(validateFocusRow({ ...row, ListUnitPrice: "0.0736" })).toHaveLength(1);
    // Agreeing to the cent (less than half a cent apart, what the stored hours' rounding can do): accepted.
    expect(validateFocusRow({ ...row, ListCost: "1.2948", ContractedCost: "1.2859" })).toEqual([]);
    expect(validateFocusRow({ ...row, ListCost: "1.2958225806" })).toEqual([
      "ListCost: 1.2958225806, but ListUnitPrice × PricingQuantity = 0.08 × 16.1290322581 = 1.290322580648",
    ]);
  });
});
