import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { WASTE_THRESHOLDS_KEY } from "../../costing/waste/thresholds";
import { systemContext } from "../../services/service-context";
import { InvalidInputError } from "../../services/service-errors";
import { getWastePage } from "../../services/waste/get-waste-page";
import { listWasteFindings } from "../../services/waste/list-waste-findings";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { createStorageClassWithParameters } from "../../testing/price-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";

const ctx = systemContext("test");
const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * MS_PER_DAY);
const life = (createdAt: Date, deletedAt: Date | null = null) => ({
  createdAt,
  deletedAt,
  firstSeenAt: createdAt,
  lastSeenAt: deletedAt ?? now,
});

/** One small EKS cluster with one story per rule, plus things that must not fire. */
async function seed() {
  await loadBundledCatalog(db, { now });
  const org = await createOrganization(db);
  const team = await db.team.create({ data: { orgId: org.id, slug: "vision", name: "Vision" } });
  const eks = await createCluster(db, org.id, { name: "eks", provider: "aws", region: "us-east-1" });
  const clusterId = eks.id;
  await db.namespace.create({ data: { clusterId, name: "ml", teamId: team.id, ...life(daysAgo(300)) } });
  await createStorageClassWithParameters(db, clusterId, {
    name: "gp3",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3" },
  });
  const gp3 = { storageClassName: "gp3", csiDriver: "ebs.csi.aws.com", zone: "us-east-1a" };
  const claim = (name: string, volumeName: string, createdAt: Date, deletedAt: Date | null = null) =>
    db.persistentVolumeClaim.create({
      data: {
        clusterId,
        uid: randomUUID(),
        namespace: "ml",
        name,
        storageClassName: "gp3",
        requestedBytes: 500n * GIB,
        capacityBytes: 500n * GIB,
        accessModes: ["ReadWriteOnce"],
        phase: "Bound",
        volumeName,
        ...life(createdAt, deletedAt),
      },
    });
  const pod = async (name: string, claimName: string, finishedAt: Date | null) => {
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
      data: { clusterId, podUid: uid, volumeName: "data", type: "persistentVolumeClaim", claimName },
    });
  };

  // 1. Released (Retain): its claim was deleted 40 days ago.
  await claim("old-data", "pv-released", daysAgo(200), daysAgo(40));
  await createPersistentVolume(db, clusterId, {
    ...gp3,
    name: "pv-released",
    capacityBytes: 500n * GIB,
    phase: "Released",
    reclaimPolicy: "Retain",
    volumeHandle: "vol-0released",
    claimNamespace: "ml",
    claimName: "old-data",
    lastPhaseTransitionAt: daysAgo(40),
    createdAt: daysAgo(200),
  });
  // 2. Available for 30 days; and one for 3 days (below the threshold).
  await createPersistentVolume(db, clusterId, {
    ...gp3,
    name: "pv-spare",
    capacityBytes: 100n * GIB,
    phase: "Available",
    createdAt: daysAgo(30),
  });
  await createPersistentVolume(db, clusterId, {
    ...gp3,
    name: "pv-fresh",
    capacityBytes: 100n * GIB,
    phase: "Available",
    createdAt: daysAgo(3),
  });
  // 3. A claim whose last pod finished 30 days ago; and one a pod runs on now.
  await claim("idle", "pv-idle", daysAgo(100));
  await createPersistentVolume(db, clusterId, {
    ...gp3,
    name: "pv-idle",
    capacityBytes: 500n * GIB,
    createdAt: daysAgo(100),
  });
  await pod("trainer-old", "idle", daysAgo(30));
  await claim("busy", "pv-busy", daysAgo(100));
  await createPersistentVolume(db, clusterId, {
    ...gp3,
    name: "pv-busy",
    capacityBytes: 500n * GIB,
    createdAt: daysAgo(100),
  });
  await pod("server", "busy", null);
  // 7. …and "busy" uses 10 % of its 500 GiB over 10 daily samples.
  const series = await db.metricSeries.create({
    data: {
      clusterId,
      metric: "volume_used_bytes",
      sourceMetric: "kubelet_volume_stats_used_bytes",
      seriesKey: "ml/busy",
      namespace: "ml",
      persistentVolumeClaim: "busy",
    },
  });
  await db.metricSample.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({
      clusterId,
      seriesId: series.id,
      at: daysAgo(i + 0.5),
      value: 50 * 1024 ** 3,
    })),
  });
  // 4. A snapshot of the deleted claim, 10 GiB stored as the provider reports.
  const snapshotUid = randomUUID();
  await db.volumeSnapshot.create({
    data: {
      clusterId,
      uid: snapshotUid,
      namespace: "ml",
      name: "old-data-final",
      sourcePvcName: "old-data",
      boundContentName: "snapcontent-final",
      creationTime: daysAgo(41),
      restoreSizeBytes: 500n * GIB,
      ...life(daysAgo(41)),
    },
  });
  const content = (
    name: string,
    data: { ref: string; refUid: string; policy: "Delete" | "Retain"; labels?: object; storedBytes?: bigint },
  ) =>
    db.volumeSnapshotContent.create({
      data: {
        clusterId,
        uid: randomUUID(),
        name,
        driver: "ebs.csi.aws.com",
        deletionPolicy: data.policy,
        snapshotRefNamespace: "ml",
        snapshotRefName: data.ref,
        snapshotRefUid: data.refUid,
        creationTime: daysAgo(41),
        restoreSizeBytes: 500n * GIB,
        storedBytes: data.storedBytes ?? null,
        storedBytesSource: data.storedBytes ? "provider" : null,
        labels: data.labels ?? {},
        ...life(daysAgo(41)),
      },
    });
  await content("snapcontent-final", {
    ref: "old-data-final",
    refUid: snapshotUid,
    policy: "Delete",
    storedBytes: 10n * GIB,
  });
  // 5. A Retain content whose snapshot is gone, and a Velero one that must be ignored.
  await content("snapcontent-kept", {
    ref: "pre-upgrade",
    refUid: randomUUID(),
    policy: "Retain",
    storedBytes: 20n * GIB,
  });
  await content("snapcontent-velero", {
    ref: "velero-x",
    refUid: randomUUID(),
    policy: "Retain",
    labels: { "velero.io/backup-name": "nightly" },
  });
  // 6. Sixteen daily snapshots of "busy": two beyond the newest 14.
  for (let i = 0; i < 16; i++) {
    await db.volumeSnapshot.create({
      data: {
        clusterId,
        uid: randomUUID(),
        namespace: "ml",
        name: `busy-${i}`,
        sourcePvcName: "busy",
        creationTime: daysAgo(16 - i),
        restoreSizeBytes: 500n * GIB,
        ...life(daysAgo(16 - i)),
      },
    });
  }
  return { org, eks };
}

