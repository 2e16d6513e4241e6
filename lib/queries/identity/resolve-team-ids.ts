import type { Db } from "../../db/prisma";
import { InvalidInputError } from "../../services/service-errors";

/** The ids of teams named by slug; a slug that names no team (or several) is refused by name. */
export async function resolveTeamIds(db: Db, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const teams = await db.team.findMany({
    where: { slug: { in: [...slugs] } },
    select: { id: true, slug: true },
  });
  return slugs.map((slug) => {
    const matches = teams.filter((team) => team.slug === slug);
    if (matches.length !== 1) {
      throw new InvalidInputError(
        `teams: ${matches.length === 0 ? "no team has" : "more than one team has"} the slug "${slug}"`,
      );
    }
    return (matches[0] as { id: string }).id;
  });
}
