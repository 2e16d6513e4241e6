import { describe, expect, it } from "vitest";
import { detectRetainedContents } from "./retained-contents";
import { content, context, daysAgo, GIB, inventory, snapshot } from "./waste-test-fixtures";

describe("retained snapshot contents", () => {
  it("reports a Retain content whose VolumeSnapshot was deleted, with the patch and the delete", () => {
    const deleted = snapshot({ name: "pre-upgrade", createdAt: daysAgo(70), deletedAt: daysAgo(40) });
    const vsc = content({ name: "snapcontent-a", deletionPolicy: "Retain" }, deleted);
    const [finding, ...rest] = detectRetainedContents(
      inventory({ snapshots: [deleted], snapshotContents: [vsc] }),
      context(),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "retained-content",
      kind: "VolumeSnapshotContent",
      namespace: null,
      name: "snapcontent-a",
      ageDays: 40,
      owner: { allocation: "unallocated", namespace: "ml", team: "Vision" },
      cost: { status: "estimated" },
    });
    expect(finding?.evidence[0]?.value).toMatch(/^ml\/pre-upgrade, deleted/);
    expect(finding?.fix.command.split("\n")).toEqual([
      `kubectl patch volumesnapshotcontent snapcontent-a -p '{"spec":{"deletionPolicy":"Delete"}}' --type merge`,
      "kubectl delete volumesnapshotcontent snapcontent-a",
    ]);
  });

  it("does not fire for a Delete-policy content, nor for one whose snapshot still exists", () => {
    const live = snapshot({ name: "live" });
    const contents = [
      content({ name: "snapcontent-live", deletionPolicy: "Retain" }, live),
      content({ name: "snapcontent-delete", deletionPolicy: "Delete" }),
    ];
    expect(
      detectRetainedContents(inventory({ snapshots: [live], snapshotContents: contents }), context()),
    ).toEqual([]);
  });

  it("ignores contents a backup tool owns (velero.io/ labels)", () => {
    const vsc = content({
      name: "velero-snapcontent",
      deletionPolicy: "Retain",
      labels: { "velero.io/backup-name": "nightly" },
    });
    expect(detectRetainedContents(inventory({ snapshotContents: [vsc] }), context())).toEqual([]);
  });

  it("prices the content's stored bytes when known", () => {
    const vsc = content({
      name: "snapcontent-b",
      deletionPolicy: "Retain",
      storedBytes: 40n * GIB,
      storedBytesSource: "cbt",
    });
    const [finding] = detectRetainedContents(inventory({ snapshotContents: [vsc] }), context());
    expect(finding?.cost.status).toBe("priced");
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("2");
  });
});
