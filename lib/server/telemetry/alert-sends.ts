// Alert notifications sent by this process, by channel and result, for /metrics. The alert sender
// calls countAlertSend once per attempt; the counts start at zero with the process, as Prometheus
// counters do (rate() and increase() handle the reset). The job worker runs inside `tierscope serve`,
// so its sends are counted where /metrics is served.

export type AlertSendResult = "sent" | "failed";

export interface AlertSendCount {
  channel: string;
  result: AlertSendResult;
  count: number;
}

const counts = new Map<string, AlertSendCount>();

/** One alert notification sent (or failed) on `channel` ("email", "slack", "webhook" …). */
export function countAlertSend(channel: string, result: AlertSendResult): void {
  const key = `${channel}\0${result}`;
  const entry = counts.get(key) ?? { channel, result, count: 0 };
  entry.count++;
  counts.set(key, entry);
}

export function alertSendCounts(): AlertSendCount[] {
  return [...counts.values()].map((entry) => ({ ...entry }));
}
