import type { Prisma } from "../../db/generated/client";

export interface SampleRow {
  seriesId: string;
  atMs: number;
  value: number;
}

/**
 * Inserts samples in one statement (three unnest arrays: no bind-parameter limit, one round trip),
 * storing each (cluster, series, at) once: a sample already there, from an earlier import or earlier
 * in this batch, is left alone. Returns how many were inserted per series.
 */
export async function insertMetricSamples(
  tx: Prisma.TransactionClient,
  clusterId: string,
  rows: SampleRow[],
): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const inserted = await tx.$queryRaw<{ series_id: string; n: number }[]>`
    WITH inserted AS (
      INSERT INTO metric_sample (cluster_id, series_id, at, value)
      SELECT ${clusterId}::uuid, t.series_id, t.at, t.value
        FROM unnest(
          ${rows.map((r) => r.seriesId)}::uuid[],
          ${rows.map((r) => new Date(r.atMs).toISOString())}::timestamptz[],
          ${rows.map((r) => r.value)}::float8[]
        ) AS t(series_id, at, value)
      ON CONFLICT (cluster_id, series_id, at) DO NOTHING
      RETURNING series_id
    )
    SELECT series_id, count(*)::int AS n FROM inserted GROUP BY series_id`;
  return new Map(inserted.map((row) => [row.series_id, row.n]));
}
