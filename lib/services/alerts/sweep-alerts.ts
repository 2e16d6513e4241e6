import type { Db } from "../../db/prisma";
import { listWaitingAlertDeliveryIds } from "../../queries/alerts/list-waiting-alert-delivery-ids";
import { recordAlertEvents } from "../../queries/alerts/record-alert-events";
import { recoverStaleAlertDeliveries } from "../../queries/alerts/recover-stale-alert-deliveries";
import type { ServiceCall } from "../service-context";
import { ALERT_DELIVERY_ATTEMPTS } from "./deliver-alert";
import { judgeAlertRule } from "./judge-alert-rule";

/**
 * The periodic sweep: judges every rule, records what is new (one event per rule, group and
 * period, one delivery per channel), takes back deliveries whose worker went away, and hands every
 * waiting delivery to `enqueue`. Safe to run anywhere, any number of times at once: the unique
 * keys and the claim keep each notification to one message per channel. A rule that fails to judge
 * is reported and the others go on.
 */
export async function sweepAlerts(
  db: Db,
  {
    input,
  }: ServiceCall<{ now: Date; leaseSeconds: number; enqueue: (deliveryIds: string[]) => Promise<void> }>,
): Promise<{ raised: number; recovered: number; enqueued: number; errors: string[] }> {
  const rules = await db.alertRule.findMany({
    include: { channels: { select: { channelId: true } } },
    orderBy: { name: "asc" },
  });
  const memo = new Map<string, Promise<unknown>>();
  let raised = 0;
  const errors: string[] = [];
  for (const rule of rules) {
    try {
      const candidates = await judgeAlertRule(db, { rule, now: input.now, memo });
      raised += await recordAlertEvents(db, {
        ruleId: rule.id,
        channelIds: rule.channels.map((c) => c.channelId),
        muted: rule.mutedUntil !== null && rule.mutedUntil > input.now,
        candidates,
      });
    } catch (error) {
      errors.push(`rule ${rule.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const recovered = await recoverStaleAlertDeliveries(db, {
    leaseSeconds: input.leaseSeconds,
    maxAttempts: ALERT_DELIVERY_ATTEMPTS,
  });
  const waiting = await listWaitingAlertDeliveryIds(db);
  if (waiting.length > 0) await input.enqueue(waiting);
  return { raised, recovered, enqueued: waiting.length, errors };
}
