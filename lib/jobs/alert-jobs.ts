import type { Queue } from "pg-boss";
import { ALERT_DELIVERY_ATTEMPTS } from "../services/alerts/deliver-alert";

// The alert jobs, on the digest worker's pg-boss: "alert-sweep" judges the rules and queues what is
// due every minute (and once when a worker starts); "alert-send" delivers one delivery, by its id.

export const ALERT_SWEEP_QUEUE = "alert-sweep";
export const ALERT_SEND_QUEUE = "alert-send";
export const ALERT_SWEEP_CRON = "* * * * *";

export interface AlertSendJob {
  deliveryId: string;
}

export const ALERT_SWEEP_QUEUE_OPTIONS: Omit<Queue, "name"> = { policy: "short", retryLimit: 0 };

/** As digest sends: one waiting job per delivery, retried with backoff, fenced by the claim. */
export function alertSendQueueOptions(leaseSeconds: number): Omit<Queue, "name"> {
  return {
    policy: "short",
    retryLimit: ALERT_DELIVERY_ATTEMPTS + 3,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: Math.max(leaseSeconds, 900),
  };
}
