import type { Db } from "../../db/prisma";
import { readDigestEnv } from "../../email/digest-env";
import { getDigestSecret } from "../../queries/digests/get-digest-secret";

/** The secret that signs unsubscribe links: TIERSCOPE_DIGEST_SECRET, or the one kept in settings. */
export function getUnsubscribeSecret(db: Db, env = readDigestEnv()): Promise<string> {
  return getDigestSecret(db, env.TIERSCOPE_DIGEST_SECRET);
}
