import { Prisma } from "../../db/generated/client";

export interface ComponentFilters {
  cluster?: string;
  currency?: string;
  /** Only these teams' namespaces (unallocated spend has no team: left out); null for everything. */
  teamIds: readonly string[] | null;
}

/** WHERE conditions on rollup or trend rows `cf` with their owners (cluster `c`, team `t`). */
export function componentFilters(filters: ComponentFilters): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (filters.cluster) conditions.push(Prisma.sql`c.name = ${filters.cluster}`);
  if (filters.currency) conditions.push(Prisma.sql`cf.currency = ${filters.currency}`);
  if (filters.teamIds) {
    conditions.push(
      filters.teamIds.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`t.id IN (${Prisma.join(filters.teamIds.map((id) => Prisma.sql`${id}::uuid`))})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}
