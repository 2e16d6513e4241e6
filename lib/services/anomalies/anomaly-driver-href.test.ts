import { describe, expect, it } from "vitest";
import { decodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import { anomalyDriverHref } from "./anomaly-driver-href";

const DAY = "2026-11-01";

describe("anomalyDriverHref", () => {
  it("links a volume to its page", () => {
    expect(
      anomalyDriverHref({ cluster: "prod", resourceKind: "PersistentVolume", resourceUid: "pv-1" }, DAY),
    ).toBe("/volumes/prod/pv-1");
  });

  it("links a snapshot content to its chain's page, keyed the way the chain page decodes it", () => {
    const handle = "projects/p/zones/z/disks/d-1";
    const href = anomalyDriverHref(
      {
        cluster: "prod",
        resourceKind: "VolumeSnapshotContent",
        resourceUid: "snapcontent-1",
        snapshotChainId: `volume:${handle}`,
      },
      DAY,
    );
    const match = /^\/snapshots\/prod\/([A-Za-z0-9_-]+)$/.exec(href);
    expect(match).not.toBeNull();
    expect(decodeChainKey(match?.[1] ?? "")).toBe(`volume:${handle}`);
    const preProvisioned = anomalyDriverHref(
      {
        cluster: "prod",
        resourceKind: "VolumeSnapshotContent",
        resourceUid: "c-9",
        snapshotChainId: "content:c-9",
      },
      DAY,
    );
    expect(decodeChainKey(preProvisioned.split("/").at(-1) ?? "")).toBe("content:c-9");
  });

  it("links a snapshot whose chain is unknown to its cluster's snapshots list", () => {
    for (const resourceKind of ["VolumeSnapshotContent", "VolumeSnapshot"]) {
      expect(
        anomalyDriverHref({ cluster: "prod", resourceKind, resourceUid: "gone", snapshotChainId: null }, DAY),
      ).toBe("/snapshots?cluster=prod");
    }
  });

  it("links any other kind to its cost facts over the day before and the day", () => {
    const href = anomalyDriverHref({ cluster: "lab east", resourceKind: "Bucket", resourceUid: "b/1" }, DAY);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/showback/facts");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      window: "custom",
      from: "2026-10-31",
      to: DAY,
      cluster: "lab east",
      resourceUid: "b/1",
    });
  });
});
