import { formatMoney } from "../../format-money";
import type { AlertCandidate } from "./alert-candidate";

/** An anomaly as the anomalies service reports it (figures are decimal strings). */
export interface RaisedAnomaly {
  kind: string;
  group: string;
  currency: string | null;
  day: string;
  value: string;
  expected: string;
  drivers?: { href: string }[] | undefined;
}

const figure = (value: string, currency: string | null) =>
  currency === null ? value : formatMoney(value, currency);

/** One candidate per anomaly: its kind and group, on the day it started. */
export function judgeAnomalyRule(anomalies: readonly RaisedAnomaly[]): AlertCandidate[] {
  return anomalies.map((a) => ({
    groupKey: `${a.kind}:${a.group}`,
    period: a.day,
    title: `Anomaly (${a.kind}) in ${a.group} on ${a.day}`,
    detail: `${figure(a.value, a.currency)} against an expected ${figure(a.expected, a.currency)}${a.currency === null ? " (resources)" : ""}.`,
    link: a.drivers?.[0]?.href ?? "/showback",
    amount: a.currency === null ? null : a.value,
    currency: a.currency,
  }));
}
