import { z } from "zod";
import type { DigestDelivery } from "../digests/deliver-digest-send";
import type { AlertDeliveryConfig } from "./deliver-alert";

const ZRetryDelay = z.coerce.number().int().min(1).max(3600).default(30);

/**
 * How alerts leave this process: the digests' SMTP, public address and lease, and the first retry's
 * delay (TIERSCOPE_ALERT_RETRY_DELAY_SECONDS, default 30 s, doubling after each failure).
 */
export function alertDeliveryFrom(
  digests: DigestDelivery,
  env: Record<string, string | undefined> = process.env,
): AlertDeliveryConfig & { retryDelaySeconds: number } {
  const parsed = ZRetryDelay.safeParse(env.TIERSCOPE_ALERT_RETRY_DELAY_SECONDS || undefined);
  if (!parsed.success)
    throw new Error(
      `Invalid environment variable TIERSCOPE_ALERT_RETRY_DELAY_SECONDS: ${parsed.error.issues[0]?.message}`,
    );
  return {
    db: digests.db,
    mailer: digests.mailer,
    publicUrl: digests.publicUrl,
    leaseSeconds: digests.leaseSeconds,
    retryDelaySeconds: parsed.data,
  };
}
