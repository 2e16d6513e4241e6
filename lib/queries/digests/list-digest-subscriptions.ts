import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import {
  type DigestSubscriptionDto,
  SUBSCRIPTION_INCLUDE,
  toSubscriptionDto,
} from "./digest-subscription-dto";

export interface DigestSubscriptionsPage {
  items: DigestSubscriptionDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** Subscriptions, oldest first, optionally only a team's or a namespace's (as the CLI picks them). */
export async function listDigestSubscriptions(
  db: Db,
  params: {
    page: number;
    pageSize: number;
    team?: string;
    cluster?: string;
    namespace?: string;
    /** Only these subscriptions (digestSubscriptionsOf: the reader's teams'). */
    scope?: Prisma.DigestSubscriptionWhereInput;
  },
): Promise<DigestSubscriptionsPage> {
  const where: Prisma.DigestSubscriptionWhereInput = {
    ...(params.team ? { team: { slug: params.team } } : {}),
    ...(params.cluster ? { owner: { name: params.namespace, cluster: { name: params.cluster } } } : {}),
    ...(params.scope ? { AND: [params.scope] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.digestSubscription.findMany({
      where,
      include: SUBSCRIPTION_INCLUDE,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.digestSubscription.count({ where }),
  ]);
  return { items: rows.map(toSubscriptionDto), total, page: params.page, pageSize: params.pageSize };
}
