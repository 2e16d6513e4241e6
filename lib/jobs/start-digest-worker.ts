import type pg from "pg";
import { PgBoss } from "pg-boss";
import { alertDeliveryFrom } from "../services/alerts/alert-delivery-from-env";
import { type DigestDelivery, deliverDigestSend } from "../services/digests/deliver-digest-send";
import { scheduleDueDigests } from "../services/digests/schedule-due-digests";
import { systemContext } from "../services/service-context";
import {
  DIGEST_SCHEDULE_CRON,
  DIGEST_SCHEDULE_QUEUE,
  DIGEST_SCHEDULE_QUEUE_OPTIONS,
  DIGEST_SEND_QUEUE,
  type DigestSendJob,
  digestSendQueueOptions,
} from "./digest-jobs";
import { ensureQueue } from "./ensure-queue";
import { workAlertQueues } from "./work-alert-queues";

export interface DigestWorker {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on `pool` and works the digest queues and, unless `alerts` is false, the alert
 * queues (README "Alerts"), which use the same SMTP, lease and pg-boss. pg-boss runs its SQL through the pool the
 * app's Prisma client uses (its `db` option), so on the embedded database, which allows one
 * connection per process, both share that connection; on a PostgreSQL server nothing changes.
 */
export async function startDigestWorker(input: {
  pool: pg.Pool;
  delivery: DigestDelivery;
  alerts?: boolean;
  log?: (line: string) => void;
}): Promise<DigestWorker> {
  const log = input.log ?? ((line: string) => console.log(line));
  const { delivery } = input;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => input.pool.query(text, values) },
    schema: "pgboss",
  });
  boss.on("error", (error) => console.error(`tierscope: digest worker: ${error.message}`));
  await boss.start();
  await ensureQueue(boss, DIGEST_SCHEDULE_QUEUE, DIGEST_SCHEDULE_QUEUE_OPTIONS);
  await ensureQueue(boss, DIGEST_SEND_QUEUE, digestSendQueueOptions(delivery.leaseSeconds));
  await boss.schedule(DIGEST_SCHEDULE_QUEUE, DIGEST_SCHEDULE_CRON, null, { tz: "UTC" });

  await boss.work<DigestSendJob>(
    DIGEST_SEND_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 2 },
    async ([job]) => {
      if (!job) return;
      const result = await deliverDigestSend(delivery, {
        ctx: systemContext("digest worker"),
        input: { sendId: job.data.sendId, now: new Date() },
      });
      if (result.outcome !== "not-free")
        log(`Digest send ${job.data.sendId}: ${result.outcome}${result.error ? ` (${result.error})` : ""}`);
      // Throwing hands the job back to pg-boss, which retries it with backoff.
      if (result.outcome === "retrying") throw new Error(result.error);
    },
  );
  await boss.work(DIGEST_SCHEDULE_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const swept = await scheduleDueDigests(delivery.db, {
      ctx: systemContext("digest worker"),
      input: {
        now: new Date(),
        leaseSeconds: delivery.leaseSeconds,
        enqueue: async (sendIds) => {
          await boss.insert(
            DIGEST_SEND_QUEUE,
            sendIds.map((sendId) => ({ data: { sendId }, singletonKey: sendId })),
          );
        },
      },
    });
    if (swept.recorded > 0 || swept.recovered > 0) {
      log(
        `Digests: ${swept.recorded} due, ${swept.recovered} taken back from stopped workers, ${swept.enqueued} queued`,
      );
    }
  });
  if (input.alerts !== false) await workAlertQueues(boss, alertDeliveryFrom(delivery), log);
  // Sweep once at start: digests that came due while nothing ran go out now, not in a minute.
  await boss.send(DIGEST_SCHEDULE_QUEUE, {});
  log(`Digest worker started (mail: ${delivery.mailer.target})`);
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
