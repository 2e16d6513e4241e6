import { describe, expect, it } from "vitest";
import {
  createCluster,
  createOrganization,
  createPersistentVolume,
  createStorageClass,
  GIB,
} from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { readFleetOverview } from "./get-fleet-overview";

const { db } = setUpTestDatabase();
const asOf = new Date(Date.UTC(2026, 5, 15));
const before = new Date(Date.UTC(2026, 4, 1));

async function twoClusters() {
  const org = await createOrganization(db);
  const eks = await createCluster(db, org.id, { name: "eks", provider: "aws", region: "us-east-1" });
  const gke = await createCluster(db, org.id, { name: "gke", provider: "gcp", region: "us-central1" });
  await createStorageClass(db, eks.id, { name: "gp3", provisioner: "ebs.csi.aws.com" });
  await createStorageClass(db, eks.id, { name: "gp2", provisioner: "kubernetes.io/aws-ebs" });
  return { eks, gke };
}

describe("getFleetOverview", () => {
  it("counts volumes and sums provisioned capacity per cluster and storage class", async () => {
    const { eks } = await twoClusters();
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 500n * GIB,
      storageClassName: "gp3",
      createdAt: before,
    });
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 100n * GIB,
      storageClassName: "gp3",
      createdAt: before,
    });
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 50n * GIB,
      storageClassName: "gp2",
      createdAt: before,
    });

    const overview = await readFleetOverview(db, { asOf, teamIds: null });

    expect(overview.totals).toEqual({ clusters: 2, volumes: 3, capacityBytes: String(650n * GIB) });
    expect(overview.clusters.map((c) => [c.name, c.volumeCount, c.capacityBytes])).toEqual([
      ["eks", 3, String(650n * GIB)],
      ["gke", 0, "0"],
    ]);
    expect(overview.storageClasses).toEqual([
      {
        clusterName: "eks",
        storageClassName: "gp3",
        provisioner: "ebs.csi.aws.com",
        volumeCount: 2,
        capacityBytes: String(600n * GIB),
      },
      {
        clusterName: "eks",
        storageClassName: "gp2",
        provisioner: "kubernetes.io/aws-ebs",
        volumeCount: 1,
        capacityBytes: String(50n * GIB),
      },
    ]);
  });

  it("breaks volumes down by phase", async () => {
    const { eks } = await twoClusters();
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 100n * GIB,
      createdAt: before,
      phase: "Bound",
    });
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 300n * GIB,
      createdAt: before,
      phase: "Released",
    });
    await createPersistentVolume(db, eks.id, {
      capacityBytes: 200n * GIB,
      createdAt: before,
      phase: "Released",
    });

    const overview = await readFleetOverview(db, { asOf, teamIds: null });

    expect(overview.phases).toEqual([
      { phase: "Bound", volumeCount: 1, capacityBytes: String(100n * GIB) },
      { phase: "Released", volumeCount: 2, capacityBytes: String(500n * GIB) },
    ]);
  });

  it("leaves out volumes deleted by, or created after, the as-of time", async () => {
    const { gke } = await twoClusters();
    await createPersistentVolume(db, gke.id, { capacityBytes: 10n * GIB, createdAt: before });
    await createPersistentVolume(db, gke.id, {
      capacityBytes: 20n * GIB,
      createdAt: before,
      deletedAt: new Date(Date.UTC(2026, 5, 1)),
    });
    await createPersistentVolume(db, gke.id, {
      capacityBytes: 40n * GIB,
      createdAt: new Date(Date.UTC(2026, 5, 20)),
    });

    const overview = await readFleetOverview(db, { asOf, teamIds: null });

    expect(overview.totals.volumes).toBe(1);
    expect(overview.totals.capacityBytes).toBe(String(10n * GIB));
  });

  it("keeps volumes with no storage class, under a null class", async () => {
    const { gke } = await twoClusters();
    await createPersistentVolume(db, gke.id, { capacityBytes: 7n * GIB, createdAt: before });
    const overview = await readFleetOverview(db, { asOf, teamIds: null });
    expect(overview.storageClasses).toEqual([
      {
        clusterName: "gke",
        storageClassName: null,
        provisioner: null,
        volumeCount: 1,
        capacityBytes: String(7n * GIB),
      },
    ]);
  });

  it("sums capacity exactly past 2^53 bytes", async () => {
    const { eks } = await twoClusters();
    const huge = 2n ** 52n + 1n;
    await createPersistentVolume(db, eks.id, {
      capacityBytes: huge,
      storageClassName: "gp3",
      createdAt: before,
    });
    await createPersistentVolume(db, eks.id, {
      capacityBytes: huge,
      storageClassName: "gp3",
      createdAt: before,
    });
    const overview = await readFleetOverview(db, { asOf, teamIds: null });
    expect(overview.totals.capacityBytes).toBe(String(2n * huge));
  });
});
