import type { Db } from "../../db/prisma";

/**
 * Records that the rule sees these findings (group keys) at `seenAt`, keeping the first sighting of
 * each, and returns when the rule first saw every one of them. Concurrent judgings agree: the key
 * keeps whichever sighting landed first.
 */
export async function recordFindingSightings(
  db: Db,
  input: { ruleId: string; groupKeys: string[]; seenAt: Date },
): Promise<Map<string, Date>> {
  if (input.groupKeys.length === 0) return new Map();
  await db.alertFindingSighting.createMany({
    data: input.groupKeys.map((groupKey) => ({ ruleId: input.ruleId, groupKey, firstSeenAt: input.seenAt })),
    skipDuplicates: true,
  });
  const rows = await db.alertFindingSighting.findMany({
    where: { ruleId: input.ruleId, groupKey: { in: input.groupKeys } },
  });
  return new Map(rows.map((r) => [r.groupKey, r.firstSeenAt]));
}
