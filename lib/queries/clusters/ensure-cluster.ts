import type { CloudProvider } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";

type Tx = Pick<Db, "cluster" | "organization">;

export const DEFAULT_ORG_SLUG = "default";

/**
 * The cluster an import writes to, created on first import. A new cluster joins the only
 * organisation there is, or a "default" one; its provider is filled in from its nodes later.
 */
export async function ensureCluster(
  tx: Tx,
  input: { name: string; provider?: CloudProvider; region?: string },
): Promise<{ id: string; name: string; created: boolean }> {
  const existing = await tx.cluster.findMany({ where: { name: input.name } });
  if (existing.length > 1) throw new Error(`Several organisations have a cluster named "${input.name}"`);
  if (existing[0]) return { id: existing[0].id, name: existing[0].name, created: false };
  const orgs = await tx.organization.findMany({ take: 2 });
  const org =
    orgs.length === 1
      ? (orgs[0] as { id: string })
      : await tx.organization.upsert({
          where: { slug: DEFAULT_ORG_SLUG },
          create: { slug: DEFAULT_ORG_SLUG, name: "Default" },
          update: {},
        });
  const cluster = await tx.cluster.create({
    data: {
      orgId: org.id,
      name: input.name,
      provider: input.provider ?? "other",
      region: input.region ?? null,
    },
  });
  return { id: cluster.id, name: cluster.name, created: true };
}
