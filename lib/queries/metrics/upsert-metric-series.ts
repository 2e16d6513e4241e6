import { randomUUID } from "node:crypto";
import type { Prisma } from "../../db/generated/client";
import type { MetricName } from "../../db/generated/enums";
import type { SeriesIdentity } from "../../ingest/metrics/normalize-series-labels";

export interface SeriesRef {
  id: string;
  metric: MetricName;
  /** True when this call created the series. */
  created: boolean;
}

interface SeriesRow {
  id: string;
  metric: MetricName;
  series_key: string;
  created: boolean;
}

export const seriesMapKey = (metric: string, seriesKey: string) => `${metric}\u0000${seriesKey}`;

/**
 * Finds or creates a batch of series in one statement (unnest arrays, ON CONFLICT on the
 * (cluster, metric, series_key) key), keyed by seriesMapKey. A series another transaction created
 * concurrently is not visible to that statement's snapshot; a second read finds it.
 */
export async function upsertMetricSeries(
  tx: Prisma.TransactionClient,
  clusterId: string,
  series: SeriesIdentity[],
): Promise<Map<string, SeriesRef>> {
  const column = <T>(pick: (s: SeriesIdentity) => T) => series.map(pick);
  const rows = await tx.$queryRaw<SeriesRow[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${column(() => randomUUID())}::uuid[], ${column((s) => s.metric)}::"MetricName"[],
        ${column((s) => s.sourceMetric)}::text[], ${column((s) => s.seriesKey)}::text[],
        ${column((s) => s.namespace)}::text[], ${column((s) => s.pod)}::text[],
        ${column((s) => s.persistentVolumeClaim)}::text[], ${column((s) => s.node)}::text[],
        ${column((s) => s.gpu)}::text[], ${column((s) => JSON.stringify(s.labels))}::jsonb[]
      ) AS t(id, metric, source_metric, series_key, namespace, pod, persistent_volume_claim, node, gpu, labels)
    ), inserted AS (
      INSERT INTO metric_series
        (id, cluster_id, metric, source_metric, series_key, namespace, pod, persistent_volume_claim, node, gpu, labels)
      SELECT id, ${clusterId}::uuid, metric, source_metric, series_key, namespace, pod, persistent_volume_claim, node, gpu, labels
        FROM input
      ON CONFLICT (cluster_id, metric, series_key) DO NOTHING
      RETURNING id, metric, series_key
    )
    SELECT id, metric, series_key, true AS created FROM inserted
    UNION ALL
    SELECT s.id, s.metric, s.series_key, false AS created
      FROM metric_series s JOIN input i ON s.metric = i.metric AND s.series_key = i.series_key
     WHERE s.cluster_id = ${clusterId}::uuid`;
  const found = new Map<string, SeriesRef>();
  for (const row of rows) {
    found.set(seriesMapKey(row.metric, row.series_key), {
      id: row.id,
      metric: row.metric,
      created: row.created,
    });
  }
  const missing = series.filter((s) => !found.has(seriesMapKey(s.metric, s.seriesKey)));
  if (missing.length > 0) {
    const late = await tx.$queryRaw<SeriesRow[]>`
      SELECT s.id, s.metric, s.series_key, false AS created
        FROM metric_series s
        JOIN unnest(${missing.map((s) => s.metric)}::"MetricName"[], ${missing.map((s) => s.seriesKey)}::text[])
             AS i(metric, series_key) ON s.metric = i.metric AND s.series_key = i.series_key
       WHERE s.cluster_id = ${clusterId}::uuid`;
    for (const row of late) {
      found.set(seriesMapKey(row.metric, row.series_key), { id: row.id, metric: row.metric, created: false });
    }
  }
  return found;
}
