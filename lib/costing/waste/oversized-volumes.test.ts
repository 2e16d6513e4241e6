import { describe, expect, it } from "vitest";
import { detectOversizedVolumes } from "./oversized-volumes";
import { boundPair, context, GIB, inventory, usage } from "./waste-test-fixtures";

const CAPACITY = Number(500n * GIB);
const pair = boundPair("data-0");
const withUsage = (u: ReturnType<typeof usage>, p = pair) =>
  inventory({ claims: [p.claim], volumes: [p.volume], usage: [u] });

describe("oversized volumes", () => {
  it("does not fire at exactly the used ratio, and fires just below it", () => {
    const at = usage({ claimName: "data-0", p95UsedBytes: 0.33 * CAPACITY, maxUsedBytes: 0.33 * CAPACITY });
    const below = usage({
      claimName: "data-0",
      p95UsedBytes: 0.33 * CAPACITY - 1,
      maxUsedBytes: 0.33 * CAPACITY,
    });
    expect(detectOversizedVolumes(withUsage(at), context())).toEqual([]);
    expect(detectOversizedVolumes(withUsage(below), context())).toHaveLength(1);
  });

  it("needs at least the minimum number of samples", () => {
    expect(detectOversizedVolumes(withUsage(usage({ claimName: "data-0", samples: 6 })), context())).toEqual(
      [],
    );
    expect(
      detectOversizedVolumes(withUsage(usage({ claimName: "data-0", samples: 7 })), context()),
    ).toHaveLength(1);
  });

  it("values the finding as the saving of moving to twice the p95, with the manifest to do it", () => {
    const [finding] = detectOversizedVolumes(withUsage(usage({ claimName: "data-0" })), context());
    expect(finding).toMatchObject({
      rule: "oversized-volume",
      kind: "PersistentVolumeClaim",
      name: "data-0",
      owner: { allocation: "allocated", namespace: "ml", team: "Vision" },
      cost: { status: "priced" },
      fix: { language: "yaml" },
    });
    // p95 50 GiB → 100 GiB; 500 GiB at $40/month less 100 GiB at $8/month.
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("32");
    expect(finding?.evidence[0]?.value).toBe("50.0 GiB of 500.0 GiB (10.0 %)");
    expect(finding?.fix.command).toContain("storage: 100Gi");
    expect(finding?.fix.command).toContain("cannot shrink");
  });

  it("excludes usage-billed file systems and local disks", () => {
    const efs = boundPair("data-0", {
      claim: { storageClassName: "efs" },
      volume: { storageClassName: "efs", csiDriver: "efs.csi.aws.com" },
    });
    const local = boundPair("data-0", {
      claim: { storageClassName: "local-nvme" },
      volume: { storageClassName: "local-nvme", csiDriver: null },
    });
    expect(detectOversizedVolumes(withUsage(usage({ claimName: "data-0" }), efs), context())).toEqual([]);
    expect(detectOversizedVolumes(withUsage(usage({ claimName: "data-0" }), local), context())).toEqual([]);
  });

  it("reads its ratio from the settings", () => {
    const u = usage({ claimName: "data-0", p95UsedBytes: 0.2 * CAPACITY, maxUsedBytes: 0.2 * CAPACITY });
    expect(detectOversizedVolumes(withUsage(u), context({ oversizedUsedRatio: 0.1 }))).toEqual([]);
  });
});
