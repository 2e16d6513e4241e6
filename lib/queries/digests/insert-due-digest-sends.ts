import { DIGEST_CATCH_UP_PERIODS, type DigestPeriod } from "../../costing/digests/digest-period";
import type { Db } from "../../db/prisma";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Why a period is recorded as skipped rather than sent. */
export const SKIPPED_REASON = `Not sent: more than ${DIGEST_CATCH_UP_PERIODS} periods came due while no digest worker ran, and only the newest ${DIGEST_CATCH_UP_PERIODS} are sent. Use "Send now" with this period to send it.`;

/**
 * Records the scheduled sends of due periods, and as "skipped" (with SKIPPED_REASON) the older
 * periods missed beyond the catch-up limit. The unique (subscription, cadence, scheduled period) key
 * drops the ones already recorded, by this process or another: returns how many are new.
 */
export async function insertDueDigestSends(
  db: Db,
  due: { subscriptionId: string; recipients: string[]; period: DigestPeriod; skipped?: boolean }[],
): Promise<number> {
  if (due.length === 0) return 0;
  const { count } = await db.digestSend.createMany({
    data: due.map((d) => ({
      subscriptionId: d.subscriptionId,
      trigger: "schedule" as const,
      cadence: d.period.cadence,
      periodStart: day(d.period.start),
      periodEnd: day(d.period.end),
      scheduledPeriodStart: day(d.period.start),
      dueAt: d.period.dueAt,
      recipients: d.recipients,
      ...(d.skipped ? { status: "skipped" as const, error: SKIPPED_REASON, finishedAt: new Date() } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}
