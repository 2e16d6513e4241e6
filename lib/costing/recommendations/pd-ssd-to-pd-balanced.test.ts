import { describe, expect, it } from "vitest";
import { recommendPdSsdToPdBalanced } from "./pd-ssd-to-pd-balanced";
import { context, money, oneClaim } from "./recommendation-test-fixtures";

const pdSsd = { name: "premium-rwo", provisioner: "pd.csi.storage.gke.io", parameters: { type: "pd-ssd" } };

describe("pd-ssd → pd-balanced", () => {
  it("moves 1,024 GiB of pd-ssd in us-central1 to pd-balanced: $174.08 → $102.40", () => {
    const [r] = recommendPdSsdToPdBalanced(
      oneClaim({ provider: "gcp", storageClass: pdSsd, gi: 1024 }),
      context(),
    );
    expect(money(r?.current.cost.monthlyCost)).toBe("174.08");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("102.4");
    expect(money(r?.savings.monthlyCost)).toBe("71.68");
    // pd-ssd: 6,000 + 30 × 1,024 IOPS, 240 + 0.48 × 1,024 MiB/s; pd-balanced 3,000 + 6 × 1,024, 140 + 0.28 × 1,024.
    expect(r?.current.performance).toMatchObject({ iops: 36720, throughput: { value: 731 } });
    expect(r?.proposed.performance).toMatchObject({ iops: 9144, throughput: { value: 426 } });
    expect(r?.evidence.find((e) => e.label === "Measured p95 IOPS")?.value).toBe("not measured");
    // The cluster has no pd-balanced class: the fix creates one, then restores a snapshot into it.
    expect(r?.fix.command).toContain("kind: StorageClass");
    expect(r?.fix.command).toContain("storageClassName: pd-balanced");
    expect(r?.fix.command).toContain("kind: VolumeSnapshot");
  });

  it("is blocked when the measured IOPS with headroom exceed pd-balanced's at that size", () => {
    // 7,000 × 1.3 = 9,100 ≤ 9,144 fits; 7,100 × 1.3 = 9,230 does not.
    const fits = oneClaim({ provider: "gcp", storageClass: pdSsd, gi: 1024, io: { p95Iops: 7000 } });
    const busy = oneClaim({ provider: "gcp", storageClass: pdSsd, gi: 1024, io: { p95Iops: 7100 } });
    expect(recommendPdSsdToPdBalanced(fits, context())).toHaveLength(1);
    expect(recommendPdSsdToPdBalanced(busy, context())).toEqual([]);
  });
});
