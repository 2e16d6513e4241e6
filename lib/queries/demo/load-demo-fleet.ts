import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { DemoFleet } from "../../demo/generate-demo-fleet";
import { storeDataAccessReadings } from "../data-access/store-data-access-readings";
import { insertMetricSamples, type SampleRow } from "../metrics/insert-metric-samples";

export const DEMO_MARKER_KEY = "demo.fleet";

/** Rows per INSERT: large enough to be fast, small enough to stay far from PostgreSQL's 65,535 bind-parameter limit. */
const BATCH_ROWS = 1000;

/** Metric samples per statement: three arrays each, so no bind-parameter limit applies. */
const SAMPLE_BATCH_ROWS = 10_000;

export type LoadDemoResult = { loaded: false } | { loaded: true; rows: number };

type Progress = (table: string, done: number, total: number) => void;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Loads the demo fleet in one transaction, unless it was loaded before. The marker row is written
 * first, so a second loader running at the same time waits on it and then finds the fleet there:
 * the demo is never loaded twice, and a load that dies half-way leaves nothing behind.
 */
export async function loadDemoFleet(
  db: Db,
  fleet: DemoFleet,
  onProgress: Progress = () => {},
): Promise<LoadDemoResult> {
  const existing = await db.setting.findUnique({ where: { key: DEMO_MARKER_KEY } });
  if (existing) return { loaded: false };
  try {
    const rows = await db.$transaction(
      async (tx) => {
        await tx.setting.create({
          data: { key: DEMO_MARKER_KEY, value: { organization: fleet.organization.slug } },
        });
        let rows = 0;
        const insert = async <Row>(
          table: string,
          data: Row[],
          createMany: (args: { data: Row[] }) => Promise<{ count: number }>,
        ) => {
          for (let start = 0; start < data.length; start += BATCH_ROWS) {
            const batch = data.slice(start, start + BATCH_ROWS);
            rows += (await createMany({ data: batch })).count;
            onProgress(table, Math.min(start + BATCH_ROWS, data.length), data.length);
          }
        };
        // Parents before children, so every foreign key finds its row.
        await insert("organization", [fleet.organization], (a) => tx.organization.createMany(a));
        await insert("teams", fleet.teams, (a) => tx.team.createMany(a));
        await insert("clusters", fleet.clusters, (a) => tx.cluster.createMany(a));
        await insert("observations", fleet.observations, (a) => tx.observation.createMany(a));
        await insert("observation kinds", fleet.observationKinds, (a) => tx.observationKind.createMany(a));
        await insert("namespaces", fleet.namespaces, (a) => tx.namespace.createMany(a));
        await insert("storage classes", fleet.storageClasses, (a) => tx.storageClass.createMany(a));
        await insert("volume attributes classes", fleet.volumeAttributesClasses, (a) =>
          tx.volumeAttributesClass.createMany(a),
        );
        await insert("persistent volumes", fleet.persistentVolumes, (a) => tx.persistentVolume.createMany(a));
        await insert("volume revisions", fleet.persistentVolumeRevisions, (a) =>
          tx.persistentVolumeRevision.createMany(a),
        );
        await insert("volume claims", fleet.persistentVolumeClaims, (a) =>
          tx.persistentVolumeClaim.createMany(a),
        );
        await insert("snapshot classes", fleet.volumeSnapshotClasses, (a) =>
          tx.volumeSnapshotClass.createMany(a),
        );
        await insert("snapshots", fleet.volumeSnapshots, (a) => tx.volumeSnapshot.createMany(a));
        await insert("snapshot contents", fleet.volumeSnapshotContents, (a) =>
          tx.volumeSnapshotContent.createMany(a),
        );
        await insert("nodes", fleet.nodes, (a) => tx.node.createMany(a));
        await insert("pods", fleet.pods, (a) => tx.pod.createMany(a));
        await insert("pod volumes", fleet.podVolumes, (a) => tx.podVolume.createMany(a));
        await insert("metric series", fleet.metricSeries, (a) => tx.metricSeries.createMany(a));
        // The demo's largest table goes in through the insert `import metrics` uses (unnest arrays).
        for (let start = 0; start < fleet.metricSamples.length; start += SAMPLE_BATCH_ROWS) {
          const batch = fleet.metricSamples.slice(start, start + SAMPLE_BATCH_ROWS);
          for (const [clusterId, samples] of samplesByCluster(batch)) {
            const inserted = await insertMetricSamples(tx, clusterId, samples);
            for (const count of inserted.values()) rows += count;
          }
          const done = Math.min(start + SAMPLE_BATCH_ROWS, fleet.metricSamples.length);
          onProgress("metric samples", done, fleet.metricSamples.length);
        }
        // Through the store `tierscope import data-access` writes with: the next cost run prices them.
        for (const [index, { clusterId, readings }] of fleet.dataAccess.entries()) {
          rows += (await storeDataAccessReadings(tx, { clusterId, readings })).written;
          onProgress("data-access readings", index + 1, fleet.dataAccess.length);
        }
        return rows;
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
    return { loaded: true, rows };
  } catch (error) {
    // Another loader committed the fleet first: our marker insert collided with its marker.
    // Any other failure rolled the whole load back and is reported.
    const loadedElsewhere =
      isUniqueViolation(error) && (await db.setting.findUnique({ where: { key: DEMO_MARKER_KEY } }));
    if (loadedElsewhere) return { loaded: false };
    throw error;
  }
}

function samplesByCluster(samples: DemoFleet["metricSamples"]): Map<string, SampleRow[]> {
  const byCluster = new Map<string, SampleRow[]>();
  for (const sample of samples) {
    const rows = byCluster.get(sample.clusterId) ?? [];
    rows.push({ seriesId: sample.seriesId, atMs: new Date(sample.at).getTime(), value: sample.value });
    byCluster.set(sample.clusterId, rows);
  }
  return byCluster;
}
