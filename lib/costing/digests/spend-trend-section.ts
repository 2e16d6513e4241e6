import { dec } from "../../pricing/decimal";
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

/**
 * Spend for the period, the change against the same-length window before, and the daily trend. The
 * cost query sums unpriced facts as nothing: a zero total with unpriced resource-days is unpriced
 * (null), and so is its change.
 */
export function spendTrendSection(spend: OwnerSpend): SpendTrendSection {
  const unpriced = dec(spend.totals.total).isZero() && spend.totals.unpricedResourceDays > 0;
  return {
    kind: "spend-trend",
    currency: spend.currency,
    total: unpriced ? null : spend.totals.total,
    previousTotal: spend.totals.previousTotal,
    change: spend.totals.change,
    changeRatio: unpriced ? null : spend.totals.changeRatio,
    estimated: spend.totals.estimated,
    unpricedResourceDays: spend.totals.unpricedResourceDays,
    window: spend.window,
    previousWindow: spend.previousWindow,
    days: spend.trend.map((d) => ({ day: d.day, total: d.total })),
  };
}
