import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { parseCloudWatchMetricData } from "../../ingest/data-access/parse-cloudwatch-metric-data";
import { readMountstatsExposition } from "../../ingest/data-access/read-mountstats-exposition";
import { storeDataAccessReadings } from "../../queries/data-access/store-data-access-readings";
import { createPriceEntry } from "../../testing/cost-factories";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();
const DAY = "2026-11-10";
const now = new Date("2026-11-12T00:00:00Z");
const at = (hour: number) => new Date(Date.parse(`${DAY}T00:00:00Z`) + hour * 3_600_000);
const EFS_EXPORT = "fs-0a1b2c3d.efs.us-east-1.amazonaws.com:/";
const ONE_ZONE_EXPORT = "fs-0ffe0ffe.efs.us-east-1.amazonaws.com:/";

async function node(clusterId: string, name: string, zone: string) {
  const createdAt = new Date("2026-11-01T00:00:00Z");
  await db.node.create({
    data: { clusterId, uid: randomUUID(), name, zone, createdAt, firstSeenAt: createdAt, lastSeenAt: now },
  });
}

async function pod(
  clusterId: string,
  data: { namespace: string; name: string; node: string; from: number; to: number; claims: string[] },
) {
  const uid = randomUUID();
  await db.pod.create({
    data: {
      clusterId,
      uid,
      namespace: data.namespace,
      name: `${data.name}-0`,
      nodeName: data.node,
      phase: "Succeeded",
      workloadKind: "Job",
      workloadName: data.name,
      startedAt: at(data.from),
      finishedAt: at(data.to),
      createdAt: at(data.from),
      firstSeenAt: at(data.from),
      lastSeenAt: at(data.to),
      volumes: {
        create: data.claims.map((claim) => ({
          volumeName: claim,
          type: "persistentVolumeClaim" as const,
          claimName: claim,
        })),
      },
    },
  });
}

/** A node_exporter scrape of one node: its NFS read counter for an export at each hour given. */
function scrape(exportName: string, readings: [number, bigint][]): string {
  return readings
    .map(
      ([hour, gib]) =>
        `node_mountstats_nfs_total_read_bytes_total{export="${exportName}",mountaddr="10.0.1.9",protocol="tcp"} ${gib * GIB} ${at(hour).getTime()}`,
    )
    .join("\n");
}

function cloudWatch(results: { label: string; values: [number, number][] }[]): string {
  return JSON.stringify({
    MetricDataResults: results.map((r, i) => ({
      Id: `m${i}`,
      Label: r.label,
      Timestamps: r.values.map(([hour]) => at(hour).toISOString()),
      Values: r.values.map(([, value]) => value),
      StatusCode: "Complete",
    })),
    Messages: [],
  });
}

async function volume(
  clusterId: string,
  data: {
    name: string;
    namespace: string;
    driver: string;
    handle: string;
    attributes?: object;
    zone?: string;
  },
) {
  await createPersistentVolume(db, clusterId, {
    name: data.name,
    capacityBytes: 100n * GIB,
    createdAt: new Date("2026-11-01T00:00:00Z"),
    accessModes: ["ReadWriteMany"],
    csiDriver: data.driver,
    volumeHandle: data.handle,
    volumeAttributes: data.attributes ?? {},
    zone: data.zone ?? null,
    claimNamespace: data.namespace,
    claimName: data.name.split("--")[0],
  });
}

/**
 * Two training namespaces read one EFS Elastic dataset (each through its own access point), one of
 * them also reads a One Zone file system from another zone, and both read a bucket through
 * Mountpoint for S3.
 */
