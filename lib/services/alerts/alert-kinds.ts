/** What a rule watches and where a channel sends: shared by the API schemas, the CLI and the page. */
export const ALERT_RULE_KINDS = ["budget_actual", "budget_forecast", "anomaly", "waste", "unpriced"] as const;
export const ALERT_CHANNEL_KINDS = ["email", "slack", "teams", "webhook"] as const;
