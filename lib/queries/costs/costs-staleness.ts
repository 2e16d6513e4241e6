import type { Db } from "../../db/prisma";

export const COSTS_STALE_KEY = "costs.staleSince";

export interface CostsStaleness {
  since: string;
  reason: string;
}

/** Records that prices changed after the cost facts were computed (the earliest such change is kept). */
export async function markCostsStale(db: Db, input: { reason: string; now: Date }): Promise<void> {
  const existing = await db.setting.findUnique({ where: { key: COSTS_STALE_KEY } });
  if (existing) return;
  const value: CostsStaleness = { since: input.now.toISOString(), reason: input.reason };
  await db.setting.upsert({
    where: { key: COSTS_STALE_KEY },
    create: { key: COSTS_STALE_KEY, value: { ...value } },
    update: {},
  });
}

export async function getCostsStaleness(db: Db): Promise<CostsStaleness | null> {
  const row = await db.setting.findUnique({ where: { key: COSTS_STALE_KEY } });
  return row ? (row.value as unknown as CostsStaleness) : null;
}

export async function clearCostsStaleness(db: Db): Promise<void> {
  await db.setting.deleteMany({ where: { key: COSTS_STALE_KEY } });
}
