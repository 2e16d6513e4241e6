import type { Sample } from "../../costing/gpu/integrate-utilisation";
import type { Db } from "../../db/prisma";

/** One GPU utilisation or I/O pressure series of a pod, with its samples in time order. */
export interface GpuPodSeries {
  metric: "gpu_utilization_ratio" | "io_pressure_ratio";
  sourceMetric: string;
  samples: Sample[];
}

interface SeriesSampleRow {
  series_id: string;
  namespace: string;
  pod: string;
  metric: GpuPodSeries["metric"];
  source_metric: string;
  at_ms: number | null;
  value: number | null;
}

/** The key `seriesByPod` files a pod's series under. */
export const podSeriesKey = (namespace: string, pod: string) => `${namespace}/${pod}`;

/**
 * The utilisation and I/O pressure series of these pods (namespace and name) in one cluster, with
 * their samples in [from, to), by podSeriesKey. The pods travel as two array parameters and series
 * and samples come back in one query, so 100,000 pods take as many bind parameters as one.
 */
export async function loadGpuPodSeries(
  db: Db,
  input: { clusterId: string; pods: { namespace: string; name: string }[]; from: Date; to: Date },
): Promise<Map<string, GpuPodSeries[]>> {
  const seriesByPod = new Map<string, GpuPodSeries[]>();
  if (input.pods.length === 0) return seriesByPod;
  const rows = await db.$queryRaw<SeriesSampleRow[]>`
    SELECT se.id::text AS series_id, se.namespace, se.pod, se.metric::text AS metric,
           se.source_metric, (extract(epoch FROM ms.at) * 1000)::float8 AS at_ms, ms.value
      FROM metric_series se
      LEFT JOIN metric_sample ms ON ms.cluster_id = se.cluster_id AND ms.series_id = se.id
                                AND ms.at >= ${input.from} AND ms.at < ${input.to}
     WHERE se.cluster_id = ${input.clusterId}::uuid
       AND se.metric IN ('gpu_utilization_ratio', 'io_pressure_ratio')
       AND (se.namespace, se.pod) IN (
             SELECT * FROM unnest(${input.pods.map((p) => p.namespace)}::text[],
                                  ${input.pods.map((p) => p.name)}::text[]))
     ORDER BY se.id, ms.at`;
  const byId = new Map<string, GpuPodSeries>();
  for (const row of rows) {
    let series = byId.get(row.series_id);
    if (!series) {
      series = { metric: row.metric, sourceMetric: row.source_metric, samples: [] };
      byId.set(row.series_id, series);
      const key = podSeriesKey(row.namespace, row.pod);
      seriesByPod.set(key, [...(seriesByPod.get(key) ?? []), series]);
    }
    if (row.at_ms !== null) series.samples.push({ atMs: Number(row.at_ms), value: Number(row.value) });
  }
  return seriesByPod;
}
