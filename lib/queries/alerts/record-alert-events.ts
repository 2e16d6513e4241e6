import type { AlertCandidate } from "../../costing/alerts/alert-candidate";
import type { Db } from "../../db/prisma";

/**
 * Records the notifications a rule raised, each with one delivery per channel of the rule (none
 * while the rule is muted: the history still shows it). The unique (rule, group, period) key drops
 * what this process or another recorded before, and only new events get deliveries: returns how
 * many are new. One transaction, so an event never lands without its deliveries.
 */
export async function recordAlertEvents(
  db: Db,
  input: { ruleId: string; channelIds: string[]; muted: boolean; candidates: AlertCandidate[] },
): Promise<number> {
  if (input.candidates.length === 0) return 0;
  return db.$transaction(async (tx) => {
    let created = 0;
    for (const c of input.candidates) {
      const rows = await tx.alertEvent.createManyAndReturn({
        data: [{ ruleId: input.ruleId, ...c, muted: input.muted }],
        skipDuplicates: true,
        select: { id: true },
      });
      const event = rows[0];
      if (!event) continue;
      created++;
      if (input.muted || input.channelIds.length === 0) continue;
      await tx.alertDelivery.createMany({
        data: input.channelIds.map((channelId) => ({ eventId: event.id, channelId })),
        skipDuplicates: true,
      });
    }
    return created;
  });
}
