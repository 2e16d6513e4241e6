import { describe, expect, it } from "vitest";
import { buildSnapshotChains } from "./build-snapshot-chains";
import { content, costingInput, snapshotOf, utc } from "./snapshot-test-helpers";

const uids = (chain: { links: { content: { uid: string } }[] } | undefined) =>
  chain?.links.map((l) => l.content.uid);

describe("buildSnapshotChains", () => {
  it("groups contents by source volume, oldest first, with the source PV and PVC", () => {
    const input = costingInput([
      content("c", { creationTime: utc(10, 3) }),
      content("a", { creationTime: utc(10, 1) }),
      content("x", { creationTime: utc(10, 2), sourceVolumeHandle: "vol-other" }),
      content("b", { creationTime: utc(10, 2) }),
    ]);
    const chains = buildSnapshotChains(input);
    expect(chains.map((c) => c.id)).toEqual(["volume:vol-0abc", "volume:vol-other"]);
    expect(uids(chains[0])).toEqual(["a", "b", "c"]);
    expect(chains[0]?.links.map((l) => l.position)).toEqual([1, 2, 3]);
    expect(chains[0]).toMatchObject({
      storageClassName: "gp3",
      volume: { uid: "pv-1" },
      claim: { uid: "pvc-uid-1" },
    });
    expect(chains[1]?.volume).toBeNull();
  });

  it("orders by creationTime, falling back to createdAt", () => {
    const input = costingInput([
      content("late", { creationTime: utc(10, 5), createdAt: utc(10, 1) }),
      content("early", { creationTime: null, createdAt: utc(10, 3) }),
    ]);
    expect(uids(buildSnapshotChains(input)[0])).toEqual(["early", "late"]);
  });

  it("puts a CBT delta after its base even when the clocks disagree", () => {
    const input = costingInput([
      content("base", { creationTime: utc(10, 2, 0) }),
      content("delta", { creationTime: utc(10, 1, 23), baseSnapshotHandle: "snap-base" }),
    ]);
    const [chain] = buildSnapshotChains(input);
    expect(uids(chain)).toEqual(["base", "delta"]);
    expect(chain?.links[1]?.baseUid).toBe("base");
  });

  it("makes each pre-provisioned content a chain of its own", () => {
    const imported = (uid: string) =>
      content(uid, {
        sourceVolumeHandle: null,
        sourceSnapshotHandle: `snap-ext-${uid}`,
        snapshotHandle: null,
      });
    const chains = buildSnapshotChains(costingInput([imported("p"), imported("q")]));
    expect(chains.map((c) => c.id)).toEqual(["content:p", "content:q"]);
    expect(chains.every((c) => c.claim === null && c.links.length === 1)).toBe(true);
  });

  it("links each content to its VolumeSnapshot by the snapshotRef's uid, not a namesake", () => {
    const a = content("a", { creationTime: utc(10, 1) });
    const namesake = { ...snapshotOf(a), uid: "vs-recreated", createdAt: utc(10, 9) };
    const chains = buildSnapshotChains(costingInput([a], { snapshots: [namesake, snapshotOf(a)] }));
    expect(chains[0]?.links[0]?.snapshot?.uid).toBe("vs-a");
    const orphan = buildSnapshotChains(costingInput([a], { snapshots: [namesake] }));
    expect(orphan[0]?.links[0]?.snapshot).toBeNull();
  });
});
