import type { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import type { Proration } from "./month-rate";

/**
 * One day's priced cost of one component of a group: a group (a team, a namespace, the fleet…) in
 * one currency is the sum of its components, one per category and proration. `cost` is null when
 * the day had resources but none of them priced (never read as $0); a day absent had no resources.
 */
export interface ComponentDayCost {
  group: string;
  category: string;
  currency: string;
  proration: Proration;
  day: IsoDay;
  cost: Dec | null;
}

export interface ForecastSettings {
  /** Days before the forecast whose day-to-day changes give the trend (and its spread). */
  trendDays: number;
  /** Two-sided coverage of the prediction interval, and the normal quantile that gives it. */
  intervalCoverage: number;
  intervalZ: number;
}

/** 14 days: two weekly cycles of snapshot schedules; z = 1.2816 is the 80 % two-sided normal interval. */
export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = {
  trendDays: 14,
  intervalCoverage: 0.8,
  intervalZ: 1.2816,
};

export interface Estimate {
  expected: Dec;
  low: Dec;
  high: Dec;
}

export interface ComponentForecast {
  category: string;
  monthToDate: Dec;
  monthEnd: Estimate;
  nextMonth: Estimate;
  /** Cost of the last known day, and how much a day's cost grows each day (the trend). */
  lastDayCost: Dec;
  trendPerDay: Dec;
  /** Variances (not intervals) so a group's components can be summed. */
  monthEndVariance: Dec;
  nextMonthVariance: Dec;
  /** Days with resources but no priced cost in the trend window. */
  unpricedDays: number;
}

export interface GroupForecast {
  group: string;
  currency: string;
  monthToDate: Dec;
  monthEnd: Estimate;
  nextMonth: Estimate;
  lastDayCost: Dec;
  trendPerDay: Dec;
  categories: CategoryForecast[];
  /** True when nothing in the group was priced: its forecast is unknown, not $0. */
  unpriced: boolean;
}

/** A group's forecast for one category: its components' expected figures summed. */
export interface CategoryForecast {
  category: string;
  monthToDate: Dec;
  monthEnd: Dec;
  nextMonth: Dec;
  lastDayCost: Dec;
  trendPerDay: Dec;
}
