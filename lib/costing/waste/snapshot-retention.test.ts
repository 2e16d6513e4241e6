import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../day-window";
import type { WasteSnapshot } from "./inventory";
import { detectSnapshotRetention } from "./snapshot-retention";
import { claim, context, daysAgo, inventory, NOW, snapshot } from "./waste-test-fixtures";

/** `count` daily snapshots of ml/ckpt, the newest `newestDaysAgo` days old. */
function chain(count: number, newestDaysAgo = 1, labels: Record<string, string> = {}): WasteSnapshot[] {
  return Array.from({ length: count }, (_, i) =>
    snapshot({
      name: `ckpt-${i}`,
      sourcePvcName: "ckpt",
      createdAt: daysAgo(newestDaysAgo + count - 1 - i),
      labels,
    }),
  );
}

const source = claim({ name: "ckpt" });

describe("snapshot chains past retention", () => {
  it("keeps the newest 14 within 30 days: a chain of exactly 14 is fine", () => {
    expect(detectSnapshotRetention(inventory({ claims: [source], snapshots: chain(14) }), context())).toEqual(
      [],
    );
  });

  it("lists the snapshots beyond the newest 14 as one finding per chain", () => {
    const [finding, ...rest] = detectSnapshotRetention(
      inventory({ claims: [source], snapshots: chain(20) }),
      context(),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "snapshot-retention",
      kind: "VolumeSnapshotChain",
      namespace: "ml",
      name: "ckpt",
      uid: "uid-ckpt",
      ageDays: 20,
      cost: { status: "estimated" },
    });
    expect(finding?.evidence.find((e) => e.label === "Excess")?.value).toMatch(/^6: ckpt-5 \(15 d\)/);
    const command = finding?.fix.command ?? "";
    expect(command).toContain("kubectl delete volumesnapshot -n ml \\");
    expect(command).toMatch(/ {2}ckpt-0$/);
    expect(command).not.toContain("ckpt-6");
    // The oldest is the first of its chain (500 GiB), the other five 5 % × 1 day × 500 GiB each:
    // (500 + 5 × 25) GiB × $0.05 = $31.25, not 6 × 500 GiB.
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("31.25");
  });

  it("does not count a snapshot exactly 30 days old as too old, and counts one just older", () => {
    const at = [snapshot({ name: "a", sourcePvcName: "ckpt", createdAt: daysAgo(30) })];
    const past = [
      snapshot({
        name: "b",
        sourcePvcName: "ckpt",
        createdAt: new Date(NOW.getTime() - 30 * MS_PER_DAY - 1000),
      }),
    ];
    expect(detectSnapshotRetention(inventory({ claims: [source], snapshots: at }), context())).toEqual([]);
    expect(detectSnapshotRetention(inventory({ claims: [source], snapshots: past }), context())).toHaveLength(
      1,
    );
  });

  it("leaves the snapshots of deleted claims to the orphaned-snapshot rule", () => {
    const gone = claim({ name: "ckpt", deletedAt: daysAgo(2) });
    expect(detectSnapshotRetention(inventory({ claims: [gone], snapshots: chain(40) }), context())).toEqual(
      [],
    );
  });

  it("reads keep and max age from the settings", () => {
    const findings = detectSnapshotRetention(
      inventory({ claims: [source], snapshots: chain(5) }),
      context({ retentionKeep: 3, retentionMaxAgeDays: 90 }),
    );
    expect(findings[0]?.evidence.find((e) => e.label === "Excess")?.value).toMatch(/^2: /);
  });

  it("caps the snapshot schedule that made the chain", () => {
    const snapshots = chain(16, 1, { "snapscheduler.backube/schedule": "ckpt-daily" });
    const [finding] = detectSnapshotRetention(inventory({ claims: [source], snapshots }), context());
    expect(finding?.fix.command).toContain(
      `kubectl patch snapshotschedule -n ml ckpt-daily --type merge -p '{"spec":{"retention":{"maxCount":14,"expires":"720h"}}}'`,
    );
  });
});
