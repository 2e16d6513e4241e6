import { describe, expect, it } from "vitest";
import { DAY, demoFleet, key, ms } from "./demo-fleet-fixture";

/** Daily checkpoint chains: some grow for 90 days with no retention, some keep 7. */
const fleet = demoFleet();
const chains = new Map<string, typeof fleet.volumeSnapshots>();
for (const vs of fleet.volumeSnapshots) {
  const labels = vs.labels as Record<string, string>;
  if (!labels["snapscheduler.backube/schedule"]) continue;
  const chain = key(vs.clusterId, vs.namespace, vs.sourcePvcName);
  chains.set(chain, [...(chains.get(chain) ?? []), vs]);
}
const ordered = [...chains.values()].map((chain) =>
  [...chain].sort((a, b) => ms(a.creationTime) - ms(b.creationTime)),
);
const pvcs = new Map(
  fleet.persistentVolumeClaims.map((pvc) => [key(pvc.clusterId, pvc.namespace, pvc.name), pvc]),
);

describe("demo fleet checkpoint chains", () => {
  it("takes one snapshot a day, each at its source claim's size", () => {
    expect(ordered.length).toBeGreaterThanOrEqual(5);
    for (const chain of ordered) {
      for (let i = 1; i < chain.length; i++) {
        expect(ms(chain[i]?.creationTime) - ms(chain[i - 1]?.creationTime)).toBe(DAY);
      }
      for (const vs of chain) {
        const source = pvcs.get(key(vs.clusterId, vs.namespace, vs.sourcePvcName));
        expect(vs.restoreSizeBytes).toBe(source?.capacityBytes);
      }
    }
  });

  it("has chains of 90 daily snapshots with none ever deleted", () => {
    const unbounded = ordered.filter((chain) => chain.length >= 90 && chain.every((vs) => !vs.deletedAt));
    expect(unbounded.length).toBeGreaterThanOrEqual(2);
  });

  it("has chains that keep 7 snapshots, the older ones deleted when the 8th newer arrived", () => {
    const pruned = ordered.filter((chain) => chain.some((vs) => vs.deletedAt));
    expect(pruned.length).toBeGreaterThanOrEqual(2);
    for (const chain of pruned) {
      expect(chain.filter((vs) => !vs.deletedAt)).toHaveLength(7);
      chain.slice(0, -7).forEach((vs, i) => {
        expect(ms(vs.deletedAt)).toBeGreaterThan(ms(chain[i + 7]?.createdAt));
      });
    }
  });

  it("deletes a pruned snapshot's Delete-policy content with it", () => {
    const contents = new Map(fleet.volumeSnapshotContents.map((c) => [key(c.clusterId, c.name), c]));
    const deleted = ordered.flat().filter((vs) => vs.deletedAt);
    expect(deleted.length).toBeGreaterThan(50);
    for (const vs of deleted) {
      const content = contents.get(key(vs.clusterId, vs.boundContentName));
      expect(content?.deletionPolicy).toBe("Delete");
      expect(ms(content?.deletedAt)).toBeGreaterThanOrEqual(ms(vs.deletedAt));
    }
  });

  it("reports stored bytes for one provider's chain: the first full, the rest incremental", () => {
    const contents = new Map(fleet.volumeSnapshotContents.map((c) => [key(c.clusterId, c.name), c]));
    const reported = ordered.filter(
      (chain) => contents.get(key(chain[0]?.clusterId, chain[0]?.boundContentName))?.storedBytes,
    );
    expect(reported.length).toBeGreaterThan(0);
    for (const chain of reported) {
      const stored = chain.map(
        (vs) => contents.get(key(vs.clusterId, vs.boundContentName))?.storedBytes ?? 0n,
      );
      const [first = 0n, ...rest] = stored;
      for (const later of rest) expect(later).toBeLessThan(first);
    }
  });
});
