import type { Db } from "../../db/prisma";
import {
  type DigestOwnerOptions,
  listDigestOwnerOptions as readDigestOwnerOptions,
} from "../../queries/digests/list-digest-owner-options";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { DigestOwnerOptions } from "../../queries/digests/list-digest-owner-options";

/** The teams and namespaces the reader may subscribe to, for the subscription form's lists. */
export function listDigestOwnerOptions(
  db: Db,
  { ctx }: ServiceCall<Record<string, never>>,
): Promise<DigestOwnerOptions> {
  return readDigestOwnerOptions(db, scopedTeamIds(ctx));
}
