import type { SpendTrendSection } from "./digest-content";

/** The spend figures the digest reports, as the owner's cost query returns them. */
export interface OwnerSpend {
  currency: string;
  window: { from: string; to: string };
  previousWindow: { from: string; to: string };
  totals: {
    total: string;
    previousTotal: string;
    change: string;
    changeRatio: number | null;
    estimated: string;
    unpricedResourceDays: number;
  };
  trend: { day: string; total: string }[];
}

/** Spend for the period, the change against the same-length window before, and the daily trend. */
export function spendTrendSection(spend: OwnerSpend): SpendTrendSection {
  return {
    kind: "spend-trend",
    currency: spend.currency,
    total: spend.totals.total,
    previousTotal: spend.totals.previousTotal,
    change: spend.totals.change,
    changeRatio: spend.totals.changeRatio,
    estimated: spend.totals.estimated,
    unpricedResourceDays: spend.totals.unpricedResourceDays,
    window: spend.window,
    previousWindow: spend.previousWindow,
    days: spend.trend.map((d) => ({ day: d.day, total: d.total })),
  };
}