async function seed(): Promise<{ clusterId: string; readings: ReturnType<typeof readMountstatsExposition> }> {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "train", provider: "aws", region: "us-east-1" });
  const clusterId = cluster.id;
  for (const [component, unit, unitPrice, product] of [
    ["data_read", "GiB", "0.03", "efs-elastic-throughput"],
    ["data_write", "GiB", "0.06", "efs-elastic-throughput"],
    ["requests_get", "request", "0.0000004", "s3-standard"],
    ["requests_list", "request", "0.000005", "s3-standard"],
    ["transfer_cross_az", "GiB", "0.02", "aws-inter-az-transfer"],
  ] as const) {
    await createPriceEntry(db, { product, component, unit, unitPrice, grade: "C" });
  }
  await node(clusterId, "node-a", "us-east-1a");
  await node(clusterId, "node-b", "us-east-1b");
  const efs = "efs.csi.aws.com";
  await volume(clusterId, {
    name: "datasets--a",
    namespace: "team-a",
    driver: efs,
    handle: "fs-0a1b2c3d::fsap-0aaa",
  });
  await volume(clusterId, {
    name: "datasets--b",
    namespace: "team-b",
    driver: efs,
    handle: "fs-0a1b2c3d::fsap-0bbb",
  });
  await volume(clusterId, {
    name: "scratch",
    namespace: "team-b",
    driver: efs,
    handle: "fs-0ffe0ffe",
    zone: "us-east-1a",
  });
  for (const namespace of ["team-a", "team-b"]) {
    await volume(clusterId, {
      name: `bucket--${namespace}`,
      namespace,
      driver: "s3.csi.aws.com",
      handle: "s3-csi-driver-volume",
      attributes: { bucketName: "tierscope-datasets" },
    });
  }
  await pod(clusterId, {
    namespace: "team-a",
    name: "train-a",
    node: "node-a",
    from: 0,
    to: 24,
    claims: ["datasets", "bucket"],
  });
  await pod(clusterId, {
    namespace: "team-b",
    name: "train-b",
    node: "node-b",
    from: 0,
    to: 24,
    claims: ["datasets", "scratch"],
  });
  await pod(clusterId, {
    namespace: "team-b",
    name: "loader-b",
    node: "node-b",
    from: 12,
    to: 24,
    claims: ["bucket"],
  });
  const readings = [
    // node-a read 100 GiB of the dataset.
    ...readMountstatsExposition(
      scrape(EFS_EXPORT, [
        [0, 0n],
        [12, 60n],
        [24, 100n],
      ]),
      { source: "a.prom", node: "node-a" },
    ),
    // node-b's counter reset at noon (the node restarted): 20 + 5 + 20 = 45 GiB; and 8 GiB of the One Zone scratch.
    ...readMountstatsExposition(
      `${scrape(EFS_EXPORT, [
        [0, 10n],
        [6, 30n],
        [12, 5n],
        [24, 25n],
      ])}\n${scrape(ONE_ZONE_EXPORT, [
        [0, 2n],
        [24, 10n],
      ])}`,
      { source: "b.prom", node: "node-b" },
    ),
    // EFS billed 90 + 60 GiB read from the dataset's file system.
    ...parseCloudWatchMetricData(
      cloudWatch([
        {
          label: "fs-0a1b2c3d DataReadIOBytes",
          values: [
            [0, 90 * 2 ** 30],
            [12, 60 * 2 ** 30],
          ],
        },
      ]),
      { source: "efs.json", periodSeconds: 43_200 },
    ),
    ...parseCloudWatchMetricData(
      cloudWatch([
        { label: "tierscope-datasets EntireBucket GetRequests", values: [[0, 2_500_000]] },
        { label: "tierscope-datasets EntireBucket ListRequests", values: [[0, 40_000]] },
      ]),
      { source: "s3.json", periodSeconds: 86_400 },
    ),
  ];
  return { clusterId, readings };
}

interface FactRow {
  component: string;
  namespace: string | null;
  status: string;
  quantity: string;
  cost: string | null;
}

async function dataAccessFacts(database: Db): Promise<FactRow[]> {
  return database.$queryRawUnsafe<FactRow[]>(
    `SELECT component::text, namespace, status::text, quantity::float8::text AS quantity, cost::float8::text AS cost
       FROM cost_fact_day WHERE category = 'data-access' AND day = $1::date ORDER BY component, namespace, status`,
    DAY,
  );
}

let seeded: Awaited<ReturnType<typeof seed>>;

beforeEach(async () => {
  seeded = await seed();
  await db.$transaction((tx) => storeDataAccessReadings(tx, seeded));
  await computeCostFacts(db, { from: DAY, to: DAY, now, clusterId: seeded.clusterId });
});

