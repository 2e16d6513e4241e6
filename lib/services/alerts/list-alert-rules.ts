import type { Db } from "../../db/prisma";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { alertRuleJson, RULE_NAMES } from "./alert-json";

/** The rules the actor may read: every rule, or a scoped reader's teams' rules. */
export async function listAlertRules(db: Db, { ctx }: ServiceCall<Record<string, never>>) {
  const teamIds = scopedTeamIds(ctx);
  const rules = await db.alertRule.findMany({
    where: teamIds === null ? {} : { teamId: { in: [...teamIds] } },
    include: RULE_NAMES,
    orderBy: { name: "asc" },
  });
  return { items: rules.map(alertRuleJson) };
}
