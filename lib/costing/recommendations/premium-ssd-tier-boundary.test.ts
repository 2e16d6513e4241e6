import { describe, expect, it } from "vitest";
import { recommendPremiumSsdTierBoundary } from "./premium-ssd-tier-boundary";
import { context, money, oneClaim } from "./recommendation-test-fixtures";

const premium = {
  name: "managed-csi-premium",
  provisioner: "disk.csi.azure.com",
  parameters: { skuName: "Premium_LRS" },
};

describe("Premium SSD just over a tier → Premium SSD v2", () => {
  it("moves a 600 GiB disk billed as a P30 to v2 at P30's 5,000 IOPS and 200 MB/s: $135.17 → $61.41125", () => {
    const [r] = recommendPremiumSsdTierBoundary(
      oneClaim({ provider: "azure", storageClass: premium, gi: 600, p95UsedGib: 300 }),
      context(),
    );
    expect(money(r?.current.cost.monthlyCost)).toBe("135.17");
    // v2 × 730 h: 600 GiB × $0.00011 = $48.18; 2,000 IOPS above 3,000 × $0.000007 = $10.22; 75 MB/s × $0.000055 = $3.01125.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("61.41125");
    expect(money(r?.savings.monthlyCost)).toBe("73.75875");
    expect(r?.current.performance).toMatchObject({ iops: 5000, throughput: { value: 200, unit: "MB/s" } });
    expect(r?.proposed.performance).toMatchObject({ iops: 5000, throughput: { value: 200, unit: "MB/s" } });
    expect(r?.evidence.find((e) => e.label === "Size tier")?.value).toBe(
      "600.0 GiB bills as P30 (1024 GiB); P20 (512 GiB) is 17.2 % smaller",
    );
    expect(r?.evidence.find((e) => e.label === "Alternative")?.value).toContain("shrink to 512 GiB (P20)");
    expect(r?.fix.command).toContain('skuName: "PremiumV2_LRS"');
  });

  it("leaves disks more than 25 % over a tier, or exactly on one", () => {
    for (const gi of [700, 1024, 512]) {
      expect(
        recommendPremiumSsdTierBoundary(
          oneClaim({ provider: "azure", storageClass: premium, gi }),
          context(),
        ),
      ).toEqual([]);
    }
    expect(
      recommendPremiumSsdTierBoundary(
        oneClaim({ provider: "azure", storageClass: premium, gi: 700 }),
        context({ tierOverflowRatio: 0.4 }),
      ),
    ).toHaveLength(1);
  });

  it("leaves zone-redundant disks: Premium SSD v2 is LRS only", () => {
    const zrs = { ...premium, parameters: { skuName: "Premium_ZRS" } };
    expect(
      recommendPremiumSsdTierBoundary(oneClaim({ provider: "azure", storageClass: zrs, gi: 600 }), context()),
    ).toEqual([]);
  });
});
