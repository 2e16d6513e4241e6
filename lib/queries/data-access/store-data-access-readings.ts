import type { Db } from "../../db/prisma";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";

const BATCH = 2000;

export interface StoredReadings {
  read: number;
  /** New, or a period whose value the provider has revised since. */
  written: number;
  /** The earliest reading written: costs from that day on are stale. */
  earliest: Date | null;
}

/**
 * Stores readings in one statement per batch: a reading already stored with the same value is left
 * as it is (the same file twice writes nothing); one stored with another value (CloudWatch revises
 * a period still being aggregated) takes the new value.
 */
export async function storeDataAccessReadings(
  tx: Pick<Db, "$queryRawUnsafe">,
  input: { clusterId: string; readings: readonly DataAccessReading[] },
): Promise<StoredReadings> {
  let written = 0;
  let earliest: Date | null = null;
  for (let i = 0; i < input.readings.length; i += BATCH) {
    const batch = input.readings.slice(i, i + BATCH);
    const rows = await tx.$queryRawUnsafe<{ at: Date }[]>(
      `INSERT INTO data_access_reading (cluster_id, source, target, node, metric, at, value, period_seconds, partial)
       SELECT $1::uuid, r.source::"DataAccessSource", r.target, r.node, r.metric::"DataAccessMetric", r.at, r.value,
              r.period_seconds, r.partial
         FROM json_to_recordset($2::json)
           AS r(source text, target text, node text, metric text, at timestamptz, value numeric, period_seconds int, partial boolean)
       ON CONFLICT (cluster_id, source, target, node, metric, at) DO UPDATE
         SET value = EXCLUDED.value, period_seconds = EXCLUDED.period_seconds, partial = EXCLUDED.partial
         WHERE (data_access_reading.value, data_access_reading.period_seconds, data_access_reading.partial)
               IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.period_seconds, EXCLUDED.partial)
       RETURNING at`,
      input.clusterId,
      JSON.stringify(
        batch.map((r) => ({
          source: r.source,
          target: r.target,
          node: r.node,
          metric: r.metric,
          at: r.at.toISOString(),
          value: r.value,
          period_seconds: r.periodSeconds,
          partial: r.partial,
        })),
      ),
    );
    written += rows.length;
    for (const { at } of rows) if (!earliest || at < earliest) earliest = at;
  }
  return { read: input.readings.length, written, earliest };
}
