import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createCluster, createOrganization, createStorageClass, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { ClusterNotFoundError } from "../clusters/get-cluster-by-name-or-throw";
import { createPriceOverride } from "../pricing/create-price-override";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";
import { readGpuIdleReport } from "./get-gpu-idle-report";
import { GpuWorkloadNotFoundError, readGpuWorkloadOrThrow } from "./get-gpu-workload-or-throw";

const { db } = setUpTestDatabase();
// After the bundled catalog's dates, so every list price is in force.
const T0 = new Date(Date.UTC(2026, 10, 21));
const MIN = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);
const now = new Date(Date.UTC(2026, 10, 22));
const window = { from: "2026-11-21", to: "2026-11-21" };
const life = (createdAt: Date, deletedAt?: Date) => ({
  createdAt,
  firstSeenAt: createdAt,
  lastSeenAt: deletedAt ?? createdAt,
  ...(deletedAt ? { deletedAt } : {}),
});

async function series(
  clusterId: string,
  pod: string,
  metric: "gpu_utilization_ratio" | "io_pressure_ratio",
  source: string,
  samples: [number, number][],
) {
  const row = await db.metricSeries.create({
    data: {
      clusterId,
      metric,
      sourceMetric: source,
      seriesKey: `{pod="${pod}",s="${source}"}`,
      namespace: "ml",
      pod,
    },
  });
  await db.metricSample.createMany({
    data: samples.map(([minute, value]) => ({ clusterId, seriesId: row.id, at: at(minute), value })),
  });
}

async function seed() {
  await loadBundledCatalog(db, { now });
  const org = await createOrganization(db);
  const team = await db.team.create({ data: { orgId: org.id, slug: "research", name: "Research" } });
  const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws", region: "us-east-1" });
  await db.namespace.create({
    data: { clusterId: cluster.id, name: "ml", teamId: team.id, firstSeenAt: T0, lastSeenAt: T0 },
  });
  await createStorageClass(db, cluster.id, { name: "efs-sc", provisioner: "efs.csi.aws.com" });
  await db.persistentVolumeClaim.create({
    data: {
      clusterId: cluster.id,
      uid: randomUUID(),
      namespace: "ml",
      name: "dataset",
      storageClassName: "efs-sc",
      requestedBytes: 1024n * GIB,
      capacityBytes: 1024n * GIB,
      accessModes: ["ReadWriteMany"],
      phase: "Bound",
      volumeName: "pv-dataset",
      ...life(at(-600)),
    },
  });
  await db.persistentVolume.create({
    data: {
      clusterId: cluster.id,
      uid: randomUUID(),
      name: "pv-dataset",
      storageClassName: "efs-sc",
      capacityBytes: 1024n * GIB,
      accessModes: ["ReadWriteMany"],
      reclaimPolicy: "Delete",
      phase: "Bound",
      csiDriver: "efs.csi.aws.com",
      claimNamespace: "ml",
      claimName: "dataset",
      ...life(at(-600)),
    },
  });
  for (const [name, instanceType, gpuCount, nodePool] of [
    ["gpu-1", "p5.48xlarge", 8, "gpu-h100"],
    ["mig-1", "g6.xlarge", 1, "inference"],
  ] as const) {
    await db.node.create({
      data: {
        clusterId: cluster.id,
        uid: randomUUID(),
        name,
        instanceType,
        gpuCount,
        nodePool,
        region: "us-east-1",
        ...life(at(-6000)),
      },
    });
  }
  const pod = (
    name: string,
    data: {
      workloadKind: string;
      workloadName: string;
      nodeName: string;
      gpuRequest: string;
      gpuResourceName: string;
    },
  ) =>
    db.pod.create({
      data: {
        clusterId: cluster.id,
        uid: randomUUID(),
        namespace: "ml",
        name,
        phase: "Succeeded",
        startedAt: T0,
        finishedAt: at(120),
        ...data,
        ...life(at(-1), at(130)),
      },
    });
  const train = await pod("train-0", {
    workloadKind: "PyTorchJob",
    workloadName: "train",
    nodeName: "gpu-1",
    gpuRequest: "8",
    gpuResourceName: "nvidia.com/gpu",
  });
  await db.podVolume.create({
    data: {
      clusterId: cluster.id,
      podUid: train.uid,
      volumeName: "dataset",
      type: "persistentVolumeClaim",
      claimName: "dataset",
      role: "dataset",
    },
  });
  await pod("eval-0", {
    workloadKind: "Job",
    workloadName: "eval",
    nodeName: "mig-1",
    gpuRequest: "0.5",
    gpuResourceName: "nvidia.com/mig-3g.40gb",
  });
  // Utilisation 25 % every 10 minutes, with a 40-minute gap (no samples at 60, 70, 80 min):
  // the sample at 50 holds to 70 (2 × the 10-minute median), so 70 → 90 is unmeasured.
  const minutes = [0, 10, 20, 30, 40, 50, 90, 100, 110];
  await series(
    cluster.id,
    "train-0",
    "gpu_utilization_ratio",
    "DCGM_FI_DEV_GPU_UTIL",
    minutes.map((m) => [m, 0.25]),
  );
  await series(
    cluster.id,
    "train-0",
    "io_pressure_ratio",
    "container_pressure_io_waiting_seconds_total",
    Array.from({ length: 12 }, (_, i) => [i * 10, 0.4]),
  );
  return cluster;
}

