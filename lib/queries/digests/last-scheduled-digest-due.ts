import type { Db } from "../../db/prisma";

/** Each subscription's latest recorded scheduled period's due time: where the sweep's walk back stops. */
export async function lastScheduledDigestDue(db: Db): Promise<Map<string, Date>> {
  const rows = await db.digestSend.groupBy({
    by: ["subscriptionId"],
    where: { trigger: "schedule" },
    _max: { dueAt: true },
  });
  return new Map(rows.flatMap((r) => (r._max.dueAt ? [[r.subscriptionId, r._max.dueAt] as const] : [])));
}
