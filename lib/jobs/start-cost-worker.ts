import type pg from "pg";
import { PgBoss } from "pg-boss";
import type { Db } from "../db/prisma";
import { pausePoint } from "../pause-point";
import { bringCostsUpToDate } from "../services/costs/bring-costs-up-to-date";
import { systemContext } from "../services/service-context";
import { COSTS_CRON, COSTS_QUEUE, COSTS_QUEUE_OPTIONS } from "./cost-jobs";
import { ensureQueue } from "./ensure-queue";

export interface CostWorker {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on `pool` (the pool `db` uses) and works the cost queue: costs keep up with the
 * clock with no import and no command. Any number of app instances may run it.
 */
export async function startCostWorker(input: {
  pool: pg.Pool;
  db: Db;
  now: () => Date;
  log?: (line: string) => void;
}): Promise<CostWorker> {
  const log = input.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({
    db: { executeSql: (text, values) => input.pool.query(text, values) },
    schema: "pgboss",
  });
  boss.on("error", (error) => console.error(`tierscope: cost worker: ${error.message}`));
  await boss.start();
  await ensureQueue(boss, COSTS_QUEUE, COSTS_QUEUE_OPTIONS);
  await boss.schedule(COSTS_QUEUE, COSTS_CRON, null, { tz: "UTC" });
  await boss.work(COSTS_QUEUE, { pollingIntervalSeconds: 5 }, async ([job]) => {
    await pausePoint("cost-job", `job ${job?.id}`);
    const started = performance.now();
    const result = await bringCostsUpToDate(input.db, {
      ctx: systemContext("cost worker"),
      input: { now: input.now() },
    });
    if (result.from !== null) {
      log(
        `Costs up to date: ${result.facts} fact(s) for ${result.clusters} cluster(s), ${result.from} to ${result.to}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  });
  // Once at start: days that passed while nothing ran are computed now, not at the next hour.
  await boss.send(COSTS_QUEUE, {});
  log("Cost worker started");
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
