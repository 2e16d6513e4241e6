import type { Queue } from "pg-boss";

// The cost job: every hour (and once when a worker starts) it brings every cluster's costs up to
// date: each new day, the rest of the day before, today's hours so far, and the cost backlog.

export const COSTS_QUEUE = "costs-up-to-date";

/** Five past every hour, in UTC. */
export const COSTS_CRON = "5 * * * *";

export const COSTS_QUEUE_OPTIONS: Omit<Queue, "name"> = {
  // One run waiting and one running, whichever worker runs it: the run is idempotent, and
  // computations of one cluster take turns on a database lock besides.
  policy: "stately",
  retryLimit: 3,
  retryDelay: 60,
  retryBackoff: true,
  // A worker that died mid-run hands the job back after this long.
  expireInSeconds: 3600,
};
