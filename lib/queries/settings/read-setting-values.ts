import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";

/** The stored JSON of each key that has a row (keys without one are absent from the map). */
export async function readSettingValues(
  db: Db | Prisma.TransactionClient,
  keys: readonly string[],
): Promise<Map<string, unknown>> {
  const rows = await db.setting.findMany({ where: { key: { in: [...keys] } } });
  return new Map(rows.map((row) => [row.key, row.value]));
}
