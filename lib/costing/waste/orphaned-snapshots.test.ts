import { describe, expect, it } from "vitest";
import { detectOrphanedSnapshots } from "./orphaned-snapshots";
import { claim, content, context, daysAgo, GIB, inventory, snapshot } from "./waste-test-fixtures";

describe("snapshots of deleted claims", () => {
  it("reports a snapshot whose source claim was deleted, dated from the deletion", () => {
    const gone = claim({ name: "ckpt", createdAt: daysAgo(100), deletedAt: daysAgo(40) });
    const vs = snapshot({ name: "ckpt-final", sourcePvcName: "ckpt", createdAt: daysAgo(41) });
    const [finding, ...rest] = detectOrphanedSnapshots(
      inventory({ claims: [gone], snapshots: [vs] }),
      context(),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "orphaned-snapshot",
      kind: "VolumeSnapshot",
      namespace: "ml",
      name: "ckpt-final",
      ageDays: 40,
      owner: { allocation: "allocated", namespace: "ml", team: "Vision" },
    });
    expect(finding?.evidence[0]?.value).toMatch(/^ml\/ckpt, deleted/);
    expect(finding?.fix.command).toBe("kubectl delete volumesnapshot -n ml ckpt-final");
  });

  it("does not fire while the source claim exists, nor for pre-provisioned snapshots", () => {
    const live = claim({ name: "ckpt" });
    const snapshots = [
      snapshot({ name: "of-live", sourcePvcName: "ckpt" }),
      snapshot({ name: "pre-provisioned", sourcePvcName: null }),
    ];
    expect(detectOrphanedSnapshots(inventory({ claims: [live], snapshots }), context())).toEqual([]);
  });

  it("switches a Retain content to Delete before deleting the snapshot", () => {
    const vs = snapshot({ name: "ckpt-final", sourcePvcName: "ckpt" });
    const vsc = content({ name: "snapcontent-ckpt-final", deletionPolicy: "Retain" }, vs);
    const [finding] = detectOrphanedSnapshots(
      inventory({ snapshots: [vs], snapshotContents: [vsc] }),
      context(),
    );
    expect(finding?.fix.command.split("\n").slice(1)).toEqual([
      `kubectl patch volumesnapshotcontent snapcontent-ckpt-final -p '{"spec":{"deletionPolicy":"Delete"}}' --type merge`,
      "kubectl delete volumesnapshot -n ml ckpt-final",
    ]);
  });

  it("prices the stored bytes the provider reported, not the restore size", () => {
    const vs = snapshot({ name: "ckpt-final", sourcePvcName: "ckpt", restoreSizeBytes: 1000n * GIB });
    const vsc = content(
      { name: "snapcontent-ckpt-final", storedBytes: 10n * GIB, storedBytesSource: "provider" },
      vs,
    );
    const [finding] = detectOrphanedSnapshots(
      inventory({ snapshots: [vs], snapshotContents: [vsc] }),
      context(),
    );
    // 10 GiB × $0.05 per GiB-month, not 1,000 GiB.
    expect(finding?.cost).toMatchObject({ status: "priced" });
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("0.5");
    expect(finding?.cost.basis).toMatch(/10\.0 GiB stored, as reported by the provider/);
  });
});
