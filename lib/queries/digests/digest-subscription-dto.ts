import type { DigestCadence, DigestSendStatus } from "../../db/generated/client";

export interface DigestSubscriptionDto {
  id: string;
  owner:
    | { kind: "team"; team: string; label: string }
    | { kind: "namespace"; cluster: string; namespace: string; label: string };
  recipients: string[];
  cadence: DigestCadence;
  timeZone: string;
  createdAt: string;
  lastSend: { id: string; status: DigestSendStatus; periodStart: string; error: string | null } | null;
}

/** The row shape the subscription queries select: the subscription, its owner and its last send. */
export const SUBSCRIPTION_INCLUDE = {
  team: { select: { slug: true } },
  owner: { select: { name: true, cluster: { select: { name: true } } } },
  sends: { orderBy: { createdAt: "desc" }, take: 1 },
} as const;

interface SubscriptionRow {
  id: string;
  recipients: string[];
  cadence: DigestCadence;
  timeZone: string;
  createdAt: Date;
  team: { slug: string } | null;
  owner: { name: string; cluster: { name: string } } | null;
  sends: { id: string; status: DigestSendStatus; periodStart: Date; error: string | null }[];
}

export function toSubscriptionDto(row: SubscriptionRow): DigestSubscriptionDto {
  const last = row.sends[0];
  return {
    id: row.id,
    owner: row.team
      ? { kind: "team", team: row.team.slug, label: row.team.slug }
      : {
          kind: "namespace",
          cluster: row.owner?.cluster.name ?? "",
          namespace: row.owner?.name ?? "",
          label: `${row.owner?.cluster.name}/${row.owner?.name}`,
        },
    recipients: row.recipients,
    cadence: row.cadence,
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
    lastSend: last
      ? {
          id: last.id,
          status: last.status,
          periodStart: last.periodStart.toISOString().slice(0, 10),
          error: last.error,
        }
      : null,
  };
}
