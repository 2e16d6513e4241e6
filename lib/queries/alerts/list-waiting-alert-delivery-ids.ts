import type { Db } from "../../db/prisma";

/** Deliveries waiting for a worker, oldest first: what the sweep enqueues. */
export async function listWaitingAlertDeliveryIds(db: Db): Promise<string[]> {
  const rows = await db.alertDelivery.findMany({
    where: { status: "pending" },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}
