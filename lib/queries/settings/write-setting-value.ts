import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";

/** Stores a group's object; an empty one (every field at its default) removes the row. */
export async function writeSettingValue(
  db: Db | Prisma.TransactionClient,
  key: string,
  value: Record<string, unknown>,
): Promise<void> {
  if (Object.keys(value).length === 0) {
    await db.setting.deleteMany({ where: { key } });
    return;
  }
  const json = value as Prisma.InputJsonObject;
  await db.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
