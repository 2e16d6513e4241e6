import { describe, expect, it } from "vitest";
import { encodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import type { Db } from "../../db/prisma";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../../testing/cost-factories";
import { createPersistentVolume, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import type { ServiceContext } from "../service-context";
import { listAnomalies } from "./list-anomalies";

const { db } = setUpTestDatabase();

const NOW = new Date("2026-11-21T08:00:00Z");
const STEP_DAY = "2026-11-10";
const WINDOW = { from: "2026-11-08", to: "2026-11-20" };

const admin: ServiceContext = {
  actor: { kind: "system", name: "test" },
  roles: ["admin"],
  scope: { kind: "all" },
};
const teamReader = (teamId: string): ServiceContext => ({
  actor: { kind: "system", name: "test" },
  roles: ["viewer"],
  scope: { kind: "teams", teamIds: [teamId] },
});

/**
 * November 2026, all one month (no month-boundary scaling): prod/ml has a steady volume ($2 a day)
 * and one that costs $1 a day until it costs $10 from STEP_DAY on; prod/web's volume steps from $1
 * to $8 the same day; prod/ops's volume costs $5 every day.
 */
async function seed(db: Db) {
  const org = await createShowbackOrg(db);
  const volume = (name: string) =>
    createPersistentVolume(db, org.prod.id, {
      name,
      capacityBytes: 100n * GIB,
      createdAt: new Date("2026-10-01T00:00:00Z"),
    });
  const [steadyMl, growing, web, ops] = await Promise.all([
    volume("ml-steady"),
    volume("ml-growing"),
    volume("web-data"),
    volume("ops-data"),
  ]);
  const clusterId = org.prod.id;
  await createCostFacts(db, [
    ...dailyFacts("2026-11-01", "2026-11-20", {
      clusterId,
      resourceUid: steadyMl.uid,
      namespace: "ml",
      cost: "2",
    }),
    ...dailyFacts("2026-11-01", "2026-11-09", {
      clusterId,
      resourceUid: growing.uid,
      namespace: "ml",
      cost: "1",
    }),
    ...dailyFacts(STEP_DAY, "2026-11-20", {
      clusterId,
      resourceUid: growing.uid,
      namespace: "ml",
      cost: "10",
    }),
    ...dailyFacts("2026-11-01", "2026-11-09", {
      clusterId,
      resourceUid: web.uid,
      namespace: "web",
      cost: "1",
    }),
    ...dailyFacts(STEP_DAY, "2026-11-20", { clusterId, resourceUid: web.uid, namespace: "web", cost: "8" }),
    ...dailyFacts("2026-11-01", "2026-11-20", {
      clusterId,
      resourceUid: ops.uid,
      namespace: "ops",
      cost: "5",
    }),
  ]);
  return { org, volumes: { steadyMl, growing, web, ops } };
}

describe("listAnomalies", () => {
  it("finds a namespace's step on its day and names the one volume behind it, with its costs and link", async () => {
    const { volumes } = await seed(db);
    const result = await listAnomalies(db, { ctx: admin, input: { by: "namespace", ...WINDOW } }, NOW);
    const costAnomalies = result.anomalies.filter((a) => a.kind === "cost");
    expect(costAnomalies.map((a) => [a.group, a.day]).sort()).toEqual([
      ["prod/ml", STEP_DAY],
      ["prod/web", STEP_DAY],
    ]);
    const ml = costAnomalies.find((a) => a.group === "prod/ml");
    expect(ml?.value).toBe("12.00");
    expect(ml?.expected).toBe("3.00");
    expect(ml?.drivers).toEqual([
      expect.objectContaining({
        cluster: "prod",
        resourceKind: "PersistentVolume",
        resourceUid: volumes.growing.uid,
        name: "ml-growing",
        namespace: "ml",
        change: "changed",
        costBefore: "1",
        costOn: "10",
        href: `/volumes/prod/${volumes.growing.uid}`,
      }),
    ]);
  });

  it("finds nothing in a namespace whose cost did not change", async () => {
    await seed(db);
    const result = await listAnomalies(db, { ctx: admin, input: { by: "namespace", ...WINDOW } }, NOW);
    expect(result.anomalies.map((a) => a.group)).not.toContain("prod/ops");
    expect(result.anomalies.filter((a) => a.day !== STEP_DAY)).toEqual([]);
  });

  it("shows a team's reader neither another team's anomaly nor its volumes among the drivers", async () => {
    const { org, volumes } = await seed(db);
    const byNamespace = await listAnomalies(
      db,
      { ctx: teamReader(org.teams.web.id), input: { by: "namespace", ...WINDOW } },
      NOW,
    );
    expect(byNamespace.anomalies.map((a) => [a.kind, a.group, a.day])).toEqual([
      ["cost", "prod/web", STEP_DAY],
    ]);

    // Over the whole fleet the admin's drivers are both teams' volumes, largest change first; the
    // web reader's fleet is web's alone, and so are its drivers.
    const fleet = await listAnomalies(db, { ctx: admin, input: { by: "fleet", ...WINDOW } }, NOW);
    expect(fleet.anomalies.map((a) => [a.group, a.day, a.value])).toEqual([["fleet", STEP_DAY, "25.00"]]);
    expect(fleet.anomalies[0]?.drivers?.map((d) => d.resourceUid)).toEqual([
      volumes.growing.uid,
      volumes.web.uid,
    ]);

    const webFleet = await listAnomalies(
      db,
      { ctx: teamReader(org.teams.web.id), input: { by: "fleet", ...WINDOW } },
      NOW,
    );
    expect(webFleet.anomalies.map((a) => [a.group, a.day, a.value])).toEqual([["fleet", STEP_DAY, "8.00"]]);
    expect(webFleet.anomalies[0]?.drivers).toEqual([
      expect.objectContaining({ resourceUid: volumes.web.uid, costBefore: "1", costOn: "8" }),
    ]);
  });

  it("links a snapshot behind an anomaly to its chain's page, and an unknown one to its cluster's snapshots", async () => {
    const { org } = await seed(db);
    const content = (uid: string, sourceVolumeHandle: string) =>
      db.volumeSnapshotContent.create({
        data: {
          clusterId: org.prod.id,
          uid,
          name: `snapcontent-${uid}`,
          driver: "ebs.csi.aws.com",
          deletionPolicy: "Delete",
          sourceVolumeHandle,
          createdAt: new Date("2026-11-01T00:00:00Z"),
          firstSeenAt: new Date("2026-11-01T00:00:00Z"),
          lastSeenAt: new Date("2026-11-20T00:00:00Z"),
        },
      });
    await content("c-1", "vol-0abc");
    const snapshot = (resourceUid: string, cost: string) => ({
      clusterId: org.prod.id,
      resourceUid,
      resourceKind: "VolumeSnapshotContent" as const,
      namespace: "ops",
      cost,
    });
    await createCostFacts(db, [
      ...dailyFacts("2026-11-01", "2026-11-14", snapshot("c-1", "1")),
      ...dailyFacts("2026-11-15", "2026-11-20", snapshot("c-1", "30")),
      ...dailyFacts("2026-11-15", "2026-11-20", snapshot("c-unknown", "20")),
    ]);
    const result = await listAnomalies(db, { ctx: admin, input: { by: "namespace", ...WINDOW } }, NOW);
    const ops = result.anomalies.find((a) => a.kind === "cost" && a.group === "prod/ops");
    expect(ops?.day).toBe("2026-11-15");
    expect(ops?.drivers?.map((d) => [d.resourceUid, d.change, d.href])).toEqual([
      ["c-1", "changed", `/snapshots/prod/${encodeChainKey("volume:vol-0abc")}`],
      ["c-unknown", "appeared", "/snapshots?cluster=prod"],
    ]);
    expect(ops?.drivers?.[0]).not.toHaveProperty("snapshotChainId");
  });
});
