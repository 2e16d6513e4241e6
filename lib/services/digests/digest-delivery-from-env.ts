import type { Db } from "../../db/prisma";
import { publicUrlFrom, readDigestEnv } from "../../email/digest-env";
import { createDigestMailer } from "../../email/digest-mailer";
import type { DigestDelivery } from "./deliver-digest-send";
import { getUnsubscribeSecret } from "./get-unsubscribe-secret";

/** How digests leave this process, from the environment: SMTP or the log, links, secret, lease. */
export async function digestDeliveryFromEnv(
  db: Db,
  options: { fallbackUrl?: string } = {},
): Promise<DigestDelivery> {
  const env = readDigestEnv();
  return {
    db,
    mailer: createDigestMailer(env),
    publicUrl: publicUrlFrom(env, options.fallbackUrl ?? "http://localhost:3000"),
    secret: await getUnsubscribeSecret(db, env),
    leaseSeconds: env.TIERSCOPE_DIGEST_LEASE_SECONDS,
  };
}
