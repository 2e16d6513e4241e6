import type { OwnershipDay } from "../../costing/anomalies/detect-anomalies";
import type { CostWindow } from "../../costing/cost-window";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { dec } from "../../pricing/decimal";
import { type ComponentFilters, componentFilters } from "../forecasts/component-filters";
import { OWNERS } from "../showback/showback-sql";

/** Per cluster and day: volumes nobody claims (Released, Available, no claim) and the spend with no owning team. */
export async function listOwnershipDays(
  db: Db,
  params: ComponentFilters & { window: CostWindow },
): Promise<OwnershipDay[]> {
  const rows = await db.$queryRaw<
    { day: string; cluster: string; currency: string; volumes: bigint; no_owner: Prisma.Decimal }[]
  >`
    SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, c.name AS cluster, cf.currency,
           coalesce(sum(cf.resource_days) FILTER (WHERE cf.allocation = 'unallocated' AND cf.resource_kind = 'PersistentVolume'), 0) AS volumes,
           coalesce(sum(cf.cost) FILTER (WHERE cf.allocation = 'unallocated' OR t.id IS NULL), 0) AS no_owner
      FROM cost_rollup_day cf ${OWNERS}
     WHERE cf.day BETWEEN ${params.window.from}::date AND ${params.window.to}::date AND ${componentFilters(params)}
     GROUP BY 1, 2, 3 ORDER BY 1`;
  return rows.map((r) => ({
    day: r.day,
    cluster: r.cluster,
    currency: r.currency,
    unallocatedVolumes: Number(r.volumes),
    noOwnerCost: dec(r.no_owner),
  }));
}
