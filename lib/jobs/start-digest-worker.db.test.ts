import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { MS_PER_DAY } from "../costing/day-window";
import { PrismaClient } from "../db/generated/client";
import { recordingMailer, seedWeeklyTeamDigest, testDelivery } from "../services/digests/digest-test-setup";
import { listDigestSends } from "../services/digests/list-digest-sends";
import { systemContext } from "../services/service-context";
import { truncateAll } from "../testing/test-database";
import { startDigestWorker } from "./start-digest-worker";

// pg-boss itself, on the test database: two workers (two app instances) sharing one due digest.
// Prisma and pg-boss share one pool of one connection, as the app does on the embedded database.
const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
const db = new PrismaClient({ adapter: new PrismaPg(pool) });

afterAll(async () => {
  await db.$disconnect();
  await pool.end();
});

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

it("two workers started on a due digest send it exactly once", async () => {
  await truncateAll(db);
  const { subscription } = await seedWeeklyTeamDigest(db);
  // Exactly one period due, whatever today is: created on the Saturday before the last Monday whose
  // 08:00 in Berlin (07:00 UTC in winter, 06:00 in summer) has passed. (Eight days ago made two due
  // on a Monday.)
  const lastMonday = new Date();
  lastMonday.setUTCHours(7, 0, 0, 0);
  lastMonday.setUTCDate(lastMonday.getUTCDate() - ((lastMonday.getUTCDay() + 6) % 7));
  if (lastMonday.getTime() > Date.now()) lastMonday.setUTCDate(lastMonday.getUTCDate() - 7);
  await db.digestSubscription.update({
    where: { id: subscription.id },
    data: { scheduleFrom: new Date(lastMonday.getTime() - 2 * MS_PER_DAY) },
  });
  const mailer = recordingMailer();
  const quiet = () => {};
  const workers = await Promise.all([
    startDigestWorker({ pool, delivery: testDelivery(db, mailer), log: quiet }),
    startDigestWorker({ pool, delivery: testDelivery(db, mailer), log: quiet }),
  ]);
  try {
    await waitFor(async () => (await db.digestSend.count({ where: { status: "sent" } })) === 1, "the send");
    // Both workers have swept (each sweeps on start) by now; give them a few polls to misbehave.
    await new Promise((resolve) => setTimeout(resolve, 5000));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  const sends = await listDigestSends(db, { ctx: systemContext("digest"), input: { page: 1, pageSize: 10 } });
  expect(sends.items.map((s) => [s.trigger, s.status, s.attempts])).toEqual([["schedule", "sent", 1]]);
  expect(mailer.messages).toHaveLength(1);
  expect(mailer.messages[0]?.to).toEqual("lead@example.com");
});
