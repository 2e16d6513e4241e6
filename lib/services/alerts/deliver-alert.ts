import type { Db } from "../../db/prisma";
import type { DigestMailer } from "../../email/digest-mailer";
import { killPoint } from "../../kill-point";
import { claimAlertDelivery } from "../../queries/alerts/claim-alert-delivery";
import { finishAlertDelivery } from "../../queries/alerts/finish-alert-delivery";
import { handOffAlertDelivery } from "../../queries/alerts/hand-off-alert-delivery";
import type { ServiceCall } from "../service-context";
import { AlertSendError, sendAlertToChannel } from "./send-alert-to-channel";

/** How alerts leave this process: the digests' mailer, lease and public address. */
export interface AlertDeliveryConfig {
  db: Db;
  mailer: DigestMailer;
  publicUrl: string;
  leaseSeconds: number;
}

export type AlertDeliveryOutcome = "sent" | "logged" | "retrying" | "failed" | "not-free";

/** Attempts of one delivery, the first included: the job queue retries the others with backoff. */
export const ALERT_DELIVERY_ATTEMPTS = 5;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One attempt at one delivery: claim it (another worker may hold it: "not-free"), mark the hand-off,
 * send, record the outcome. An error known to come before the receiver could accept the message (no
 * connection, an error status) leaves it "retrying" while attempts remain, else "failed" with the
 * error, which the Alerts page shows. Anything that may have delivered (a timeout mid-request, an
 * error after SMTP DATA, or failing to record success) fails it at once: never sent twice.
 */
export async function deliverAlert(
  config: AlertDeliveryConfig,
  { input }: ServiceCall<{ deliveryId: string; now: Date; maxAttempts?: number }>,
): Promise<{ outcome: AlertDeliveryOutcome; error?: string }> {
  const { db } = config;
  const attempt = await claimAlertDelivery(db, {
    deliveryId: input.deliveryId,
    leaseSeconds: config.leaseSeconds,
  });
  if (attempt === null) return { outcome: "not-free" };
  killPoint("alert:claimed");
  const finish = async (
    status: "sent" | "logged" | "retrying" | "failed",
    error?: string,
    mayHave = false,
  ) => {
    await finishAlertDelivery(db, {
      deliveryId: input.deliveryId,
      attempt,
      status,
      error,
      mayHaveBeenDelivered: mayHave,
    });
    return { outcome: status, error };
  };
  const delivery = await db.alertDelivery.findUniqueOrThrow({
    where: { id: input.deliveryId },
    include: { channel: true, event: { include: { rule: { select: { name: true, kind: true } } } } },
  });
  const { event } = delivery;
  if (!(await handOffAlertDelivery(db, { deliveryId: delivery.id, attempt }))) return { outcome: "not-free" };
  killPoint("alert:handed-off");
  let delivered: boolean;
  try {
    ({ delivered } = await sendAlertToChannel(
      { mailer: config.mailer, nowSeconds: () => Math.floor(Date.now() / 1000) },
      delivery.channel,
      {
        id: event.id,
        ruleName: event.rule.name,
        ruleKind: event.rule.kind,
        groupKey: event.groupKey,
        period: event.period,
        title: event.title,
        detail: event.detail,
        url: `${config.publicUrl}${event.link}`,
        amount: event.amount?.toFixed() ?? null,
        currency: event.currency,
        raisedAt: event.raisedAt,
      },
    ));
  } catch (error) {
    const message = errorMessage(error);
    if (error instanceof AlertSendError && !error.mayHaveBeenDelivered) {
      const last = attempt >= (input.maxAttempts ?? ALERT_DELIVERY_ATTEMPTS);
      return finish(last ? "failed" : "retrying", message);
    }
    return finish(
      "failed",
      `${message}. The receiver may or may not have it, so it is not sent again automatically.`,
      true,
    );
  }
  killPoint("alert:sent");
  try {
    return await finish(delivered ? "sent" : "logged");
  } catch (error) {
    // It left; recording it did not. Never "retrying": that would send it again.
    return finish("failed", `Sent, but the result could not be recorded: ${errorMessage(error)}`, true).catch(
      () => ({ outcome: "failed" as const, error: errorMessage(error) }),
    );
  }
}
