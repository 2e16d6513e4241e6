import { describe, expect, it } from "vitest";
import { computeSnapshotDayFacts } from ".";
import { content, costingInput, snapshotOf, utc } from "./snapshot-test-helpers";

const DAY = { from: "2026-11-02", to: "2026-11-02" };

describe("snapshot allocation", () => {
  it("goes to the VolumeSnapshot's namespace while it and the source PVC exist", () => {
    const [fact] = computeSnapshotDayFacts(costingInput([content("a", { creationTime: utc(11, 1) })]), DAY);
    expect(fact).toMatchObject({
      allocation: "allocated",
      namespace: "ml",
      likelyOwnerNamespace: null,
      category: "snapshot",
      resourceKind: "VolumeSnapshotContent",
      component: "snapshot_standard",
      storageClassName: "gp3",
    });
  });

  // 500 GiB × $0.05 × 24/720 = $0.8333…: still billed, owner unknown but likely "ml".
  it("leaves a Retain content with no VolumeSnapshot unallocated, with the likely owner", () => {
    const retained = content("a", { creationTime: utc(11, 1), deletionPolicy: "Retain" });
    const input = costingInput([retained], { snapshots: [] });
    const [fact] = computeSnapshotDayFacts(input, DAY);
    expect(fact).toMatchObject({ allocation: "unallocated", namespace: null, likelyOwnerNamespace: "ml" });
    expect(fact?.cost?.toFixed(4)).toBe("0.8333");
    expect(fact?.detail.allocationReason).toContain("deletionPolicy Retain");
  });

  it("is unallocated from the day its VolumeSnapshot was deleted (Retain)", () => {
    const retained = content("a", { creationTime: utc(10, 1), deletionPolicy: "Retain" });
    const input = costingInput([retained], {
      snapshots: [snapshotOf(retained, { deletedAt: utc(11, 2, 8) })],
    });
    const [before, after] = computeSnapshotDayFacts(input, { from: "2026-11-01", to: "2026-11-02" });
    expect(before).toMatchObject({ allocation: "allocated", namespace: "ml" });
    expect(after).toMatchObject({ allocation: "unallocated", likelyOwnerNamespace: "ml" });
    expect(after?.detail.allocationReason).toContain("ml/snap-a was deleted");
  });

  it("is unallocated when the source PVC is gone", () => {
    const snap = content("a", { creationTime: utc(10, 1) });
    const input = costingInput([snap]);
    input.claims = input.claims.map((c) => ({ ...c, deletedAt: utc(10, 20) }));
    const [fact] = computeSnapshotDayFacts(input, DAY);
    expect(fact).toMatchObject({ allocation: "unallocated", likelyOwnerNamespace: "ml" });
    expect(fact?.detail.allocationReason).toContain("source PVC ml/data was deleted");
  });

  it("bills a pre-provisioned import of a snapshot the cluster also holds once", () => {
    const original = content("a", { creationTime: utc(10, 1) });
    const imported = content("b", {
      creationTime: utc(10, 5),
      sourceVolumeHandle: null,
      sourceSnapshotHandle: "snap-a",
      snapshotHandle: "snap-a",
      snapshotRefNamespace: "restore",
    });
    const facts = computeSnapshotDayFacts(costingInput([original, imported]), DAY);
    const copy = facts.find((f) => f.resourceUid === "b");
    expect(copy).toMatchObject({
      status: "included",
      reason: expect.stringContaining("VolumeSnapshotContent a"),
    });
    expect(copy?.cost?.toFixed()).toBe("0");
    expect(facts.find((f) => f.resourceUid === "a")?.cost?.toFixed(4)).toBe("0.8333");
  });
});
