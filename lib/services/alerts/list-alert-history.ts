import type { Db } from "../../db/prisma";
import { type ServiceCall, scopedTeamIds } from "../service-context";

const HISTORY_SIZE = 200;

/**
 * The newest notifications in the actor's scope, each with its deliveries: status, attempts and
 * the last error per channel, as the Alerts page shows them.
 */
export async function listAlertHistory(db: Db, { ctx }: ServiceCall<Record<string, never>>) {
  const teamIds = scopedTeamIds(ctx);
  const events = await db.alertEvent.findMany({
    where: teamIds === null ? {} : { rule: { teamId: { in: [...teamIds] } } },
    include: {
      rule: { select: { name: true, kind: true } },
      deliveries: { include: { channel: { select: { name: true, kind: true } } } },
    },
    orderBy: [{ raisedAt: "desc" }, { id: "asc" }],
    take: HISTORY_SIZE,
  });
  return {
    items: events.map((e) => ({
      id: e.id,
      rule: e.rule.name,
      ruleKind: e.rule.kind,
      group: e.groupKey,
      period: e.period,
      title: e.title,
      detail: e.detail,
      link: e.link,
      amount: e.amount?.toFixed() ?? null,
      currency: e.currency,
      muted: e.muted,
      raisedAt: e.raisedAt.toISOString(),
      acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
      acknowledgedBy: e.acknowledgedBy,
      deliveries: e.deliveries
        .map((d) => ({
          channel: d.channel.name,
          channelKind: d.channel.kind,
          status: d.status,
          attempts: d.attempts,
          error: d.error,
          finishedAt: d.finishedAt?.toISOString() ?? null,
        }))
        .sort((a, b) => a.channel.localeCompare(b.channel)),
    })),
  };
}
export type AlertHistory = Awaited<ReturnType<typeof listAlertHistory>>;
