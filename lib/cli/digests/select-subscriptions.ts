import { InvalidArgumentError } from "commander";
import { isIsoDay } from "../../costing/cost-window";
import type { Db } from "../../db/prisma";
import { getDigestSubscriptionOrThrow } from "../../services/digests/get-digest-subscription";
import {
  type DigestSubscriptionDto,
  listDigestSubscriptions,
} from "../../services/digests/list-digest-subscriptions";
import type { ServiceContext } from "../../services/service-context";

export interface DigestTargetOptions {
  team?: string;
  namespace?: string;
  subscription?: string;
  periodStart?: string;
}

/** "eks-prod/training" → cluster and namespace. */
export function parseNamespaceArgument(value: string): string {
  if (!/^[^/\s]+\/[^/\s]+$/.test(value)) throw new InvalidArgumentError("Expected CLUSTER/NAMESPACE.");
  return value;
}

export function parseDayArgument(value: string): string {
  if (!isIsoDay(value)) throw new InvalidArgumentError("Expected a day, YYYY-MM-DD.");
  return value;
}

/** The subscriptions one of --team, --namespace or --subscription names; an error if none does. */
export async function selectSubscriptions(
  db: Db,
  ctx: ServiceContext,
  options: DigestTargetOptions,
): Promise<DigestSubscriptionDto[]> {
  const given = [options.team, options.namespace, options.subscription].filter(Boolean).length;
  if (given !== 1)
    throw new Error("name exactly one of --team SLUG, --namespace CLUSTER/NAMESPACE or --subscription ID");
  if (options.subscription) {
    return [await getDigestSubscriptionOrThrow(db, { ctx, input: { id: options.subscription } })];
  }
  const [cluster, namespace] = options.namespace?.split("/") ?? [];
  const page = await listDigestSubscriptions(db, {
    ctx,
    input: { page: 1, pageSize: 100, team: options.team, cluster, namespace },
  });
  if (page.items.length === 0) {
    const owner = options.team ? `team "${options.team}"` : `namespace "${options.namespace}"`;
    throw new Error(`no digest subscription for ${owner}: create one on the Digests page`);
  }
  return page.items;
}
