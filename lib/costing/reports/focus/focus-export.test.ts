import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../testing/parse-csv";
import { FOCUS_COLUMNS, FOCUS_VERSION } from "./focus-columns";
import { focusCsvHeader, focusCsvLine } from "./focus-csv";
import { focusRow } from "./focus-row";
import { focusFact as fact } from "./focus-test-fixtures";
import { validateFocusHeader, validateFocusRow } from "./validate-focus";

const report = { month: "2026-10", status: "closed" as const };

describe("the FOCUS export", () => {
  it("encodes the FOCUS 1.3 column list: 1.2's 57 columns and 7 new, 23 of them Mandatory", () => {
    expect(FOCUS_VERSION).toBe("1.3");
    expect(FOCUS_COLUMNS).toHaveLength(64);
    expect(FOCUS_COLUMNS.filter((c) => c.featureLevel === "Mandatory").map((c) => c.id)).toEqual(
      expect.arrayContaining(["HostProviderName", "ServiceProviderName"]),
    );
    expect(FOCUS_COLUMNS.filter((c) => c.featureLevel === "Mandatory")).toHaveLength(23);
  });

  it("maps a day of a gp3 volume to a Usage row of a day, in the month's billing period, with tags", () => {
    const row = focusRow(fact(), report);
    expect(row).toMatchObject({
      BilledCost: "1.2903225806",
      EffectiveCost: "1.2903225806",
      ListCost: "1.2903225806",
      ContractedCost: "1.2903225806",
      BillingCurrency: "USD",
      ChargePeriodStart: "2026-10-15T00:00:00Z",
      ChargePeriodEnd: "2026-10-16T00:00:00Z",
      BillingPeriodStart: "2026-10-01T00:00:00Z",
      BillingPeriodEnd: "2026-11-01T00:00:00Z",
      ServiceName: "Amazon Elastic Block Store",
      ServiceCategory: "Storage",
      ServiceSubcategory: "Block Storage",
      ResourceId: "prod/PersistentVolume/pv-uid-1",
      ResourceName: "pvc-train-data",
      PricingUnit: "GiB-Months",
      // 500 GiB × 24 h ÷ 744 h = 16.1290322581 GiB-months, × $0.08 = the billed cost.
      PricingQuantity: "16.1290322581",
      ListUnitPrice: "0.08",
      ProviderName: "Amazon Web Services",
      ServiceProviderName: "Amazon Web Services",
      HostProviderName: "Amazon Web Services",
      // A volume's capacity is not split: no allocation columns.
      AllocatedMethodId: null,
      AllocatedMethodDetails: null,
      AllocatedResourceId: null,
      AllocatedResourceName: null,
      AllocatedTags: null,
    });
    expect(JSON.parse(row.Tags ?? "{}")).toEqual({
      "tierscope/cluster": "prod",
      "tierscope/namespace": "ml",
      "tierscope/team": "ml",
      "tierscope/cost-centre": "CC-1",
      "tierscope/storage-class": "gp3",
    });
  });

  it("puts a negotiated discount between list and billed cost", () => {
    const row = focusRow(fact({ cost: "0.9", detail: { ...fact().detail, discountPercent: "10" } }), report);
    expect(row).toMatchObject({ BilledCost: "0.9", ListCost: "1", ContractedUnitPrice: "0.072" });
  });

  it("writes CSV whose header and every row pass the specification's checks", () => {
    const facts = [
      fact(),
      // 500 GiB × 24 h × $0.000274 per GiB-hour = $3.288.
      fact({
        provider: "gcp",
        unit: "GiB_hour",
        unitPrice: "0.000274",
        cost: "3.288",
        product: "filestore-basic-hdd",
        category: "file",
        region: null,
      }),
      fact({
        resourceKind: "VolumeSnapshotContent",
        category: "snapshot",
        allocation: "unallocated",
        namespace: null,
        likelyOwnerNamespace: "ml",
        team: null,
        status: "estimated",
        unitPrice: null,
        resourceName: 'snap, "quoted"',
      }),
    ];
    const text = focusCsvHeader() + facts.map((f) => focusCsvLine(focusRow(f, report))).join("");
    const rows = parseCsv(text);
    expect(validateFocusHeader(Object.keys(rows[0] ?? {}))).toEqual([]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(validateFocusRow(row)).toEqual([]);
    expect(rows[2]).toMatchObject({
      ResourceName: 'snap, "quoted"',
      ServiceSubcategory: "Backup Storage",
      // No unit price of its own (a graduated price): list cost ÷ quantity = 1.2903225806 ÷ 16.1290322581.
      ListUnitPrice: "0.08",
    });
  });

  it("catches what breaks the specification: a missing Mandatory column, a null cost, a bad date, a wrong value", () => {
    expect(validateFocusHeader(["BilledCost", "Team"])).toContain(
      "Team: not a FOCUS column, and custom columns must start with x_",
    );
    expect(validateFocusHeader(["BilledCost"])).toContain("ChargePeriodStart: a Mandatory column is missing");
    const row = parseCsv(focusCsvHeader() + focusCsvLine(focusRow(fact(), report)))[0] as Record<
      string,
      string
    >;
    expect(validateFocusRow({ ...row, BilledCost: "" })).toEqual([
      "BilledCost: null, but the column allows no nulls",
    ]);
    expect(validateFocusRow({ ...row, BilledCost: "1e-3" })).toEqual(['BilledCost: "1e-3" is not a decimal']);
    expect(validateFocusRow({ ...row, ChargeCategory: "usage" })).toHaveLength(1);
    expect(validateFocusRow({ ...row, ChargePeriodEnd: "2026-10-15T00:00:00Z" })).toContain(
      "ChargePeriodEnd: not after ChargePeriodStart",
    );
    expect(validateFocusRow({ ...row, Tags: "[1]" })).toEqual(["Tags: not a JSON object"]);
    expect(validateFocusRow({ ...row, ListUnitPrice: "" })).toEqual(["ListUnitPrice: null on a Usage row"]);
  });
});
