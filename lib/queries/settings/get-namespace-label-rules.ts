import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import {
  NAMESPACE_LABEL_RULES_KEY,
  type NamespaceLabelRules,
  parseNamespaceLabelRules,
} from "../../settings/namespace-label-rules";

/** The labels in force that name a namespace's team and cost centre (Settings, over the defaults). */
export async function getNamespaceLabelRules(
  db: Db | Prisma.TransactionClient,
): Promise<NamespaceLabelRules> {
  const row = await db.setting.findUnique({ where: { key: NAMESPACE_LABEL_RULES_KEY } });
  return parseNamespaceLabelRules(row?.value);
}
