import { describe, expect, it } from "vitest";
import { daysAgo, demoFleet, key, ms } from "./demo-fleet-fixture";

/** Each volume's revisions: its cost-relevant history, which costing walks interval by interval. */
const fleet = demoFleet();
const GIB = 1024n ** 3n;
const revisionsOf = new Map<string, typeof fleet.persistentVolumeRevisions>();
for (const revision of fleet.persistentVolumeRevisions) {
  const volume = key(revision.clusterId, revision.uid);
  revisionsOf.set(volume, [...(revisionsOf.get(volume) ?? []), revision]);
}
const history = (pv: { clusterId: string; uid: string }) =>
  [...(revisionsOf.get(key(pv.clusterId, pv.uid)) ?? [])].sort((a, b) => ms(a.validFrom) - ms(b.validFrom));

describe("demo fleet volume revisions", () => {
  it("cover each volume from its creation without gaps or overlaps", () => {
    for (const pv of fleet.persistentVolumes) {
      const revisions = history(pv);
      expect(revisions.length, pv.name).toBeGreaterThan(0);
      expect(ms(revisions[0]?.validFrom)).toBe(ms(pv.createdAt));
      for (let i = 1; i < revisions.length; i++) {
        expect(ms(revisions[i]?.validFrom)).toBe(ms(revisions[i - 1]?.validTo));
        expect(ms(revisions[i]?.validFrom)).toBeGreaterThan(ms(revisions[i - 1]?.validFrom));
      }
    }
  });

  it("leave the last revision open for a live volume and close it at a deleted one's deletion", () => {
    for (const pv of fleet.persistentVolumes) {
      const last = history(pv).at(-1);
      if (pv.deletedAt) expect(ms(last?.validTo)).toBe(ms(pv.deletedAt));
      else expect(last?.validTo ?? null).toBeNull();
    }
  });

  it("end with the volume's current capacity, phase, classes and claim", () => {
    for (const pv of fleet.persistentVolumes) {
      const last = history(pv).at(-1);
      expect([
        last?.capacityBytes,
        last?.phase,
        last?.storageClassName,
        last?.volumeAttributesClassName,
      ]).toEqual([pv.capacityBytes, pv.phase, pv.storageClassName, pv.volumeAttributesClassName]);
      expect([last?.claimNamespace, last?.claimName, last?.claimUid]).toEqual([
        pv.claimNamespace,
        pv.claimName,
        pv.claimUid,
      ]);
    }
  });

  it("never repeat the same state in consecutive revisions", () => {
    for (const pv of fleet.persistentVolumes) {
      const revisions = history(pv);
      for (let i = 1; i < revisions.length; i++) {
        const [a, b] = [revisions[i - 1], revisions[i]];
        expect([a?.capacityBytes, a?.phase, a?.claimUid]).not.toEqual([
          b?.capacityBytes,
          b?.phase,
          b?.claimUid,
        ]);
      }
    }
  });

  it("record a Premium SSD disk expanded from 500 GiB to 600 GiB mid-history, its claim expanded too", () => {
    const classes = new Map(fleet.storageClasses.map((sc) => [key(sc.clusterId, sc.name), sc]));
    const resized = fleet.persistentVolumes.filter((pv) => {
      const parameters = classes.get(key(pv.clusterId, pv.storageClassName))?.parameters;
      const sku = (parameters as Record<string, string> | undefined)?.skuName;
      const sizes = history(pv).map((revision) => revision.capacityBytes);
      return sku === "Premium_LRS" && sizes[0] === 500n * GIB && sizes.at(-1) === 600n * GIB;
    });
    expect(resized).toHaveLength(1);
    const [pv] = resized;
    const expansion = history(pv as NonNullable<typeof pv>).find(
      (revision) => revision.capacityBytes === 600n * GIB,
    );
    expect(daysAgo(expansion?.validFrom)).toBeGreaterThan(7);
    expect(daysAgo(expansion?.validFrom)).toBeLessThan(83);
    const claim = fleet.persistentVolumeClaims.find(
      (pvc) => pvc.clusterId === pv?.clusterId && pvc.uid === pv?.claimUid,
    );
    expect([claim?.requestedBytes, claim?.capacityBytes]).toEqual([600n * GIB, 600n * GIB]);
  });

  it("record volumes going from Bound to Released inside the history window, claimRef kept", () => {
    const released = fleet.persistentVolumes.filter((pv) => {
      const phases = history(pv).map((revision) => revision.phase);
      return phases.join(">").includes("Bound>Released");
    });
    expect(released.length).toBeGreaterThanOrEqual(5);
    for (const pv of released) {
      const [bound, releasedRevision] = history(pv).slice(-2);
      expect(daysAgo(releasedRevision?.validFrom)).toBeLessThan(90);
      expect(releasedRevision?.claimUid).toBe(bound?.claimUid);
    }
  });

  it("record a pre-provisioned volume that was Available until a claim bound it", () => {
    const later = fleet.persistentVolumes.filter(
      (pv) =>
        history(pv)
          .map((r) => r.phase)
          .join(">") === "Available>Bound",
    );
    expect(later.length).toBeGreaterThan(0);
    expect(history(later[0] as NonNullable<(typeof later)[0]>)[0]?.claimUid ?? null).toBeNull();
  });

  it("record a Released volume someone finally deleted", () => {
    const cleaned = fleet.persistentVolumes.filter((pv) => pv.deletedAt && pv.phase === "Released");
    expect(cleaned.length).toBeGreaterThan(0);
    for (const pv of cleaned) expect(history(pv).map((r) => r.phase)).toEqual(["Bound", "Released"]);
  });
});
