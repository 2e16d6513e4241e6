import type { Db } from "../../db/prisma";

export interface OperationalCounts {
  /** Observations (imports) by cluster, source and status. */
  imports: { cluster: string; source: string; status: string; count: number }[];
  /** When each cluster's latest completed import finished. */
  lastSuccessfulImport: { cluster: string; finishedAt: Date }[];
  /** Stored metrics pushes by cluster, and when the latest arrived. */
  metricPushes: { cluster: string; count: number; lastReceivedAt: Date }[];
  /** Jobs waiting or running in the job queue (pg-boss), by queue and state. */
  jobs: { queue: string; state: string; count: number }[];
  /** Digest sends by status. */
  digestSends: { status: string; count: number }[];
  /** Alert deliveries by channel kind and status. */
  alertDeliveries: { channel: string; status: string; count: number }[];
}

/**
 * The counts /metrics reports, read from the database at scrape time: imports made by any process
 * (CLI, collectors, jobs) and every replica's jobs count, not only this process's.
 */
export async function readOperationalCounts(db: Db): Promise<OperationalCounts> {
  const imports = await db.$queryRaw<{ cluster: string; source: string; status: string; count: bigint }[]>`
    SELECT c.name AS cluster, o.source::text AS source, o.status::text AS status, count(*) AS count
    FROM observation o JOIN cluster c ON c.id = o.cluster_id
    GROUP BY c.name, o.source, o.status`;
  const lastSuccessfulImport = await db.$queryRaw<{ cluster: string; finishedAt: Date }[]>`
    SELECT c.name AS cluster, max(o.finished_at) AS "finishedAt"
    FROM observation o JOIN cluster c ON c.id = o.cluster_id
    WHERE o.status = 'completed' AND o.finished_at IS NOT NULL
    GROUP BY c.name`;
  const metricPushes = await db.$queryRaw<{ cluster: string; count: bigint; lastReceivedAt: Date }[]>`
    SELECT c.name AS cluster, count(*) AS count, max(p.received_at) AS "lastReceivedAt"
    FROM metric_push p JOIN cluster c ON c.id = p.cluster_id
    GROUP BY c.name`;
  const [queue] = await db.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  const jobs = queue?.present
    ? await db.$queryRaw<{ queue: string; state: string; count: bigint }[]>`
        SELECT name AS queue, state::text AS state, count(*) AS count FROM pgboss.job
        WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`
    : [];
  const digestSends = await db.$queryRaw<{ status: string; count: bigint }[]>`
    SELECT status::text AS status, count(*) AS count FROM digest_send GROUP BY status`;
  const alertDeliveries = await db.$queryRaw<{ channel: string; status: string; count: bigint }[]>`
    SELECT c.kind::text AS channel, d.status::text AS status, count(*) AS count
    FROM alert_delivery d JOIN alert_channel c ON c.id = d.channel_id GROUP BY c.kind, d.status`;
  return {
    imports: imports.map((row) => ({ ...row, count: Number(row.count) })),
    lastSuccessfulImport,
    metricPushes: metricPushes.map((row) => ({ ...row, count: Number(row.count) })),
    jobs: jobs.map((row) => ({ ...row, count: Number(row.count) })),
    digestSends: digestSends.map((row) => ({ ...row, count: Number(row.count) })),
    alertDeliveries: alertDeliveries.map((row) => ({ ...row, count: Number(row.count) })),
  };
}
