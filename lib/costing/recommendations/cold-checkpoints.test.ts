import { describe, expect, it } from "vitest";
import { recommendColdCheckpoints } from "./cold-checkpoints";
import { context, daysAgo, money, oneClaim } from "./recommendation-test-fixtures";

const gp3 = { name: "gp3", provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } };
const GIB = 1024 ** 3;
const checkpoint = (idleDays: number, usedGib: number | null = 300) =>
  oneClaim({
    provider: "aws",
    storageClass: gp3,
    gi: 1024,
    use: {
      roles: ["checkpoint"],
      mountedNow: false,
      lastUnmountedAt: daysAgo(idleDays),
      lastUsedBytes: usedGib === null ? null : usedGib * GIB,
    },
  });

describe("cold checkpoints → object storage", () => {
  it("moves checkpoints idle 10 days to S3 Standard-IA at the bytes last measured: $81.92 → $3.75", () => {
    const [r] = recommendColdCheckpoints(checkpoint(10), context());
    expect(money(r?.current.cost.monthlyCost)).toBe("81.92");
    // 300 GiB × $0.0125.
    expect(r?.proposed).toMatchObject({ product: "s3-standard-ia", cost: { status: "priced" } });
    expect(money(r?.proposed.cost.monthlyCost)).toBe("3.75");
    expect(money(r?.savings.monthlyCost)).toBe("78.17");
    expect(r?.proposed.performance.latencyClass).toBe("object-storage");
    expect(r?.fix.command).toContain("aws s3 sync /data s3://<bucket>/ml/data --storage-class STANDARD_IA");
  });

  it("goes to the archive tier past 60 idle days: 300 GiB of Glacier Flexible Retrieval, $1.08", () => {
    const [r] = recommendColdCheckpoints(checkpoint(70), context());
    expect(r?.proposed.product).toBe("s3-glacier-flexible-retrieval");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("1.08");
  });

  it("prices a never-measured volume at its capacity, as an estimate", () => {
    const [r] = recommendColdCheckpoints(checkpoint(10, null), context());
    // 1,024 GiB × $0.0125, usage-billed without usage: estimated.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("12.8");
    expect(r?.savings.status).toBe("estimated");
  });

  it("leaves checkpoints still mounted, idle for 7 days or less, or also used as a dataset", () => {
    expect(recommendColdCheckpoints(checkpoint(7), context())).toEqual([]);
    const mounted = oneClaim({
      provider: "aws",
      storageClass: gp3,
      gi: 1024,
      use: { roles: ["checkpoint"], mountedNow: true },
    });
    expect(recommendColdCheckpoints(mounted, context())).toEqual([]);
    const mixed = oneClaim({
      provider: "aws",
      storageClass: gp3,
      gi: 1024,
      use: { roles: ["checkpoint", "dataset"], mountedNow: false, lastUnmountedAt: daysAgo(30) },
    });
    expect(recommendColdCheckpoints(mixed, context())).toEqual([]);
  });
});
