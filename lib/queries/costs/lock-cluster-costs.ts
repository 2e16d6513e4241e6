import type { Prisma } from "../../db/generated/client";

/** Two-key advisory locks do not share keys with Prisma's migration lock (one bigint key). */
const COSTS_LOCK = 0x636f7374;

/** Holds a cluster's cost computation until the transaction ends: a second one waits for it. */
export async function lockClusterCosts(tx: Prisma.TransactionClient, clusterId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${COSTS_LOCK}, hashtext($1))`, clusterId);
}

/** The computation at `now` reached today: the cluster's days before today's are whole. */
export async function markCostsComputed(
  tx: Prisma.TransactionClient,
  clusterId: string,
  now: Date,
): Promise<void> {
  await tx.cluster.updateMany({
    where: { id: clusterId, OR: [{ costsComputedAt: null }, { costsComputedAt: { lt: now } }] },
    data: { costsComputedAt: now },
  });
}
