import type { AlertChannel, AlertRule } from "../../db/generated/client";

/** A channel as the API, CLI and audit log show it: never its URL's path or its secret. */
export function alertChannelJson(channel: AlertChannel) {
  return {
    id: channel.id,
    name: channel.name,
    kind: channel.kind,
    recipients: channel.recipients,
    // The host only: a webhook URL's path is its credential.
    host: channel.url ? new URL(channel.url).host : null,
    signed: channel.signingSecret !== null,
  };
}

type RuleWithNames = AlertRule & {
  team: { slug: string } | null;
  budget: { name: string } | null;
  channels: { channel: { name: string } }[];
};

export const RULE_NAMES = {
  team: { select: { slug: true } },
  budget: { select: { name: true } },
  channels: { select: { channel: { select: { name: true } } } },
} as const;

/** A rule as the API and CLI show it: figures as exact decimal strings, channels by name. */
export function alertRuleJson(rule: RuleWithNames) {
  return {
    id: rule.id,
    name: rule.name,
    kind: rule.kind,
    team: rule.team?.slug ?? null,
    budget: rule.budget?.name ?? null,
    threshold: rule.threshold?.toFixed() ?? null,
    minAmount: rule.minAmount?.toFixed() ?? null,
    currency: rule.currency,
    channels: rule.channels.map((c) => c.channel.name).sort(),
    mutedUntil: rule.mutedUntil?.toISOString() ?? null,
    updatedAt: rule.updatedAt.toISOString(),
  };
}
export type AlertRuleJson = ReturnType<typeof alertRuleJson>;
export type AlertChannelJson = ReturnType<typeof alertChannelJson>;
