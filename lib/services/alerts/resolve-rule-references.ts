import type { Db } from "../../db/prisma";
import { InvalidInputError } from "../service-errors";

/**
 * Whether the team owns the group a team or namespace budget watches: its own team budget, or a
 * namespace ("cluster/namespace") of the team. Another team's budget would never be seen by the
 * rule, which judges as the team's members read.
 */
async function teamOwnsBudgetGroup(
  db: Db,
  team: { id: string; slug: string },
  budget: { scopeKind: string; scopeKey: string },
): Promise<boolean> {
  if (budget.scopeKind === "team") return budget.scopeKey === team.slug;
  const slash = budget.scopeKey.indexOf("/");
  const owned = await db.namespace.count({
    where: {
      cluster: { name: budget.scopeKey.slice(0, slash) },
      name: budget.scopeKey.slice(slash + 1),
      teamId: team.id,
    },
  });
  return owned > 0;
}

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
  let team: { id: string; slug: string } | null = null;
  if (names.team) {
    team = await db.team.findFirst({ where: { slug: names.team }, select: { id: true, slug: true } });
    if (!team) throw new InvalidInputError(`team: no team "${names.team}"`);
  }
  let budgetId: string | null = null;
  if (names.budget) {
    const budget = await db.budget.findUnique({
      where: { name: names.budget },
      select: { id: true, scopeKind: true, scopeKey: true },
    });
    if (!budget) throw new InvalidInputError(`budget: no budget "${names.budget}"`);
    // A team's rule judges as the team's members read: they see their team and namespace budgets only.
    if (team !== null && budget.scopeKind !== "team" && budget.scopeKind !== "namespace") {
      throw new InvalidInputError(
        `budget: "${names.budget}" is a ${budget.scopeKind} budget, which a rule for team "${team.slug}" cannot watch; leave out --team`,
      );
    }
    if (team !== null && !(await teamOwnsBudgetGroup(db, team, budget))) {
      throw new InvalidInputError(
        `budget: "${names.budget}" watches ${budget.scopeKind} "${budget.scopeKey}", which team "${team.slug}" does not own: a rule for team "${team.slug}" would never see it`,
      );
    }
    budgetId = budget.id;
  }
  return { channelIds, teamId: team?.id ?? null, budgetId };
}
