import type { Db } from "../../db/prisma";
import { publicUrlFrom, readDigestEnv } from "../../email/digest-env";
import { createDigestMailer } from "../../email/digest-mailer";
import { readSettingValues } from "../../queries/settings/read-setting-values";
import { EMAIL_DELIVERY_KEY, emailDeliveryAsEnv } from "../../settings/email-delivery-settings";
import type { DigestDelivery } from "./deliver-digest-send";
import { getUnsubscribeSecret } from "./get-unsubscribe-secret";

/**
 * How digests leave this process: SMTP or the log, links, secret, lease. SMTP and the public URL
 * come from the environment, or else from the Settings page (`email.delivery`).
 */
export async function digestDeliveryFromEnv(
  db: Db,
  options: { fallbackUrl?: string } = {},
): Promise<DigestDelivery> {
  const stored = (await readSettingValues(db, [EMAIL_DELIVERY_KEY])).get(EMAIL_DELIVERY_KEY);
  const env = readDigestEnv({ ...emailDeliveryAsEnv(stored), ...definedOnly(process.env) });
  return {
    db,
    mailer: createDigestMailer(env),
    publicUrl: publicUrlFrom(env, options.fallbackUrl ?? "http://localhost:3000"),
    secret: await getUnsubscribeSecret(db, env),
    leaseSeconds: env.TIERSCOPE_DIGEST_LEASE_SECONDS,
  };
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
