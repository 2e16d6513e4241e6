import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { RecommendationInventory } from "./inventory";
import { recommendReadHeavyDataset } from "./read-heavy-dataset";
import { context, money, oneClaim } from "./recommendation-test-fixtures";

const efs = { name: "efs-sc", provisioner: "efs.csi.aws.com", parameters: { fileSystemId: "fs-1" } };

function readFromEfs(gibRead: number, readCost: string | null): RecommendationInventory {
  const inventory = oneClaim({ provider: "aws", storageClass: efs, gi: 1024, p95UsedGib: 1000 });
  const volumeUid = inventory.volumes[0]?.uid as string;
  return {
    ...inventory,
    dataAccess: [
      {
        volumeUid,
        gibRead: new Dec(gibRead),
        readCost: readCost === null ? null : new Dec(readCost),
        currency: "USD",
        windowDays: 30,
      },
    ],
  };
}

describe("read-heavy datasets on EFS Elastic → FSx for Lustre", () => {
  it("a 1,024 GiB dataset read 100 times in 30 days: $3,416.80 a month with its reads → $174.00", () => {
    const [r] = recommendReadHeavyDataset(readFromEfs(102_400, "3072"), context());
    // EFS bills the 1,000 GiB stored at $0.30: $300.00. Reads: 102,400 GiB at $0.03 in 30 days,
    // x 30.4375 / 30 = $3,116.80 a month (101.5 full reads of 1,024 GiB). FSx PERSISTENT_2 125:
    // 1,200 GiB (its smallest size) at $0.145 = $174.00, reads included.
    expect(money(r?.current.cost.monthlyCost)).toBe("3416.8");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("174");
    expect(money(r?.savings.monthlyCost)).toBe("3242.8");
    expect(r?.rule).toBe("read-heavy-dataset");
    expect(r?.proposed.storageClassName).toBe("fsx-lustre-datasets");
    const evidence = Object.fromEntries((r?.evidence ?? []).map((e) => [e.label, e.value]));
    expect(evidence.Reads).toContain("reads it 101.5 times a month");
    // FSx at $174.00 costs less than EFS's $300.00 before any read.
    expect(evidence["Break-even"]).toBe("FSx for Lustre is cheaper even if nobody reads it");
    expect(r?.current.cost.basis).toContain("reads $3,116.80/month");
    expect(r?.fix.command).toContain("storage: 1200Gi");
  });

  it("leaves a dataset read less than once a month, and reads that are unpriced", () => {
    expect(recommendReadHeavyDataset(readFromEfs(900, "27"), context())).toEqual([]);
    expect(recommendReadHeavyDataset(readFromEfs(102_400, null), context())).toEqual([]);
  });
});
