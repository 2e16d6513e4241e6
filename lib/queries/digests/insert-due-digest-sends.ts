import type { DigestPeriod } from "../../costing/digests/digest-period";
import type { Db } from "../../db/prisma";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Records the scheduled sends of due periods. The unique (subscription, cadence, scheduled period) key
 * drops the ones already recorded, by this process or another: returns how many are new.
 */
export async function insertDueDigestSends(
  db: Db,
  due: { subscriptionId: string; recipients: string[]; period: DigestPeriod }[],
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
    })),
    skipDuplicates: true,
  });
  return count;
}
