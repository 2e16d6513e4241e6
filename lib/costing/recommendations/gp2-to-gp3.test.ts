import { describe, expect, it } from "vitest";
import { recommendGp2ToGp3 } from "./gp2-to-gp3";
import { recommend } from "./recommend";
import { context, daysAgo, money, oneClaim } from "./recommendation-test-fixtures";

const gp2 = { name: "gp2", provisioner: "ebs.csi.aws.com", parameters: { type: "gp2" } };

describe("gp2 → gp3", () => {
  it("moves 500 GiB of gp2 to gp3 in us-east-1: $50.00 → $40.00, $10.00 a month", () => {
    const [r] = recommendGp2ToGp3(oneClaim({ provider: "aws", storageClass: gp2, gi: 500 }), context());
    expect(money(r?.current.cost.monthlyCost)).toBe("50");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("40");
    expect(money(r?.savings.monthlyCost)).toBe("10");
    expect(r?.savings).toMatchObject({ status: "priced", currency: "USD" });
    // gp2 500 GiB: 1,500 IOPS and 250 MiB/s; gp3 3,000 IOPS and 125 MiB/s (the throughput given up shows).
    expect(r?.current.performance).toMatchObject({ iops: 1500, throughput: { value: 250, unit: "MiB/s" } });
    expect(r?.proposed.performance).toMatchObject({ iops: 3000, throughput: { value: 125, unit: "MiB/s" } });
    expect(r?.fix.command).toContain("name: gp3-3000-125");
    expect(r?.fix.command).toContain(`"volumeAttributesClassName":"gp3-3000-125"`);
    expect(r?.fix.command).toContain("aws ec2 modify-volume --volume-id vol-pv-data --volume-type gp3");
    expect(r?.guardrail.map((g) => g.label)).toEqual(["In use", "IOPS and throughput", "gp3 limits"]);
  });

  it("keeps gp2's IOPS above 3,000 when unmeasured: 2,000 GiB → 6,000 IOPS, $200.00 → $175.00", () => {
    const [r] = recommendGp2ToGp3(oneClaim({ provider: "aws", storageClass: gp2, gi: 2000 }), context());
    // gp3: 2,000 × $0.08 = $160 + 3,000 IOPS above the included × $0.005 = $15.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("175");
    expect(money(r?.savings.monthlyCost)).toBe("25");
  });

  it("provisions the measured p95 with 30 % headroom, and drops a change that would only spend", () => {
    const inventory = oneClaim({ provider: "aws", storageClass: gp2, gi: 500, io: { p95Iops: 5000 } });
    const [r] = recommendGp2ToGp3(inventory, context());
    // 5,000 × 1.3 = 6,500 IOPS: $40 + 3,500 × $0.005 = $57.50 against gp2's $50.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("57.5");
    expect(money(r?.savings.monthlyCost)).toBe("-7.5");
    expect(recommend(inventory, context())).toEqual([]);
  });

  it("is blocked when the measured IOPS with headroom exceed gp3's 16,000", () => {
    const inventory = oneClaim({ provider: "aws", storageClass: gp2, gi: 5334, io: { p95Iops: 12400 } });
    expect(recommendGp2ToGp3(inventory, context())).toEqual([]);
    expect(recommendGp2ToGp3(inventory, context({ ioHeadroom: 0.25 }))).toHaveLength(1);
  });

  it("needs enough samples before a measurement counts", () => {
    const few = oneClaim({
      provider: "aws",
      storageClass: gp2,
      gi: 500,
      io: { p95Iops: 5000, opsSamples: 6 },
    });
    expect(money(recommendGp2ToGp3(few, context())[0]?.proposed.cost.monthlyCost)).toBe("40");
  });
});

describe("gp2 → gp3 guardrail: in use", () => {
  it("leaves a claim no pod has mounted for more than 14 days: that is waste to delete", () => {
    const idle = (days: number) =>
      oneClaim({
        provider: "aws",
        storageClass: gp2,
        gi: 500,
        use: { mountedNow: false, lastUnmountedAt: daysAgo(days) },
      });
    expect(recommendGp2ToGp3(idle(15), context())).toEqual([]);
    expect(recommendGp2ToGp3(idle(13), context())).toHaveLength(1);
    expect(recommendGp2ToGp3(idle(15), context({ activeWithinDays: 30 }))).toHaveLength(1);
  });
});

describe("the money's basis", () => {
  it("shows each side as quantity × unit price = cost", () => {
    const [r] = recommendGp2ToGp3(oneClaim({ provider: "aws", storageClass: gp2, gi: 500 }), context());
    expect(r?.current.cost.basis).toBe(
      "500.0 GiB EBS gp2: capacity: 500 GiB × 0.1 USD/GiB_month = 50.00 USD",
    );
    expect(r?.proposed.cost.basis).toBe(
      "500.0 GiB EBS gp3: capacity: 500 GiB × 0.08 USD/GiB_month = 40.00 USD; " +
        "iops: 3000 IOPS (3000 included) × 0.005 USD/IOPS_month = 0.00 USD; " +
        "throughput: 125 MiB/s (125 included) × 0.04 USD/MiBps_month = 0.00 USD",
    );
  });
});