describe("data-access costs", () => {
  it("prices a day's reads, requests and inter-AZ transfer and splits them by who read, by hand", async () => {
    expect(await dataAccessFacts(db)).toEqual([
      // EFS Elastic, the billed 150 GiB × $0.03 = $4.50, split by the nodes' reads 100 : 45.
      {
        component: "data_read",
        namespace: "team-a",
        status: "priced",
        quantity: "103.448276",
        cost: "3.1034482759",
      },
      // The One Zone file system: no provider metric, 8 GiB counted by node-b × $0.03 (an estimate).
      { component: "data_read", namespace: "team-b", status: "estimated", quantity: "8", cost: "0.24" },
      {
        component: "data_read",
        namespace: "team-b",
        status: "priced",
        quantity: "46.551724",
        cost: "1.3965517241",
      },
      // GET 2,500,000 × $0.0000004 = $1.00, LIST 40,000 × $0.000005 = $0.20: train-a mounted the
      // bucket all day, loader-b from noon: 18 h : 6 h of pod-time.
      { component: "requests_get", namespace: "team-a", status: "priced", quantity: "1875000", cost: "0.75" },
      { component: "requests_get", namespace: "team-b", status: "priced", quantity: "625000", cost: "0.25" },
      { component: "requests_list", namespace: "team-a", status: "priced", quantity: "30000", cost: "0.15" },
      { component: "requests_list", namespace: "team-b", status: "priced", quantity: "10000", cost: "0.05" },
      // node-b (us-east-1b) read 8 GiB of a us-east-1a file system × $0.02.
      {
        component: "transfer_cross_az",
        namespace: "team-b",
        status: "estimated",
        quantity: "8",
        cost: "0.16",
      },
    ]);
  });

  it("the readers' parts add up to each volume's cost, and each namespace's workloads to its part", async () => {
    const [byVolume] = await db.$queryRawUnsafe<{ off: string }[]>(
      `SELECT coalesce(max(abs(total - volume_cost)), 0)::text AS off FROM (
         SELECT split_part(resource_uid, '/', 1), component, sum(cost) AS total,
                max((detail->>'volumeCost')::numeric) AS volume_cost
           FROM cost_fact_day WHERE category = 'data-access' GROUP BY 1, 2) v`,
    );
    expect(Number(byVolume?.off)).toBe(0);
    const [byWorkload] = await db.$queryRawUnsafe<{ off: string }[]>(
      `SELECT coalesce(max(abs(f.cost - (SELECT sum(w.cost) FROM cost_fact_workload w
                         WHERE (w.cluster_id, w.first_day, w.resource_kind, w.resource_uid, w.component)
                             = (f.cluster_id, f.first_day, f.resource_kind, f.resource_uid, f.component)))), 0)::text AS off
         FROM cost_fact f WHERE f.category = 'data-access'`,
    );
    expect(Number(byWorkload?.off)).toBe(0);
    const [dataset] = await db.$queryRawUnsafe<{ total: string }[]>(
      `SELECT sum(cost)::text AS total FROM cost_fact_day WHERE category = 'data-access' AND component = 'data_read'
          AND detail->>'volumeName' = 'datasets--a'`,
    );
    expect(dataset?.total).toBe("4.5000000000");
  });

  it("shows the costs in the namespace rollups, keeps the method and source, and the same import twice changes nothing", async () => {
    const rollup = await db.$queryRawUnsafe<{ namespace: string; cost: string }[]>(
      `SELECT namespace, sum(cost)::text AS cost FROM cost_rollup_day
        WHERE category = 'data-access' AND day = $1::date GROUP BY namespace ORDER BY namespace`,
      DAY,
    );
    expect(rollup).toEqual([
      { namespace: "team-a", cost: "4.0034482759" },
      { namespace: "team-b", cost: "2.0965517241" },
    ]);
    const fact = await db.costFact.findFirstOrThrow({
      where: { category: "data-access", component: "requests_get", namespace: "team-b" },
    });
    expect(fact.detail).toMatchObject({
      allocationMethod: "pod-time-share",
      quantitySource: "provider metric",
    });
    expect(fact.priceEntryId).not.toBeNull();

    const before = await dataAccessFacts(db);
    const again = await db.$transaction((tx) => storeDataAccessReadings(tx, seeded));
    expect(again.written).toBe(0);
    await computeCostFacts(db, { from: DAY, to: DAY, now, clusterId: seeded.clusterId });
    expect(await dataAccessFacts(db)).toEqual(before);
  });
});
