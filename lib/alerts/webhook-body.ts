import type { AlertMessage } from "./alert-message";

/** The generic webhook's JSON body (README "Alerts": receivers verify its signature). */
export function webhookBody(message: AlertMessage) {
  return {
    id: message.id,
    type: "tierscope.alert",
    rule: { name: message.ruleName, kind: message.ruleKind },
    group: message.groupKey,
    period: message.period,
    title: message.title,
    detail: message.detail,
    amount: message.amount,
    currency: message.currency,
    url: message.url,
    raisedAt: message.raisedAt.toISOString(),
  };
}
