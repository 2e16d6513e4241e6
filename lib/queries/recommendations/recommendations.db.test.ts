import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { getRecommendationsPage } from "../../services/recommendations/get-recommendations-page";
import { listRecommendations } from "../../services/recommendations/list-recommendations";
import { systemContext } from "../../services/service-context";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { createStorageClassWithParameters } from "../../testing/price-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { ClusterNotFoundError } from "../clusters/get-cluster-by-name-or-throw";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";
import { dismissRecommendation, ZDismissRecommendation } from "./dismiss-recommendation";
import { getMoveVolumesWhatIf } from "./get-move-volumes-what-if";
import { listRecommendationDismissals } from "./list-recommendation-dismissals";
import { DismissalInputError, DismissalNotFoundError } from "./recommendation-dismissal-errors";
import { restoreRecommendation } from "./restore-recommendation";

const ctx = systemContext("test");
const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * MS_PER_DAY);
const life = (createdAt: Date) => ({ createdAt, deletedAt: null, firstSeenAt: createdAt, lastSeenAt: now });

/**
 * One EKS cluster: a 500 GiB gp2 claim a running pod mounts; an io2 database doing 700 IOPS on 32,000
 * provisioned; a checkpoint claim whose job ended 20 days ago.
 */
async function seed() {
  await loadBundledCatalog(db, { now });
  const org = await createOrganization(db);
  const eks = await createCluster(db, org.id, { name: "eks", provider: "aws", region: "us-east-1" });
  const clusterId = eks.id;
  await db.namespace.create({ data: { clusterId, name: "ml", ...life(daysAgo(300)) } });
  for (const [name, parameters] of [
    ["gp2", { type: "gp2" }],
    ["gp3", { type: "gp3" }],
    ["io2", { type: "io2", iops: "32000" }],
  ] as const) {
    await createStorageClassWithParameters(db, clusterId, {
      name,
      provisioner: "ebs.csi.aws.com",
      parameters,
    });
  }
  const volume = async (name: string, storageClassName: string, gi: bigint) => {
    await db.persistentVolumeClaim.create({
      data: {
        clusterId,
        uid: randomUUID(),
        namespace: "ml",
        name,
        storageClassName,
        requestedBytes: gi * GIB,
        capacityBytes: gi * GIB,
        accessModes: ["ReadWriteOnce"],
        phase: "Bound",
        volumeName: `pv-${name}`,
        ...life(daysAgo(100)),
      },
    });
    await createPersistentVolume(db, clusterId, {
      name: `pv-${name}`,
      storageClassName,
      csiDriver: "ebs.csi.aws.com",
      zone: "us-east-1a",
      volumeHandle: `vol-${name}`,
      capacityBytes: gi * GIB,
      claimNamespace: "ml",
      claimName: name,
      createdAt: daysAgo(100),
    });
  };
  const pod = async (
    name: string,
    claimName: string,
    role: "dataset" | "checkpoint",
    finishedAt: Date | null,
  ) => {
    const uid = randomUUID();
    await db.pod.create({
      data: {
        clusterId,
        uid,
        namespace: "ml",
        name,
        phase: finishedAt ? "Succeeded" : "Running",
        finishedAt,
        ...life(daysAgo(60)),
      },
    });
    await db.podVolume.create({
      data: { clusterId, podUid: uid, volumeName: "v", type: "persistentVolumeClaim", claimName, role },
    });
  };
  await volume("notebook", "gp2", 500n);
  await pod("notebook-0", "notebook", "dataset", null);
  await volume("feature-db", "io2", 2048n);
  await pod("feature-db-0", "feature-db", "dataset", null);
  for (const [metric, level] of [
    ["disk_read_ops_per_second", 400],
    ["disk_write_ops_per_second", 300],
  ] as const) {
    const series = await db.metricSeries.create({
      data: {
        clusterId,
        metric,
        sourceMetric: metric,
        seriesKey: `ml/feature-db/${metric}`,
        namespace: "ml",
        persistentVolumeClaim: "feature-db",
      },
    });
    await db.metricSample.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({
        clusterId,
        seriesId: series.id,
        at: daysAgo(i + 1),
        value: level,
      })),
    });
  }
  await volume("ckpt", "gp3", 1024n);
  await pod("train-0", "ckpt", "checkpoint", daysAgo(20));
  const used = await db.metricSeries.create({
    data: {
      clusterId,
      metric: "volume_used_bytes",
      sourceMetric: "kubelet_volume_stats_used_bytes",
      seriesKey: "ml/ckpt",
      namespace: "ml",
      persistentVolumeClaim: "ckpt",
    },
  });
  await db.metricSample.create({
    data: { clusterId, seriesId: used.id, at: daysAgo(21), value: 300 * 1024 ** 3 },
  });
  return { org, eks };
}

