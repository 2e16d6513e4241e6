import { Prisma } from "../../db/generated/client";
import { ownedByTeams } from "../scope/team-scope-sql";

export interface ComponentFilters {
  cluster?: string;
  currency?: string;
  /** Only what these teams own (unallocated spend by its likely owner); null for everything. */
  teamIds: readonly string[] | null;
}

/** WHERE conditions on rollup rows `cf` with their cluster `c` (trend rows when unscoped). */
export function componentFilters(filters: ComponentFilters): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (filters.cluster) conditions.push(Prisma.sql`c.name = ${filters.cluster}`);
  if (filters.currency) conditions.push(Prisma.sql`cf.currency = ${filters.currency}`);
  conditions.push(ownedByTeams(filters.teamIds));
  return Prisma.join(conditions, " AND ");
}
