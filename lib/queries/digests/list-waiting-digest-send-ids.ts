import type { Db } from "../../db/prisma";

/** Scheduled sends waiting for a worker (pending), oldest due first: what the sweep enqueues. */
export async function listWaitingDigestSendIds(db: Db): Promise<string[]> {
  const rows = await db.digestSend.findMany({
    where: { status: "pending", trigger: "schedule" },
    select: { id: true },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}