describe("listWasteFindings", () => {
  it("finds every rule's story in a seeded inventory, priced, with owners and commands", async () => {
    await seed();
    const list = await listWasteFindings(db, { ctx, input: { now } });
    const byRule = Object.fromEntries(list.findings.map(({ finding }) => [finding.rule, finding]));
    expect(list.findings.map(({ finding }) => [finding.rule, finding.name])).toEqual([
      ["released-volume", "pv-released"],
      ["available-volume", "pv-spare"],
      ["unmounted-claim", "idle"],
      ["orphaned-snapshot", "old-data-final"],
      ["retained-content", "snapcontent-kept"],
      ["snapshot-retention", "busy"],
      ["oversized-volume", "busy"],
    ]);
    expect(byRule["released-volume"]).toMatchObject({
      owner: { allocation: "unallocated", namespace: "ml", team: "Vision" },
      ageDays: 40,
    });
    expect(byRule["released-volume"]?.cost.monthlyCost?.toFixed()).toBe("40");
    expect(byRule["released-volume"]?.fix.command).toContain(
      "aws ec2 delete-volume --volume-id vol-0released",
    );
    expect(byRule["unmounted-claim"]?.evidence[0]?.value).toMatch(/^pod trainer-old, until/);
    // Stored sizes, not restore sizes: 10 GiB and 20 GiB of EBS snapshots at $0.05.
    expect(byRule["orphaned-snapshot"]?.cost.monthlyCost?.toFixed()).toBe("0.5");
    expect(byRule["retained-content"]?.cost.monthlyCost?.toFixed()).toBe("1");
    expect(byRule["oversized-volume"]?.evidence[0]?.value).toBe("50.0 GiB of 500.0 GiB (10.0 %)");
  });

  it("hides dismissed findings unless asked, and reads thresholds from the settings", async () => {
    const { org, eks } = await seed();
    const released = (await listWasteFindings(db, { ctx, input: { now, rule: "released-volume" } }))
      .findings[0]?.finding;
    await db.dismissal.create({
      data: {
        orgId: org.id,
        subjectKind: "waste",
        rule: "released-volume",
        subjectKey: `${eks.id}/PersistentVolume/${released?.uid}`,
        reason: "kept for the audit",
        dismissedBy: "test",
        dismissedAt: now,
      },
    });
    await db.setting.create({ data: { key: WASTE_THRESHOLDS_KEY, value: { availableDays: 2 } } });
    const hidden = await listWasteFindings(db, { ctx, input: { now } });
    expect(hidden.dismissedCount).toBe(1);
    expect(hidden.findings.some((f) => f.finding.rule === "released-volume")).toBe(false);
    expect(hidden.findings.filter((f) => f.finding.rule === "available-volume")).toHaveLength(2);
    const shown = await listWasteFindings(db, { ctx, input: { now, includeDismissed: true } });
    expect(shown.findings.find((f) => f.finding.rule === "released-volume")?.dismissed).toBe(true);
  });

  it("refuses a cluster filter it does not know as invalid input naming the field", async () => {
    const refused = listWasteFindings(db, { ctx, input: { now, clusterName: "nowhere" } });
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toThrow(/^cluster: .*nowhere/);
  });
});

describe("getWastePage", () => {
  it("pages the findings and keeps the totals by rule whole under a rule filter", async () => {
    await seed();
    const first = await getWastePage(db, { ctx, input: { now, page: 1, pageSize: 4 } });
    expect([first.totalItems, first.items.length, first.clusters]).toEqual([7, 4, ["eks"]]);
    const second = await getWastePage(db, { ctx, input: { now, page: 2, pageSize: 4 } });
    expect(second.items.map((f) => f.rule)).toEqual([
      "retained-content",
      "snapshot-retention",
      "oversized-volume",
    ]);
    const filtered = await getWastePage(db, {
      ctx,
      input: { now, page: 1, rule: "oversized-volume", pageSize: 4 },
    });
    expect(filtered.totalItems).toBe(1);
    expect(filtered.totals).toEqual(first.totals);
    expect(first.totals.find((t) => t.rule === "released-volume")).toMatchObject({
      count: 1,
      monthlyCost: "40",
    });
    expect(first.items[0]?.cost).toMatchObject({ status: "priced", monthlyCost: "40", currency: "USD" });
  });
});
