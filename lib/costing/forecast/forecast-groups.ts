import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { type ComponentHistory, forecastComponent } from "./forecast-component";
import type {
  CategoryForecast,
  ComponentDayCost,
  ComponentForecast,
  ForecastSettings,
  GroupForecast,
} from "./forecast-types";

const ZERO = new Dec(0);

/** The day costs of each group and currency, split into its components (category × proration). */
export function historiesOf(rows: readonly ComponentDayCost[]) {
  const groups = new Map<
    string,
    { group: string; currency: string; components: Map<string, ComponentHistory> }
  >();
  for (const row of rows) {
    const groupKey = `${row.group}\u0000${row.currency}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { group: row.group, currency: row.currency, components: new Map() };
      groups.set(groupKey, group);
    }
    const componentKey = `${row.category}\u0000${row.proration}`;
    let component = group.components.get(componentKey);
    if (!component) {
      component = { category: row.category, proration: row.proration, costs: new Map() };
      group.components.set(componentKey, component);
    }
    const costs = component.costs as Map<IsoDay, Dec | null>;
    const before = costs.get(row.day);
    costs.set(row.day, row.cost === null ? (before ?? null) : row.cost.plus(before ?? ZERO));
  }
  return [...groups.values()];
}

/**
 * Forecast of every group: the sum of its components' forecasts, with their variances added (the
 * components are taken as independent) for the interval. The categories of a group are its
 * components summed per category.
 */
export function forecastGroups(
  rows: readonly ComponentDayCost[],
  input: { madeOn: IsoDay; historyFrom: IsoDay; settings: ForecastSettings },
): GroupForecast[] {
  const z = new Dec(input.settings.intervalZ);
  return historiesOf(rows).map(({ group, currency, components }) => {
    const parts = [...components.values()].map((history) => forecastComponent(history, input));
    const sum = (pick: (p: (typeof parts)[number]) => Dec) => parts.reduce((s, p) => s.plus(pick(p)), ZERO);
    const monthToDate = sum((p) => p.monthToDate);
    const monthEnd = sum((p) => p.monthEnd.expected);
    const nextMonth = sum((p) => p.nextMonth.expected);
    const monthEndHalf = z.times(sum((p) => p.monthEndVariance).sqrt());
    const nextHalf = z.times(sum((p) => p.nextMonthVariance).sqrt());
    const priced = [...components.values()].some((c) => [...c.costs.values()].some((cost) => cost !== null));
    return {
      group,
      currency,
      monthToDate,
      monthEnd: {
        expected: monthEnd,
        low: Dec.max(monthToDate, monthEnd.minus(monthEndHalf)),
        high: monthEnd.plus(monthEndHalf),
      },
      nextMonth: {
        expected: nextMonth,
        low: Dec.max(ZERO, nextMonth.minus(nextHalf)),
        high: nextMonth.plus(nextHalf),
      },
      lastDayCost: sum((p) => p.lastDayCost),
      trendPerDay: sum((p) => p.trendPerDay),
      categories: categoriesOf(parts),
      unpriced: !priced,
    };
  });
}

function categoriesOf(parts: readonly ComponentForecast[]): CategoryForecast[] {
  const byCategory = new Map<string, CategoryForecast>();
  for (const part of parts) {
    const seen = byCategory.get(part.category);
    byCategory.set(part.category, {
      category: part.category,
      monthToDate: part.monthToDate.plus(seen?.monthToDate ?? ZERO),
      monthEnd: part.monthEnd.expected.plus(seen?.monthEnd ?? ZERO),
      nextMonth: part.nextMonth.expected.plus(seen?.nextMonth ?? ZERO),
      lastDayCost: part.lastDayCost.plus(seen?.lastDayCost ?? ZERO),
      trendPerDay: part.trendPerDay.plus(seen?.trendPerDay ?? ZERO),
    });
  }
  return [...byCategory.values()].sort((a, b) => b.monthEnd.comparedTo(a.monthEnd));
}
