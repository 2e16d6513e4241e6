import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { type DigestSendDto, SEND_INCLUDE, toSendDto } from "./digest-send-dto";

export interface DigestSendsPage {
  items: DigestSendDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** The send log, newest first; `failed` narrows it to the sends that need someone's attention. */
export async function listDigestSends(
  db: Db,
  params: {
    page: number;
    pageSize: number;
    subscriptionId?: string;
    status?: "failed";
    /** Only the sends of these subscriptions (digestSubscriptionsOf: the reader's teams'). */
    scope?: Prisma.DigestSubscriptionWhereInput;
  },
): Promise<DigestSendsPage> {
  const where: Prisma.DigestSendWhereInput = {
    ...(params.subscriptionId ? { subscriptionId: params.subscriptionId } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.scope ? { subscription: params.scope } : {}),
  };
  const [rows, total] = await Promise.all([
    db.digestSend.findMany({
      where,
      include: SEND_INCLUDE,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.digestSend.count({ where }),
  ]);
  return { items: rows.map(toSendDto), total, page: params.page, pageSize: params.pageSize };
}
