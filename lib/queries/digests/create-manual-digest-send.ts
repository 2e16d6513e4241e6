import type { DigestPeriod } from "../../costing/digests/digest-period";
import type { Db } from "../../db/prisma";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A send someone asked for now ("send now", `digest send --now`): logged like a scheduled one. */
export async function createManualDigestSend(
  db: Db,
  input: { subscriptionId: string; recipients: string[]; period: DigestPeriod; now: Date },
): Promise<string> {
  const row = await db.digestSend.create({
    data: {
      subscriptionId: input.subscriptionId,
      trigger: "manual",
      cadence: input.period.cadence,
      periodStart: day(input.period.start),
      periodEnd: day(input.period.end),
      dueAt: input.now,
      recipients: input.recipients,
    },
  });
  return row.id;
}
