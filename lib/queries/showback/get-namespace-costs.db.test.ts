import { describe, expect, it } from "vitest";
import { Prisma } from "../../db/generated/client";
import {
  createCostFacts,
  createCostFactWorkloads,
  createShowbackOrg,
  dailyFacts,
} from "../../testing/cost-factories";
import { getNamespaceCosts, getShowback, getTeamCosts } from "../../testing/every-team-reads";
import { createPersistentVolume, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";

const { db } = setUpTestDatabase();
const MARCH = { from: "2026-03-01", to: "2026-03-31", page: 1, pageSize: 10 };
const add = (values: string[]) => values.reduce((s, v) => s.plus(v), new Prisma.Decimal(0)).toFixed();

async function mlFleet() {
  const org = await createShowbackOrg(db);
  const { prod, lab } = org;
  await createPersistentVolume(db, prod.id, {
    uid: "pv-data",
    name: "pvc-data",
    capacityBytes: 500n * GIB,
    createdAt: new Date(Date.UTC(2026, 0, 1)),
    claimNamespace: "ml",
    claimName: "data",
    storageClassName: "gp3",
  });
  await createCostFacts(db, [
    ...dailyFacts("2026-03-01", "2026-03-10", {
      clusterId: prod.id,
      resourceUid: "pv-data",
      namespace: "ml",
      cost: "2",
    }),
    ...dailyFacts("2026-03-01", "2026-03-02", {
      clusterId: prod.id,
      resourceUid: "pv-efs",
      namespace: "ml",
      storageClassName: "efs",
      category: "file",
      status: "estimated",
      cost: "0.5",
    }),
    {
      clusterId: prod.id,
      resourceUid: "vsc-1",
      resourceKind: "VolumeSnapshotContent",
      day: "2026-03-05",
      namespace: "ml",
      storageClassName: null,
      component: "snapshot_standard",
      cost: "0.25",
    },
    { clusterId: prod.id, resourceUid: "pv-data", day: "2026-02-28", namespace: "ml", cost: "2" },
    {
      clusterId: prod.id,
      resourceUid: "pv-old",
      day: "2026-03-07",
      namespace: null,
      likelyOwnerNamespace: "ml",
      cost: "1",
    },
    { clusterId: lab.id, resourceUid: "pv-lab", day: "2026-03-07", namespace: "ml", cost: "3" },
    { clusterId: prod.id, resourceUid: "pv-web", day: "2026-03-07", namespace: "web", cost: "9" },
  ]);
  // pv-data's days split between a training job (18 h) and nobody (6 h): 1.5 + 0.5 of each day's 2.
  await createCostFactWorkloads(
    db,
    dailyFacts("2026-03-01", "2026-03-10", { clusterId: prod.id, resourceUid: "pv-data" }).flatMap((f) => [
      { ...f, workloadKind: "Job", workloadName: "train", podHours: "18", share: "0.75", cost: "1.5" },
      { ...f, workloadKind: "none", workloadName: "", podHours: "0", share: "0.25", cost: "0.5" },
    ]),
  );
  return org;
}

describe("getNamespaceCosts", () => {
  it("breaks a namespace's spend down by storage class, category, workload and volume", async () => {
    await mlFleet();
    const result = await getNamespaceCosts(db, { ...MARCH, cluster: "prod", namespace: "ml" });
    expect(result.namespace).toMatchObject({
      clusterName: "prod",
      name: "ml",
      team: { slug: "ml" },
      costCentre: "CC-1",
    });
    expect(result.totals).toMatchObject({
      total: "21.25",
      estimated: "1",
      previousTotal: "2",
      change: "19.25",
    });
    expect(result.byStorageClass.map((r) => [r.name, r.total])).toEqual([
      ["gp3", "20"],
      ["efs", "1"],
      ["(none)", "0.25"],
    ]);
    expect(result.byCategory.map((r) => [r.name, r.total])).toEqual([
      ["block", "20"],
      ["file", "1"],
      ["snapshot", "0.25"],
    ]);
    expect(result.byWorkload.items.map((w) => [w.workloadKind, w.workloadName, w.total, w.podHours])).toEqual(
      [
        ["Job", "train", "15", "180"],
        ["none", "", "5", "0"],
      ],
    );
    // The EFS volume and the snapshot have no split: shown as such, so the parts add up.
    expect(result.byWorkload.notSplit).toBe("1.25");
    expect(add([...result.byWorkload.items.map((w) => w.total), result.byWorkload.notSplit])).toBe(
      result.totals.total,
    );
    expect(result.topResources.items.map((r) => [r.resourceUid, r.name, r.total, r.estimated])).toEqual([
      ["pv-data", "pvc-data", "20", false],
      ["pv-efs", null, "1", true],
      ["vsc-1", null, "0.25", false],
    ]);
    expect(result.topResources.total).toBe(3);
    expect(result.likelyOwned).toMatchObject({ total: "1", resources: [{ resourceUid: "pv-old" }] });
    expect(add(result.trend.map((d) => d.total))).toBe("21.25");
    expect(result.trend[0]).toEqual({
      day: "2026-03-01",
      total: "2.5",
      byCategory: { block: "2", file: "0.5" },
    });
  });

  it("agrees with the showback row of the same namespace", async () => {
    await mlFleet();
    const showback = await getShowback(db, { ...MARCH, by: "namespace", pageSize: 25 });
    const ns = await getNamespaceCosts(db, { ...MARCH, cluster: "prod", namespace: "ml" });
    expect(showback.groups.find((g) => g.key === "prod/ml")?.total).toBe(ns.totals.total);
  });

  it("names a namespace that does not exist", async () => {
    await mlFleet();
    await expect(getNamespaceCosts(db, { ...MARCH, cluster: "prod", namespace: "nope" })).rejects.toThrow(
      /No namespace "nope" in cluster "prod"/,
    );
  });
});

describe("getTeamCosts", () => {
  it("adds up the team's namespaces across clusters, with what it likely owns apart", async () => {
    await mlFleet();
    const result = await getTeamCosts(db, { ...MARCH, slug: "ml" });
    expect(result.team).toEqual({ slug: "ml", name: "ML", costCentre: "CC-1" });
    expect(result.totals.total).toBe("24.25");
    expect(result.namespaces).toEqual([
      { clusterName: "prod", namespace: "ml", total: "21.25", previousTotal: "2" },
      { clusterName: "lab", namespace: "ml", total: "3", previousTotal: "0" },
    ]);
    expect(result.likelyOwned.total).toBe("1");
    const showback = await getShowback(db, { ...MARCH, by: "team", pageSize: 25 });
    expect(showback.groups.find((g) => g.key === "ml")?.total).toBe(result.totals.total);
  });

  it("names a team that does not exist", async () => {
    await expect(getTeamCosts(db, { ...MARCH, slug: "nope" })).rejects.toThrow(/No team "nope"/);
  });
});
