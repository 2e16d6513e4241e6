/** One notification as every channel renders it. */
export interface AlertMessage {
  /** The notification's id: the same on every channel, and across retries (receivers dedupe on it). */
  id: string;
  ruleName: string;
  ruleKind: string;
  groupKey: string;
  period: string;
  title: string;
  detail: string;
  /** Absolute link to the page behind the alert. */
  url: string;
  amount: string | null;
  currency: string | null;
  raisedAt: Date;
}
