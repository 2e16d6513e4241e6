import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { shiftDay } from "../day-window";
import { historiesOf } from "../forecast/forecast-groups";
import type { ComponentDayCost } from "../forecast/forecast-types";
import { rateFactor } from "../forecast/month-rate";
import type { AnomalySettings } from "./anomaly-settings";
import { type DailySeries, detectSeriesAnomalies, type SeriesAnomaly } from "./detect-series-anomalies";

export const ANOMALY_KINDS = ["cost", "snapshot-growth", "released-volumes", "no-owner", "unpriced"] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** Per cluster and day: unclaimed volumes (Released, Available, no claim) and spend nobody owns. */
export interface OwnershipDay {
  cluster: string;
  currency: string;
  day: IsoDay;
  unallocatedVolumes: number;
  noOwnerCost: Dec;
}

export interface UnpricedDay {
  group: string;
  currency: string;
  day: IsoDay;
  unpricedResourceDays: number;
}

export interface Anomaly extends SeriesAnomaly {
  kind: AnomalyKind;
  /** The group (cost, snapshot growth, unpriced) or the cluster (released volumes, no owner). */
  group: string;
  /** Null for counts of resources (released volumes, unpriced resources). */
  currency: string | null;
}

const ZERO = new Dec(0);

const countSeries = (values: Map<IsoDay, Dec>): DailySeries => ({
  valueOn: (day) => values.get(day) ?? ZERO,
});

function costSeries(
  components: ReturnType<typeof historiesOf>[number]["components"],
  category?: string,
): DailySeries {
  const parts = [...components.values()].filter((c) => category === undefined || c.category === category);
  return {
    valueOn: (day, scaleOf) =>
      parts.reduce(
        (sum, c) =>
          sum.plus(
            (c.costs.get(day) ?? ZERO)
              .times(rateFactor(c.proration, day))
              .div(rateFactor(c.proration, scaleOf)),
          ),
        ZERO,
      ),
  };
}

/** The day-to-day growth of a series: how a snapshot chain's cost grows is its new snapshots. */
function growthOf(series: DailySeries): DailySeries {
  return {
    valueOn: (day, scaleOf) => series.valueOn(day, scaleOf).minus(series.valueOn(shiftDay(day, -1), scaleOf)),
  };
}

function bucket<T>(items: readonly T[], keyOf: (item: T) => string) {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}

/**
 * Every anomaly of the days judged (README "Anomalies"): a group's daily cost off its baseline either
 * way; and, only upwards, a group's snapshot cost growing faster than it has been, a cluster's
 * unclaimed volumes or spend with no owner surging, and a group's unpriced resources rising.
 */
export function detectAnomalies(input: {
  costs: readonly ComponentDayCost[];
  ownership: readonly OwnershipDay[];
  unpriced: readonly UnpricedDay[];
  days: readonly IsoDay[];
  historyFrom: IsoDay;
  settings: AnomalySettings;
}): Anomaly[] {
  const judge = { days: input.days, historyFrom: input.historyFrom, settings: input.settings };
  const judgeCount = { ...judge, settings: { ...input.settings, minAmount: input.settings.minCount } };
  const found: Anomaly[] = [];
  const add = (
    kind: AnomalyKind,
    group: string,
    currency: string | null,
    anomalies: SeriesAnomaly[],
    upOnly: boolean,
  ) => {
    for (const a of anomalies)
      if (!upOnly || a.deviation.isPos()) found.push({ ...a, kind, group, currency });
  };
  for (const { group, currency, components } of historiesOf(input.costs)) {
    add("cost", group, currency, detectSeriesAnomalies(costSeries(components), judge), false);
    if ([...components.values()].some((c) => c.category === "snapshot")) {
      const growth = growthOf(costSeries(components, "snapshot"));
      add("snapshot-growth", group, currency, detectSeriesAnomalies(growth, judge), true);
    }
  }
  for (const [, days] of bucket(input.ownership, (o) => `${o.cluster}\u0000${o.currency}`)) {
    const { cluster, currency } = days[0] as OwnershipDay;
    const volumes = new Map(days.map((d) => [d.day, new Dec(d.unallocatedVolumes)]));
    add("released-volumes", cluster, null, detectSeriesAnomalies(countSeries(volumes), judgeCount), true);
    const noOwner = new Map(days.map((d) => [d.day, d.noOwnerCost]));
    add("no-owner", cluster, currency, detectSeriesAnomalies(countSeries(noOwner), judge), true);
  }
  for (const [, days] of bucket(input.unpriced, (u) => `${u.group}\u0000${u.currency}`)) {
    const { group } = days[0] as UnpricedDay;
    const counts = new Map(days.map((d) => [d.day, new Dec(d.unpricedResourceDays)]));
    add("unpriced", group, null, detectSeriesAnomalies(countSeries(counts), judgeCount), true);
  }
  return found.sort((a, b) => b.day.localeCompare(a.day) || b.deviation.abs().comparedTo(a.deviation.abs()));
}
