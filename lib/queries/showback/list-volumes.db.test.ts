import { describe, expect, it } from "vitest";
import { ZVolumesQuery } from "../../services/showback/showback-params";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../../testing/cost-factories";
import { listVolumes } from "../../testing/every-team-reads";
import { createPersistentVolume, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";

const { db } = setUpTestDatabase();
const created = new Date(Date.UTC(2026, 0, 1));
const query = (input: Record<string, string> = {}) => ZVolumesQuery.parse(input);

async function volumes() {
  const { prod, lab } = await createShowbackOrg(db);
  const pv = (clusterId: string, uid: string, rest: Parameters<typeof createPersistentVolume>[2]) =>
    createPersistentVolume(db, clusterId, { uid, name: `pvc-${uid}`, ...rest });
  await pv(prod.id, "a", {
    capacityBytes: 1000n * GIB,
    createdAt: created,
    storageClassName: "gp3",
    claimNamespace: "ml",
    claimName: "data",
  });
  await pv(prod.id, "b", {
    capacityBytes: 100n * GIB,
    createdAt: created,
    storageClassName: "gp3",
    claimNamespace: "web",
    claimName: "db",
    phase: "Released",
  });
  await pv(lab.id, "c", {
    capacityBytes: 200n * GIB,
    createdAt: created,
    storageClassName: "standard-rwo",
    claimNamespace: "ml",
    claimName: "ckpt",
  });
  await pv(prod.id, "d", {
    capacityBytes: 50n * GIB,
    createdAt: created,
    storageClassName: "io2",
    claimNamespace: "ml",
    claimName: "fast",
  });
  await pv(prod.id, "gone", {
    capacityBytes: 50n * GIB,
    createdAt: created,
    deletedAt: new Date(Date.UTC(2026, 1, 1)),
    storageClassName: "gp3",
  });
  await createCostFacts(db, [
    // AWS month units: 744 hours in March, so a full day of a $2.48/day volume is $76.88 a month.
    ...dailyFacts("2026-03-29", "2026-03-31", {
      clusterId: prod.id,
      resourceUid: "a",
      namespace: "ml",
      cost: "2.48",
    }),
    // The last day counts, not the earlier, dearer ones; half a day scales to a whole month.
    {
      clusterId: prod.id,
      resourceUid: "b",
      day: "2026-03-30",
      namespace: null,
      likelyOwnerNamespace: "web",
      cost: "9",
    },
    {
      clusterId: prod.id,
      resourceUid: "b",
      day: "2026-03-31",
      namespace: null,
      likelyOwnerNamespace: "web",
      cost: "0.5",
      hours: "12",
    },
    // GCP: hourly meters over 730 hours.
    {
      clusterId: lab.id,
      resourceUid: "c",
      day: "2026-03-31",
      namespace: "ml",
      cost: "0.24",
      unit: "GiB_month",
    },
    // Capacity priced, IOPS unpriced: a partial run-rate, flagged.
    { clusterId: prod.id, resourceUid: "d", day: "2026-03-31", namespace: "ml", cost: "0.1" },
    {
      clusterId: prod.id,
      resourceUid: "d",
      day: "2026-03-31",
      namespace: "ml",
      component: "iops",
      status: "unpriced",
      unit: "IOPS_month",
    },
  ]);
}

describe("listVolumes", () => {
  it("lists live volumes by monthly run-rate from each volume's last day of facts", async () => {
    await volumes();
    const result = await listVolumes(db, query());
    expect(result.items.map((v) => [v.uid, v.monthlyRunRate, v.runRateDay, v.runRateStatus])).toEqual([
      ["a", "76.88", "2026-03-31", "priced"],
      ["b", "31", "2026-03-31", "priced"], // 0.5 for 12 h → 744 h
      ["c", "7.3", "2026-03-31", "priced"], // 0.24 × 730 / 24
      ["d", "3.1", "2026-03-31", "partial"],
    ]);
    expect(result.total).toBe(4);
    expect(result.items[0]).toMatchObject({
      clusterName: "prod",
      capacityBytes: String(1000n * GIB),
      phase: "Bound",
      currency: "USD",
    });
    expect(result.filterOptions.clusters).toEqual(["lab", "prod"]);
  });

  it("filters by cluster, namespace, storage class, phase and search, and pages", async () => {
    await volumes();
    const uids = async (input: Record<string, string>) =>
      (await listVolumes(db, query(input))).items.map((v) => v.uid);
    expect(await uids({ cluster: "lab" })).toEqual(["c"]);
    expect(await uids({ namespace: "ml", sort: "name-asc" })).toEqual(["a", "c", "d"]);
    expect(await uids({ storageClass: "gp3" })).toEqual(["a", "b"]);
    expect(await uids({ phase: "Released" })).toEqual(["b"]);
    expect(await uids({ search: "ckp" })).toEqual(["c"]);
    expect(await uids({ include: "all", sort: "capacity-desc" })).toEqual(["a", "c", "b", "d", "gone"]);
    const page = await listVolumes(db, query({ pageSize: "2", page: "2" }));
    expect(page.items.map((v) => v.uid)).toEqual(["c", "d"]);
    expect(page.total).toBe(4);
  });

  it("shows no run-rate for a volume with no facts, or only unpriced ones", async () => {
    const { prod } = await createShowbackOrg(db);
    await createPersistentVolume(db, prod.id, { uid: "new", capacityBytes: GIB, createdAt: created });
    await createPersistentVolume(db, prod.id, { uid: "odd", capacityBytes: GIB, createdAt: created });
    await createCostFacts(db, [
      { clusterId: prod.id, resourceUid: "odd", day: "2026-03-31", status: "unpriced" },
    ]);
    const result = await listVolumes(db, query({ sort: "name-asc" }));
    expect(result.items.map((v) => [v.uid, v.monthlyRunRate, v.runRateStatus])).toEqual([
      ["new", null, null],
      ["odd", null, "unpriced"],
    ]);
  });
});
