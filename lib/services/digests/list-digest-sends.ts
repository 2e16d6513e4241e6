import type { Db } from "../../db/prisma";
import {
  type DigestSendsPage,
  listDigestSends as readDigestSends,
} from "../../queries/digests/list-digest-sends";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { digestSubscriptionsOf } from "./digest-scope";

export type { DigestSendDto } from "../../queries/digests/digest-send-dto";
export type { DigestSendsPage } from "../../queries/digests/list-digest-sends";

export interface TDigestSendsInput {
  page: number;
  pageSize: number;
  subscriptionId?: string;
  status?: "failed";
}

/** The send log of the reader's teams' subscriptions, newest first; `failed` for the failures only. */
export function listDigestSends(
  db: Db,
  { ctx, input }: ServiceCall<TDigestSendsInput>,
): Promise<DigestSendsPage> {
  return readDigestSends(db, { ...input, scope: digestSubscriptionsOf(scopedTeamIds(ctx)) });
}
