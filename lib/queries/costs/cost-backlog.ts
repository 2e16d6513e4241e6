import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { IsoDay } from "../../pricing/types";

type Tx = Prisma.TransactionClient | Db;

/** Records that a cluster's costs are stale from `fromDay` on; call it in the transaction that made them stale. */
export async function recordCostBacklog(
  tx: Tx,
  input: { clusterId: string; fromDay: IsoDay; reason: string },
): Promise<void> {
  await tx.costBacklog.create({
    data: {
      clusterId: input.clusterId,
      fromDay: new Date(`${input.fromDay}T00:00:00Z`),
      reason: input.reason,
    },
  });
}

export interface ClusterBacklog {
  /** The rows read: only these are removed once computed, not rows recorded meanwhile. */
  ids: bigint[];
  fromDay: IsoDay;
}

/** Each cluster's stale days (the earliest day any of its rows names), by cluster id. */
export async function readCostBacklog(db: Db, clusterIds: string[]): Promise<Map<string, ClusterBacklog>> {
  const rows = await db.costBacklog.findMany({
    where: { clusterId: { in: clusterIds } },
    orderBy: { id: "asc" },
  });
  const backlog = new Map<string, ClusterBacklog>();
  for (const row of rows) {
    const day = row.fromDay.toISOString().slice(0, 10);
    const entry = backlog.get(row.clusterId);
    if (!entry) backlog.set(row.clusterId, { ids: [row.id], fromDay: day });
    else {
      entry.ids.push(row.id);
      if (day < entry.fromDay) entry.fromDay = day;
    }
  }
  return backlog;
}

export async function removeCostBacklog(db: Db, ids: bigint[]): Promise<void> {
  if (ids.length > 0) await db.costBacklog.deleteMany({ where: { id: { in: ids } } });
}