describe("the GPU-idle report", () => {
  let clusterId = "";
  beforeEach(async () => {
    clusterId = (await seed()).id;
  });

  it("integrates utilisation with its gap, prices idle GPU-hours at the node's GPU-hour price, and counts a MIG slice by its share", async () => {
    const report = await readGpuIdleReport(db, {
      now,
      window,
      by: "workload",
      page: 1,
      pageSize: 25,
      teamIds: null,
    });
    // train: 8 GPUs × 2 h = 16; measured 100 min: busy 8 × 25/60 = 3.3333, idle 8 × 75/60 = 10,
    // unmeasured 8 × 20/60 = 2.6667. eval: 0.5 GPU × 2 h = 1, no metrics: unmeasured.
    expect(report.totals).toMatchObject({
      podCount: 2,
      allocatedGpuHours: "17",
      idleGpuHours: "10",
      storageBoundIdleGpuHours: "10",
      ioWaitIdleGpuHours: "10",
      utilisation: 0.25,
      // p5.48xlarge $55.04 ÷ 8 = $6.88 a GPU-hour
      idleCost: "68.8",
      storageBoundIdleCost: "68.8",
      unpricedGpuHours: "0",
      currency: "USD",
    });
    expect(Number(report.totals.unmeasuredGpuHours).toFixed(4)).toBe("3.6667");
    // 16 × 6.88 + 1 × 0.8048 (g6.xlarge, 1 GPU)
    expect(report.totals.allocatedCost).toBe("110.8848");
    expect(report.groups.map((g) => [g.key, g.storageBound, g.team])).toEqual([
      ["prod/ml/PyTorchJob/train", true, "Research"],
      ["prod/ml/Job/eval", false, "Research"],
    ]);
    expect(report.window).toMatchObject({ startAt: "2026-11-21T00:00:00.000Z", hours: 24 });
  });

  it("gives the storage-bound workload the return on moving its slow dataset to a faster tier", async () => {
    const [roi, ...others] = (
      await readGpuIdleReport(db, { now, window, by: "namespace", page: 1, pageSize: 25, teamIds: null })
    ).storageBound;
    expect(others).toHaveLength(0);
    expect(roi).toMatchObject({ workloadName: "train", team: "Research", estimate: true });
    // recovered share (0.9 − 0.25) ÷ 0.75 = 13/15; $68.8 × 13/15 × 730/24 = $1,813.6444 a month
    expect(Number(roi?.monthlyGpuCostRecovered).toFixed(4)).toBe("1813.6444");
    expect(roi?.volumes).toHaveLength(1);
    const volume = roi?.volumes[0];
    expect(volume?.current).toMatchObject({ product: "efs-standard", status: "estimated" });
    expect(volume?.target).toMatchObject({
      product: "fsx-lustre-persistent-2-125",
      existingStorageClass: false,
    });
    expect(Number(volume?.monthlyDelta)).toBeCloseTo(
      Number(volume?.target.monthlyCost) - Number(volume?.current.monthlyCost),
      8,
    );
    expect(roi?.manifest).toContain("provisioner: fsx.csi.aws.com");
    // EFS bills stored bytes, unknown here: priced at the claim's size and labelled estimated
    expect(roi?.status).toBe("estimated");
    expect(Number(roi?.monthlyNet)).toBeCloseTo(
      Number(roi?.monthlyGpuCostRecovered) - Number(roi?.monthlyStorageDelta),
      8,
    );
  });

  it("groups by node pool and team, and the groups add up to the totals", async () => {
    for (const by of ["node-pool", "team"] as const) {
      const report = await readGpuIdleReport(db, { now, window, by, page: 1, pageSize: 25, teamIds: null });
      const sum = report.groups.reduce((s, g) => s + Number(g.figures.allocatedCost), 0);
      expect(sum.toFixed(4), by).toBe("110.8848");
    }
  });

  it("shows one workload's pods, its utilisation against I/O pressure over time, and its return", async () => {
    const detail = await readGpuWorkloadOrThrow(db, {
      teamIds: null,
      now,
      window,
      cluster: "prod",
      namespace: "ml",
      kind: "PyTorchJob",
      name: "train",
    });
    expect(
      detail.pods.map((p) => [p.podName, p.price.status === "priced" && p.price.pricePerGpuHour]),
    ).toEqual([["train-0", "6.88"]]);
    expect(detail.bucketMinutes).toBe(10);
    expect(detail.timeline).toHaveLength(12);
    expect(detail.timeline[6]).toEqual({
      at: "2026-11-21T01:00:00.000Z",
      utilisation: null,
      ioPressure: 0.4,
    });
    expect(detail.recommendation?.workloadName).toBe("train");
  });

  it("prices GPU-hours at a gpu_hour override for the instance type, over instance price ÷ GPU count", async () => {
    await createPriceOverride(db, {
      kind: "gpu_hour",
      instanceType: "p5.48xlarge",
      clusterName: "prod",
      unitPrice: "4.25",
      effectiveFrom: "2000-01-01",
      note: "reserved capacity",
    });
    const report = await readGpuIdleReport(db, {
      now,
      window,
      by: "node-pool",
      page: 1,
      pageSize: 25,
      teamIds: null,
    });
    // 10 idle GPU-hours × $4.25
    expect(report.groups.find((g) => g.name === "gpu-h100")?.figures.idleCost).toBe("42.5");
    const detail = await readGpuWorkloadOrThrow(db, {
      teamIds: null,
      now,
      window,
      cluster: "prod",
      namespace: "ml",
      kind: "PyTorchJob",
      name: "train",
    });
    expect(detail.pods[0]?.price).toMatchObject({
      status: "priced",
      pricePerGpuHour: "4.25",
      basis: "override: reserved capacity",
    });
  });

  it("counts a time-sliced GPU as its share of the card", async () => {
    await db.node.create({
      data: {
        clusterId,
        uid: randomUUID(),
        name: "shared-1",
        instanceType: "g6.xlarge",
        gpuCount: 1,
        nodePool: "notebooks",
        region: "us-east-1",
        labels: { "nvidia.com/gpu.replicas": "4", "nvidia.com/gpu.sharing-strategy": "time-slicing" },
        ...life(at(-6000)),
      },
    });
    await db.pod.create({
      data: {
        clusterId,
        uid: randomUUID(),
        namespace: "ml",
        name: "notebook-0",
        phase: "Running",
        startedAt: T0,
        nodeName: "shared-1",
        gpuRequest: "1",
        gpuResourceName: "nvidia.com/gpu.shared",
        ...life(at(-1)),
      },
    });
    const report = await readGpuIdleReport(db, {
      now,
      window,
      by: "node-pool",
      page: 1,
      pageSize: 25,
      teamIds: null,
    });
    // 1 of 4 replicas × the 24 hours of the window = 6 GPU-hours, at $0.8048 = $4.8288
    expect(report.groups.find((g) => g.name === "notebooks")?.figures).toMatchObject({
      allocatedGpuHours: "6",
      allocatedCost: "4.8288",
    });
  });

  it("refuses an unknown cluster and a workload with no GPU pods in the window", async () => {
    await expect(
      readGpuIdleReport(db, {
        now,
        window,
        by: "workload",
        cluster: "nowhere",
        page: 1,
        pageSize: 25,
        teamIds: null,
      }),
    ).rejects.toBeInstanceOf(ClusterNotFoundError);
    await expect(
      readGpuWorkloadOrThrow(db, {
        teamIds: null,
        now,
        window: { from: "2026-11-01", to: "2026-11-20" },
        cluster: "prod",
        namespace: "ml",
        kind: "PyTorchJob",
        name: "train",
      }),
    ).rejects.toBeInstanceOf(GpuWorkloadNotFoundError);
  });
});
