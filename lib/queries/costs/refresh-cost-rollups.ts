import type { Db } from "../../db/prisma";
import { refreshMonthRollups } from "./refresh-month-rollups";

type Tx = Pick<Db, "$executeRawUnsafe">;

/**
 * The rollup rows of a set of facts: one per showback dimension. A resource-day's components share
 * its dimensions (they are priced from the same segment of the same volume or snapshot), so counting
 * distinct resources per row keeps `resource_days` additive across rows and days.
 */
const ROLLUP_SELECT = `
  SELECT cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace,
         storage_class_name, category,
         sum(cost),
         sum(cost) FILTER (WHERE status = 'estimated'),
         count(DISTINCT resource_uid),
         count(DISTINCT resource_uid) FILTER (WHERE status = 'unpriced'),
         count(DISTINCT resource_uid) FILTER (WHERE status = 'included'),
         count(*)
    FROM cost_fact_day`;

const ROLLUP_GROUP_BY = `
   GROUP BY cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace,
            storage_class_name, category`;

const ROLLUP_COLUMNS = `(cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace,
   storage_class_name, category, cost, estimated_cost, resource_days, unpriced_resource_days,
   included_resource_days, fact_count)`;

/**
 * Rebuilds the daily rollups of a cluster for the days [from, to] (ISO days, inclusive) from its
 * cost facts, then the month rollups of the months those days are in. Call it in the transaction
 * that wrote those days' facts.
 */
export async function refreshCostRollups(
  tx: Tx,
  input: { clusterId: string; from: string; to: string },
): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM cost_rollup_day WHERE cluster_id = $1::uuid AND day BETWEEN $2::date AND $3::date`,
    input.clusterId,
    input.from,
    input.to,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO cost_rollup_day ${ROLLUP_COLUMNS}
     ${ROLLUP_SELECT}
      WHERE cluster_id = $1::uuid AND first_day BETWEEN $4::date AND $3::date AND last_day >= $2::date
        AND day BETWEEN $2::date AND $3::date
     ${ROLLUP_GROUP_BY}`,
    input.clusterId,
    input.from,
    input.to,
    // Fact runs stay within a month: none that reaches the window starts before its first month.
    `${input.from.slice(0, 7)}-01`,
  );
  await refreshMonthRollups(tx, input);
}