describe("listRecommendations", () => {
  it("finds each seeded story, ranked by net monthly value, priced both sides", async () => {
    await seed();
    const list = await listRecommendations(db, { ctx, input: { now } });
    expect(
      list.recommendations.map(({ recommendation: r }) => [r.rule, r.name, r.netMonthlyValue?.toFixed()]),
    ).toEqual([
      // io2: $256 + 32,000 × $0.065 → gp3 2,048 GiB at 3,000 IOPS (700 × 1.3 = 910 fits the baseline).
      ["provisioned-iops-to-gp3", "feature-db", "2172.16"],
      // 1,024 GiB gp3 $81.92 → 300 GiB (last measured) in S3 Standard-IA $3.75.
      ["cold-checkpoints", "ckpt", "78.17"],
      ["gp2-to-gp3", "notebook", "10"],
    ]);
    expect(list.currency).toBe("USD");
  });

  it("names a cluster it does not know", async () => {
    await expect(
      listRecommendations(db, { ctx, input: { now, clusterName: "nowhere" } }),
    ).rejects.toBeInstanceOf(ClusterNotFoundError);
  });
});

describe("dismissing a recommendation", () => {
  it("hides it with the reason kept, lists it among the dismissed, and restores it", async () => {
    const { eks } = await seed();
    const first = await getRecommendationsPage(db, { ctx, input: { now, page: 1, pageSize: 25 } });
    const gp2 = first.items.find((r) => r.rule === "gp2-to-gp3");
    expect(gp2?.subjectKey).toMatch(new RegExp(`^${eks.id}/PersistentVolumeClaim/`));
    const dismissal = await dismissRecommendation(
      db,
      ZDismissRecommendation.parse({
        rule: "gp2-to-gp3",
        subjectKey: gp2?.subjectKey,
        reason: "vendor appliance needs gp2",
      }),
      now,
    );
    expect(dismissal).toMatchObject({
      clusterName: "eks",
      reason: "vendor appliance needs gp2",
      dismissedBy: "web",
    });

    const hidden = await getRecommendationsPage(db, { ctx, input: { now, page: 1, pageSize: 25 } });
    expect(hidden.items.map((r) => r.rule)).toEqual(["provisioned-iops-to-gp3", "cold-checkpoints"]);
    expect([hidden.dismissedCount, hidden.total.count, hidden.total.monthlySavings]).toEqual([
      1,
      2,
      "2250.33",
    ]);
    const shown = await getRecommendationsPage(db, {
      ctx,
      input: { now, page: 1, includeDismissed: true, pageSize: 25 },
    });
    expect(shown.items.find((r) => r.rule === "gp2-to-gp3")?.dismissed).toEqual({
      id: dismissal.id,
      reason: "vendor appliance needs gp2",
    });
    const listed = await listRecommendationDismissals(db, { page: 1 }, 10);
    expect(listed.items.map((d) => [d.id, d.reason, d.clusterName])).toEqual([
      [dismissal.id, "vendor appliance needs gp2", "eks"],
    ]);

    await restoreRecommendation(db, dismissal.id);
    const restored = await getRecommendationsPage(db, { ctx, input: { now, page: 1, pageSize: 25 } });
    expect(restored.items.map((r) => r.rule)).toContain("gp2-to-gp3");
    expect(restored.dismissedCount).toBe(0);
    await expect(restoreRecommendation(db, dismissal.id)).rejects.toBeInstanceOf(DismissalNotFoundError);
  });

  it("refuses a subject in a cluster that does not exist, and a dismissal without a reason", async () => {
    await seed();
    const subjectKey = `${randomUUID()}/PersistentVolumeClaim/x`;
    await expect(
      dismissRecommendation(
        db,
        ZDismissRecommendation.parse({ rule: "gp2-to-gp3", subjectKey, reason: "no" }),
        now,
      ),
    ).rejects.toBeInstanceOf(DismissalInputError);
    expect(ZDismissRecommendation.safeParse({ rule: "gp2-to-gp3", subjectKey, reason: " " }).success).toBe(
      false,
    );
  });
});

describe("the move what-if", () => {
  it("prices moving the gp2 and io2 volumes to gp3, to the cent, and writes nothing", async () => {
    await seed();
    const counts = async () => [
      await db.persistentVolume.count(),
      await db.dismissal.count(),
      await db.setting.count(),
    ];
    const before = await counts();
    const result = await getMoveVolumesWhatIf(db, {
      cluster: "eks",
      volumes: ["pv-notebook", "pv-feature-db"],
      storageClass: "gp3",
      now,
      visible: () => true,
    });
    // $50 + $2,336 now; gp3 500 GiB $40 + 2,048 GiB $163.84.
    expect([result.before, result.after, result.savings]).toEqual(["2386", "203.84", "2182.16"]);
    expect(result.volumes.map((v) => v.after.cost.monthlyCost)).toEqual(["40", "163.84"]);
    expect(await counts()).toEqual(before);
  });

  it("treats a volume whose claim the reader may not see as unknown", async () => {
    await seed();
    const hidden = getMoveVolumesWhatIf(db, {
      cluster: "eks",
      volumes: ["pv-notebook"],
      storageClass: "gp3",
      now,
      visible: () => false,
    });
    await expect(hidden).rejects.toThrow(
      'volumes[0]: cluster eks has no live PersistentVolume "pv-notebook"',
    );
  });
});
