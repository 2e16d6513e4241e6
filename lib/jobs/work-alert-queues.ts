import type { PgBoss } from "pg-boss";
import { clockNow } from "../clock";
import { type AlertDeliveryConfig, deliverAlert } from "../services/alerts/deliver-alert";
import { sweepAlerts } from "../services/alerts/sweep-alerts";
import { systemContext } from "../services/service-context";
import {
  ALERT_SEND_QUEUE,
  ALERT_SWEEP_CRON,
  ALERT_SWEEP_QUEUE,
  ALERT_SWEEP_QUEUE_OPTIONS,
  type AlertSendJob,
  alertSendQueueOptions,
} from "./alert-jobs";
import { ensureQueue } from "./ensure-queue";

/** Works the alert queues on a started pg-boss (the digest worker's): sweep, then one job per delivery. */
export async function workAlertQueues(
  boss: PgBoss,
  config: AlertDeliveryConfig & { retryDelaySeconds?: number },
  log: (line: string) => void,
): Promise<void> {
  await ensureQueue(boss, ALERT_SWEEP_QUEUE, ALERT_SWEEP_QUEUE_OPTIONS);
  await ensureQueue(boss, ALERT_SEND_QUEUE, alertSendQueueOptions(config.leaseSeconds));
  await boss.schedule(ALERT_SWEEP_QUEUE, ALERT_SWEEP_CRON, null, { tz: "UTC" });
  await boss.work<AlertSendJob>(
    ALERT_SEND_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 2 },
    async ([job]) => {
      if (!job) return;
      const result = await deliverAlert(config, {
        ctx: systemContext("alert worker"),
        input: { deliveryId: job.data.deliveryId, now: clockNow() },
      });
      if (result.outcome !== "not-free")
        log(
          `Alert delivery ${job.data.deliveryId}: ${result.outcome}${result.error ? ` (${result.error})` : ""}`,
        );
      // Throwing hands the job back to pg-boss, which retries it with backoff.
      if (result.outcome === "retrying") throw new Error(result.error);
    },
  );
  await boss.work(ALERT_SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    // The clock (TIERSCOPE_NOW when set, as for the cost worker): rules are judged as of then.
    const swept = await sweepAlerts(config.db, {
      ctx: systemContext("alert worker"),
      input: {
        now: clockNow(),
        leaseSeconds: config.leaseSeconds,
        enqueue: async (ids) => {
          await boss.insert(
            ALERT_SEND_QUEUE,
            ids.map((deliveryId) => ({
              data: { deliveryId },
              singletonKey: deliveryId,
              ...(config.retryDelaySeconds === undefined ? {} : { retryDelay: config.retryDelaySeconds }),
            })),
          );
        },
      },
    });
    for (const error of swept.errors) console.error(`tierscope: alerts: ${error}`);
    if (swept.raised > 0 || swept.recovered > 0)
      log(
        `Alerts: ${swept.raised} raised, ${swept.recovered} taken back from stopped workers, ${swept.enqueued} queued`,
      );
  });
  await boss.send(ALERT_SWEEP_QUEUE, {});
  log("Alert worker started");
}
