/** What a rule found for one group in one period: the notification it raises, at most once. */
export interface AlertCandidate {
  groupKey: string;
  /** YYYY-MM for monthly conditions (budgets, waste, unpriced), YYYY-MM-DD for an anomaly's day. */
  period: string;
  title: string;
  detail: string;
  /** The app path behind the alert. */
  link: string;
  /** Exact decimal string, or null when the condition has no amount (unpriced spend). */
  amount: string | null;
  currency: string | null;
}
