import { describe, expect, it } from "vitest";
import { snapshotBilledSizes } from "./snapshot-billed-size";
import { content, daysAgo, GIB, inventory, NOW, snapshot } from "./waste-test-fixtures";

const sizes = (inv: ReturnType<typeof inventory>) =>
  Object.fromEntries([...snapshotBilledSizes(inv, NOW, 0.05)].map(([key, size]) => [key, size.bytes]));

describe("snapshot billed sizes", () => {
  it("estimates a chain: the first at its restore size, later ones 5 % of it per day since the previous", () => {
    const snapshots = [
      snapshot({ name: "a", sourcePvcName: "ckpt", createdAt: daysAgo(10), restoreSizeBytes: 100n * GIB }),
      snapshot({ name: "b", sourcePvcName: "ckpt", createdAt: daysAgo(9), restoreSizeBytes: 100n * GIB }),
      snapshot({ name: "c", sourcePvcName: "ckpt", createdAt: daysAgo(6), restoreSizeBytes: 100n * GIB }),
    ];
    expect(sizes(inventory({ snapshots }))).toEqual({
      "snapshot:uid-a": 100n * GIB,
      "snapshot:uid-b": 5n * GIB,
      "snapshot:uid-c": 15n * GIB,
    });
  });

  it("never estimates a later snapshot above its restore size", () => {
    const snapshots = [
      snapshot({ name: "a", sourcePvcName: "ckpt", createdAt: daysAgo(60) }),
      snapshot({ name: "b", sourcePvcName: "ckpt", createdAt: daysAgo(1) }),
    ];
    expect(sizes(inventory({ snapshots }))["snapshot:uid-b"]).toBe(500n * GIB);
  });

  it("uses stored bytes when reported, and chains contents by their source volume", () => {
    const a = snapshot({ name: "a", createdAt: daysAgo(3) });
    const b = snapshot({ name: "b", createdAt: daysAgo(2) });
    const contents = [
      content({ name: "snapcontent-a", sourceVolumeHandle: "vol-1", storedBytes: 80n * GIB }, a),
      content({ name: "snapcontent-b", sourceVolumeHandle: "vol-1" }, b),
    ];
    const result = snapshotBilledSizes(
      inventory({ snapshots: [a, b], snapshotContents: contents }),
      NOW,
      0.05,
    );
    expect(result.get("content:uid-snapcontent-a")).toMatchObject({ bytes: 80n * GIB, estimated: false });
    expect(result.get("content:uid-snapcontent-b")).toMatchObject({ bytes: 25n * GIB, estimated: true });
  });

  it("measures from the previous live snapshot: a deleted one hands its blocks on", () => {
    const snapshots = [
      snapshot({ name: "a", sourcePvcName: "ckpt", createdAt: daysAgo(5) }),
      snapshot({ name: "b", sourcePvcName: "ckpt", createdAt: daysAgo(4), deletedAt: daysAgo(1) }),
      snapshot({ name: "c", sourcePvcName: "ckpt", createdAt: daysAgo(3) }),
    ];
    expect(sizes(inventory({ snapshots }))).toEqual({
      "snapshot:uid-a": 500n * GIB,
      "snapshot:uid-c": 50n * GIB,
    });
  });

  it("knows no size when neither stored nor restore size is known", () => {
    const result = snapshotBilledSizes(
      inventory({ snapshots: [snapshot({ name: "a", restoreSizeBytes: null })] }),
      NOW,
      0.05,
    );
    expect(result.get("snapshot:uid-a")?.bytes).toBeNull();
  });
});
