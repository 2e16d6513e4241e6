import { describe, expect, it } from "vitest";
import { context, daysAgo, money, oneClaim } from "./recommendation-test-fixtures";
import { recommendScratchOnPremium } from "./scratch-on-premium";

const gp3Fast = {
  name: "gp3-fast",
  provisioner: "ebs.csi.aws.com",
  parameters: { type: "gp3", iops: "6000", throughput: "250" },
};
const scratch = { roles: ["scratch" as const], mountedNow: true };

describe("scratch on premium claims → local NVMe", () => {
  it("moves a 500 GiB gp3 claim at 6,000 IOPS used as scratch to an emptyDir: $60.00 → $0", () => {
    const [r] = recommendScratchOnPremium(
      oneClaim({ provider: "aws", storageClass: gp3Fast, gi: 500, use: scratch }),
      context(),
    );
    // $40 + 3,000 IOPS above the included × $0.005 + 125 MiB/s above × $0.04.
    expect(money(r?.current.cost.monthlyCost)).toBe("60");
    expect(r?.proposed.cost).toMatchObject({ status: "included" });
    expect(money(r?.proposed.cost.monthlyCost)).toBe("0");
    expect(money(r?.savings.monthlyCost)).toBe("60");
    expect(r?.proposed.performance.latencyClass).toBe("local-nvme");
    expect(r?.fix.command).toContain("sizeLimit: 500Gi");
  });

  it("leaves baseline gp3, mixed roles, claims too big for a node, and claims idle past the window", () => {
    const gp3 = { name: "gp3", provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } };
    expect(
      recommendScratchOnPremium(
        oneClaim({ provider: "aws", storageClass: gp3, gi: 500, use: scratch }),
        context(),
      ),
    ).toEqual([]);
    const mixed = { roles: ["scratch" as const, "dataset" as const], mountedNow: true };
    expect(
      recommendScratchOnPremium(
        oneClaim({ provider: "aws", storageClass: gp3Fast, gi: 500, use: mixed }),
        context(),
      ),
    ).toEqual([]);
    expect(
      recommendScratchOnPremium(
        oneClaim({ provider: "aws", storageClass: gp3Fast, gi: 3000, use: scratch }),
        context(),
      ),
    ).toEqual([]);
    const idle = { roles: ["scratch" as const], mountedNow: false, lastUnmountedAt: daysAgo(20) };
    expect(
      recommendScratchOnPremium(
        oneClaim({ provider: "aws", storageClass: gp3Fast, gi: 500, use: idle }),
        context(),
      ),
    ).toEqual([]);
    const recent = { ...idle, lastUnmountedAt: daysAgo(3) };
    expect(
      recommendScratchOnPremium(
        oneClaim({ provider: "aws", storageClass: gp3Fast, gi: 500, use: recent }),
        context(),
      ),
    ).toHaveLength(1);
  });
});
