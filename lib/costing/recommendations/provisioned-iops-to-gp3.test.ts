import { describe, expect, it } from "vitest";
import { recommendProvisionedIopsToGp3 } from "./provisioned-iops-to-gp3";
import { context, money, oneClaim } from "./recommendation-test-fixtures";

const io2 = { name: "io2", provisioner: "ebs.csi.aws.com", parameters: { type: "io2", iops: "32000" } };

describe("io1/io2 → gp3", () => {
  it("moves a 2,048 GiB io2 volume at 32,000 IOPS that does 730 to gp3: $2,336.00 → $163.84", () => {
    const inventory = oneClaim({ provider: "aws", storageClass: io2, gi: 2048, io: { p95Iops: 730 } });
    const [r] = recommendProvisionedIopsToGp3(inventory, context());
    // io2: 2,048 × $0.125 = $256 + 32,000 IOPS × $0.065 (tier 1) = $2,080. gp3: 2,048 × $0.08, 3,000 IOPS included.
    expect(money(r?.current.cost.monthlyCost)).toBe("2336");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("163.84");
    expect(money(r?.savings.monthlyCost)).toBe("2172.16");
    expect(r?.current.performance.latencyClass).toBe("sub-millisecond");
    expect(r?.proposed.performance).toMatchObject({ iops: 3000, latencyClass: "single-digit-ms" });
    expect(r?.evidence.find((e) => e.label === "Provisioned IOPS in use")?.value).toBe(
      "730 of 32,000 (2.3 %)",
    );
  });

  it("provisions gp3 IOPS at the p95 × 1.3 when that is above 3,000", () => {
    const inventory = oneClaim({ provider: "aws", storageClass: io2, gi: 2048, io: { p95Iops: 4000 } });
    const [r] = recommendProvisionedIopsToGp3(inventory, context());
    // 5,200 IOPS: $163.84 + 2,200 × $0.005 = $174.84.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("174.84");
    expect(r?.fix.command).toContain("name: gp3-5200-125");
  });

  it("needs measured IOPS, and is blocked when they do not fit gp3", () => {
    expect(
      recommendProvisionedIopsToGp3(oneClaim({ provider: "aws", storageClass: io2, gi: 2048 }), context()),
    ).toEqual([]);
    const busy = oneClaim({ provider: "aws", storageClass: io2, gi: 2048, io: { p95Iops: 13000 } });
    expect(recommendProvisionedIopsToGp3(busy, context())).toEqual([]);
    const fewSamples = oneClaim({
      provider: "aws",
      storageClass: io2,
      gi: 2048,
      io: { p95Iops: 730, opsSamples: 3 },
    });
    expect(recommendProvisionedIopsToGp3(fewSamples, context())).toEqual([]);
  });
});

describe("io2's graduated IOPS in the basis", () => {
  it("shows the slices of each tier", () => {
    const inventory = oneClaim({
      provider: "aws",
      storageClass: { ...io2, parameters: { type: "io2", iops: "40000" } },
      gi: 2048,
      io: { p95Iops: 730 },
    });
    const [r] = recommendProvisionedIopsToGp3(inventory, context());
    // 32,000 × $0.065 + 8,000 × $0.0455 = $2,444; + 2,048 GiB × $0.125.
    expect(r?.current.cost.basis).toBe(
      "2.0 TiB EBS io2: capacity: 2048 GiB × 0.125 USD/GiB_month = 256.00 USD; " +
        "iops: 40000 IOPS, 32000 × 0.065 + 8000 × 0.0455 = 2444.00 USD",
    );
  });
});
