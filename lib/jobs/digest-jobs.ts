import type { Queue } from "pg-boss";
import { DIGEST_SEND_ATTEMPTS } from "../services/digests/deliver-digest-send";

// The digest jobs. "digest-schedule" runs the sweep (scheduleDueDigests) every minute and once when
// a worker starts; "digest-send" delivers one send, keyed by its id.

export const DIGEST_SCHEDULE_QUEUE = "digest-schedule";
export const DIGEST_SEND_QUEUE = "digest-send";

/** Every minute, in UTC: each subscription's own time zone is applied by the sweep. */
export const DIGEST_SCHEDULE_CRON = "* * * * *";

export interface DigestSendJob {
  sendId: string;
}

export const DIGEST_SCHEDULE_QUEUE_OPTIONS: Omit<Queue, "name"> = {
  // One waiting sweep is enough; the sweep itself is idempotent.
  policy: "short",
  retryLimit: 0,
};

export function digestSendQueueOptions(leaseSeconds: number): Omit<Queue, "name"> {
  return {
    // One waiting job per send (singletonKey = the send's id); one that is active on a worker
    // that died does not stop the sweep from queueing the send again.
    policy: "short",
    // The send log counts attempts (DIGEST_SEND_ATTEMPTS) and ends a send as failed; pg-boss gets
    // headroom for jobs that expired on a dead worker, which use a retry without an attempt.
    retryLimit: DIGEST_SEND_ATTEMPTS + 3,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    // pg-boss stops waiting for a handler after this long and retries the job; the send log's
    // fencing (claim attempt) keeps a slow handler and its retry from both sending.
    expireInSeconds: Math.max(leaseSeconds, 900),
  };
}
