import type { DigestSendStatus, DigestTrigger } from "../../db/generated/client";

export interface DigestSendDto {
  id: string;
  subscriptionId: string;
  /** "ml-platform" or "eks-prod/training". */
  ownerLabel: string;
  trigger: DigestTrigger;
  periodStart: string;
  periodEnd: string;
  dueAt: string;
  status: DigestSendStatus;
  attempts: number;
  error: string | null;
  recipients: string[];
  subject: string | null;
  messageId: string | null;
  finishedAt: string | null;
  createdAt: string;
}

export const SEND_INCLUDE = {
  subscription: {
    select: {
      team: { select: { slug: true } },
      owner: { select: { name: true, cluster: { select: { name: true } } } },
    },
  },
} as const;

interface SendRow {
  id: string;
  subscriptionId: string;
  trigger: DigestTrigger;
  periodStart: Date;
  periodEnd: Date;
  dueAt: Date;
  status: DigestSendStatus;
  attempts: number;
  error: string | null;
  recipients: string[];
  subject: string | null;
  messageId: string | null;
  finishedAt: Date | null;
  createdAt: Date;
  subscription: { team: { slug: string } | null; owner: { name: string; cluster: { name: string } } | null };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toSendDto(row: SendRow): DigestSendDto {
  const { team, owner } = row.subscription;
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    ownerLabel: team ? team.slug : `${owner?.cluster.name}/${owner?.name}`,
    trigger: row.trigger,
    periodStart: day(row.periodStart),
    periodEnd: day(row.periodEnd),
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    recipients: row.recipients,
    subject: row.subject,
    messageId: row.messageId,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
