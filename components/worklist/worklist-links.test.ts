import { describe, expect, it } from "vitest";
import { snapshotsLink, volumeKey, worklistVolumeLinks } from "./worklist-links";

describe("worklistVolumeLinks", () => {
  it("links a PersistentVolume to its page and its cost facts", () => {
    expect(worklistVolumeLinks("prod eks", { name: "data-db-0", namespace: "ml", uid: "pv 1" })).toEqual([
      { label: "volume", href: "/volumes/prod%20eks/pv%201" },
      { label: "facts", href: "/showback/facts?cluster=prod+eks&resourceUid=pv+1" },
    ]);
  });

  it("links a claim whose volume is unknown to the Volumes list searched for it and its namespace's facts", () => {
    expect(worklistVolumeLinks("eks", { name: "scratch", namespace: "ml", uid: null })).toEqual([
      { label: "volume", href: "/volumes?cluster=eks&namespace=ml&search=scratch" },
      { label: "facts", href: "/showback/facts?cluster=eks&namespace=ml" },
    ]);
  });

  it("links a row about snapshots to its cluster's snapshots", () => {
    expect(snapshotsLink("eks")).toEqual({ label: "snapshots", href: "/snapshots?cluster=eks" });
  });
});

describe("volumeKey", () => {
  it("names a volume by cluster and PV uid, a claim without one by its namespace and name", () => {
    expect(volumeKey("eks", { name: "data", namespace: "ml", uid: "u1" })).toBe("eks/u1");
    expect(volumeKey("eks", { name: "data", namespace: "ml", uid: null })).toBe("eks/ml/data");
  });
});
