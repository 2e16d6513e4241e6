import type { CloudProvider } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";

/** The regions the fleet's clusters of one provider run in, sorted, each once. */
export async function listProviderRegions(db: Db, provider: CloudProvider): Promise<string[]> {
  const clusters = await db.cluster.findMany({
    where: { provider, region: { not: null } },
    select: { region: true },
  });
  return [...new Set(clusters.map((c) => c.region as string))].sort();
}
