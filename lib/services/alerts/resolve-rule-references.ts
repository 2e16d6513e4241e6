import type { Db } from "../../db/prisma";
import { InvalidInputError } from "../service-errors";

/** The ids of the channels, team and budget a rule names, or an error naming the one missing. */
export async function resolveRuleReferences(
  db: Db,
  names: { channels?: string[]; team?: string; budget?: string },
) {
  let channelIds: string[] | undefined;
  if (names.channels) {
    const unique = [...new Set(names.channels)];
    const found = await db.alertChannel.findMany({ where: { name: { in: unique } } });
    const missing = unique.find((n) => !found.some((c) => c.name === n));
    if (missing) throw new InvalidInputError(`channels: no alert channel "${missing}"`);
    channelIds = found.map((c) => c.id);
  }
  let teamId: string | null = null;
  if (names.team) {
    const team = await db.team.findFirst({ where: { slug: names.team }, select: { id: true } });
    if (!team) throw new InvalidInputError(`team: no team "${names.team}"`);
    teamId = team.id;
  }
  let budgetId: string | null = null;
  if (names.budget) {
    const budget = await db.budget.findUnique({
      where: { name: names.budget },
      select: { id: true, scopeKind: true },
    });
    if (!budget) throw new InvalidInputError(`budget: no budget "${names.budget}"`);
    // A team's rule judges as the team's members read: they see team and namespace budgets only.
    if (teamId !== null && budget.scopeKind !== "team" && budget.scopeKind !== "namespace") {
      throw new InvalidInputError(
        `budget: "${names.budget}" is a ${budget.scopeKind} budget, which a rule for team "${names.team}" cannot watch; leave out --team`,
      );
    }
    budgetId = budget.id;
  }
  return { channelIds, teamId, budgetId };
}
