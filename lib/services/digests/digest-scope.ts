import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import {
  resolveDigestOwner,
  type TDigestSubscriptionInput,
} from "../../queries/digests/create-digest-subscription";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import type { TeamIds } from "../../queries/scope/team-scope-sql";
import { type ServiceContext, scopedTeamIds } from "../service-context";

/**
 * The subscriptions a reader may see: a team's digest, or a namespace's whose namespace is one of
 * their teams'. A scope never shows another team's recipients or digests.
 */
export function digestSubscriptionsOf(teamIds: TeamIds): Prisma.DigestSubscriptionWhereInput {
  if (teamIds === null) return {};
  const teams = { in: [...teamIds] };
  return { OR: [{ teamId: teams }, { owner: { teamId: teams } }] };
}

/** DigestNotFound (404) unless subscription `id` exists and is the reader's teams'. */
export async function assertDigestSubscriptionInScope(
  db: Db,
  ctx: ServiceContext,
  id: string,
): Promise<void> {
  const found = await db.digestSubscription.count({
    where: { id, ...digestSubscriptionsOf(scopedTeamIds(ctx)) },
  });
  if (found === 0) throw new DigestNotFoundError(`No digest subscription "${id}"`);
}

/** A subscription created or edited by a scoped reader must be about one of their teams. */
export async function assertDigestOwnerInScope(
  db: Db,
  ctx: ServiceContext,
  input: TDigestSubscriptionInput,
): Promise<void> {
  const teamIds = scopedTeamIds(ctx);
  if (teamIds === null) return;
  const owner = await resolveDigestOwner(db, input);
  const teamId = owner.clusterId
    ? (
        await db.namespace.findUnique({
          where: { clusterId_name: { clusterId: owner.clusterId, name: owner.namespace as string } },
          select: { teamId: true },
        })
      )?.teamId
    : owner.teamId;
  if (!teamId || !teamIds.includes(teamId)) {
    throw new DigestNotFoundError(
      input.team ? `team: no team "${input.team}"` : `namespace: no namespace "${input.namespace}"`,
    );
  }
}
