import { describe, expect, it } from "vitest";
import { Dec, sum } from "../../../pricing/decimal";
import { parseCsv } from "../../../testing/parse-csv";
import { focusCsvHeader, focusCsvLine } from "./focus-csv";
import type { FocusFact } from "./focus-fact";
import { focusRow } from "./focus-row";
import { focusFact } from "./focus-test-fixtures";
import { validateFocusRow } from "./validate-focus";

const report = { month: "2026-10", status: "closed" as const };

/**
 * One day of an EFS file system's Elastic reads: 1,000 GiB at $0.03 = $30.00, split by the bytes
 * each namespace's nodes read: ml 750 GiB ($22.50, 0.75), vision 250 GiB ($7.50, 0.25).
 */
function readBy(
  namespace: string | null,
  quantity: string,
  cost: string,
  share: string,
  method = "bytes-read",
) {
  const base = focusFact();
  return focusFact({
    resourceKind: "VolumeDataAccess",
    resourceUid: `pv-efs-1/${namespace ?? "-"}`,
    resourceName: null,
    component: "data_read",
    category: "data-access",
    product: "efs-elastic-throughput",
    storageClassName: "efs-sc",
    namespace,
    allocation: namespace ? "allocated" : "unallocated",
    team: namespace,
    costCentre: namespace ? "CC-1" : null,
    quantity,
    unit: "GiB",
    unitPrice: "0.03",
    cost,
    detail: {
      ...base.detail,
      split: { volumeUid: "pv-efs-1", volumeName: "datasets-efs", method, share },
    },
  } satisfies Partial<FocusFact>);
}

describe("FOCUS 1.3 split cost allocation of data-access facts", () => {
  const rows = [readBy("ml", "750", "22.5", "0.75"), readBy("vision", "250", "7.5", "0.25")].map((f) =>
    focusRow(f, report),
  );

  it("gives each namespace's part as an allocated charge of the volume's reads, column by column", () => {
    expect(rows[0]).toMatchObject({
      // The origin charge: the volume's reads; its dimensions are the volume's.
      ResourceId: "prod/PersistentVolume/pv-efs-1",
      ResourceName: "datasets-efs",
      ResourceType: "VolumeDataAccess",
      ServiceName: expect.stringContaining("Elastic File System"),
      ListUnitPrice: "0.03",
      PricingUnit: "GiB",
      PricingQuantity: "750",
      BilledCost: "22.5",
      // The allocated part: to whom, how, and by how much.
      AllocatedMethodId: "tierscope/data-access/bytes-read",
      AllocatedResourceId: "prod/Namespace/ml",
      AllocatedResourceName: "ml",
    });
    expect(JSON.parse(rows[0]?.AllocatedMethodDetails ?? "")).toEqual({
      Elements: [{ AllocatedRatio: 0.75, UsageUnit: "GiB", UsageQuantity: 750 }],
    });
    // Tags are the origin charge's; the namespace's own go to AllocatedTags, none repeated.
    expect(JSON.parse(rows[0]?.Tags ?? "")).toEqual({
      "tierscope/cluster": "prod",
      "tierscope/storage-class": "efs-sc",
    });
    expect(JSON.parse(rows[0]?.AllocatedTags ?? "")).toEqual({
      "tierscope/namespace": "ml",
      "tierscope/team": "ml",
      "tierscope/cost-centre": "CC-1",
    });
    expect(rows[0]?.ChargeDescription).toContain("data_read of data access of volume datasets-efs");
  });

  it("adds up to the origin charge: ratios to 1, billed costs to $30.00, quantities to 1,000 GiB", () => {
    const ratios = rows.map((r) => JSON.parse(r.AllocatedMethodDetails ?? "").Elements[0].AllocatedRatio);
    expect(sum(ratios.map((x) => new Dec(x))).toFixed()).toBe("1");
    expect(sum(rows.map((r) => new Dec(r.BilledCost ?? "0"))).toFixed(2)).toBe("30.00");
    expect(sum(rows.map((r) => new Dec(r.PricingQuantity ?? "0"))).toFixed()).toBe("1000");
    expect(new Set(rows.map((r) => r.ResourceId))).toEqual(new Set(["prod/PersistentVolume/pv-efs-1"]));
  });

  it("leaves the unallocated part without an allocated resource, and names requests' pod-time split", () => {
    const unallocated = focusRow(readBy(null, "100", "3", "1", "owner"), report);
    expect(unallocated.AllocatedResourceId).toBeNull();
    expect(unallocated.AllocatedResourceName).toBeNull();
    expect(unallocated.AllocatedTags).toBeNull();
    expect(unallocated.AllocatedMethodId).toBe("tierscope/data-access/owner");
    const requests = focusRow(readBy("ml", "2500000", "1", "1", "pod-time-share"), report);
    expect(JSON.parse(requests.AllocatedMethodDetails ?? "")).toEqual({
      Elements: [{ AllocatedRatio: 1, UsageUnit: "Pod-Hours" }],
    });
  });

  it("writes rows that pass the specification's checks, and catches broken allocation columns", () => {
    const text = focusCsvHeader() + rows.map((r) => focusCsvLine(r)).join("");
    const [row, ...rest] = parseCsv(text) as Record<string, string>[];
    for (const r of [row, ...rest]) expect(validateFocusRow(r as Record<string, string>)).toEqual([]);
    const ok = row as Record<string, string>;
    expect(validateFocusRow({ ...ok, AllocatedResourceName: "" })).toEqual([
      "AllocatedResourceName: null exactly when AllocatedResourceId is null",
    ]);
    expect(validateFocusRow({ ...ok, AllocatedMethodId: "" })).toEqual([
      "AllocatedMethodId: null on an allocated charge",
    ]);
    expect(
      validateFocusRow({ ...ok, AllocatedMethodDetails: '{"Elements":[{"AllocatedRatio":1.5}]}' }),
    ).toEqual(["AllocatedMethodDetails: AllocatedRatio is not a number from 0 to 1"]);
    expect(validateFocusRow({ ...ok, AllocatedTags: '{"tierscope/cluster":"prod"}' })).toEqual([
      'AllocatedTags: "tierscope/cluster" is already in Tags',
    ]);
  });
});
