import type { Db } from "../../db/prisma";
import {
  type DigestSubscriptionsPage,
  listDigestSubscriptions as readDigestSubscriptions,
} from "../../queries/digests/list-digest-subscriptions";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { digestSubscriptionsOf } from "./digest-scope";

export type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
export type { DigestSubscriptionsPage } from "../../queries/digests/list-digest-subscriptions";

/**
 * One page of the digest subscriptions the reader's teams may see, oldest first; optionally only a
 * team's (by slug) or a namespace's (cluster and namespace), as the CLI picks them.
 */
export function listDigestSubscriptions(
  db: Db,
  {
    ctx,
    input,
  }: ServiceCall<{ page: number; pageSize: number; team?: string; cluster?: string; namespace?: string }>,
): Promise<DigestSubscriptionsPage> {
  return readDigestSubscriptions(db, { ...input, scope: digestSubscriptionsOf(scopedTeamIds(ctx)) });
}
