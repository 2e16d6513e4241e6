import { MS_PER_DAY } from "./day-window";
// Cost windows: whole UTC days, both ends inclusive, as ISO dates ("2026-03-01"). Pure: the caller
// passes today.

export interface CostWindow {
  from: string;
  to: string;
}

export const WINDOW_PRESETS = ["7d", "30d", "this-month", "last-month"] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

/** The longest window a query accepts: two years of days, enough for any annual chargeback. */
export const MAX_WINDOW_DAYS = 731;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return toDay(toMs(day) + days * MS_PER_DAY);
}

/** Days in [from, to], counting both ends: a window of one day has length 1. */
export function windowDays(window: CostWindow): number {
  return Math.round((toMs(window.to) - toMs(window.from)) / MS_PER_DAY) + 1;
}

/** Every day of the window, in order. */
export function eachDay(window: CostWindow): string[] {
  const days: string[] = [];
  for (let t = toMs(window.from); t <= toMs(window.to); t += MS_PER_DAY) days.push(toDay(t));
  return days;
}

/**
 * What "change" compares against. A window of whole calendar months compares with as many calendar
 * months just before it (March with February, Q2 with Q1), because finance reads "last month" month
 * over month; any other window compares with the window of the same length that ends the day before
 * it starts.
 */
export function previousWindow(window: CostWindow): CostWindow {
  const { months, days } = cutAtMonths(window);
  if (months && days.length === 0) {
    const count = monthsBetween(months.from, months.to) + 1;
    const from = shiftMonths(window.from, -count);
    return { from, to: addDays(window.from, -1) };
  }
  const length = windowDays(window);
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
}

/** Whole months from the first of one month to the first of another: 2026-01-01 → 2026-03-01 is 2. */
function monthsBetween(fromFirst: string, toFirst: string): number {
  const index = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  return index(toFirst) - index(fromFirst);
}

/** The first of the month `count` months from a first of the month: ("2026-03-01", -2) → "2026-01-01". */
function shiftMonths(first: string, count: number): string {
  const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** "2026-02" → 2026-02-01 … 2026-02-28. */
export function monthWindow(month: string): CostWindow {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const from = Date.UTC(year, m - 1, 1);
  const to = Date.UTC(year, m, 1) - MS_PER_DAY;
  return { from: toDay(from), to: toDay(to) };
}

/** The first day of the day's month: "2026-02-17" → "2026-02-01". */
export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of the day's month: "2028-02-17" → "2028-02-29". */
function lastOfMonth(day: string): string {
  return monthWindow(day.slice(0, 7)).to;
}

/**
 * A window cut at month boundaries: the calendar months it covers whole (`months`, from the first of
 * the first to the first of the last, so it compares with a `month` column) and the days at either
 * end that do not fill a month (`days`, at most two ranges). Together they cover the window exactly
 * once, so sums over month rows of `months` and day rows of `days` are the sums over its days.
 */
export function cutAtMonths(window: CostWindow): { months: CostWindow | null; days: CostWindow[] } {
  const firstWhole =
    window.from === firstOfMonth(window.from) ? window.from : addDays(lastOfMonth(window.from), 1);
  const lastWholeEnd =
    window.to === lastOfMonth(window.to) ? window.to : addDays(firstOfMonth(window.to), -1);
  if (firstWhole > lastWholeEnd) return { months: null, days: [window] };
  const days: CostWindow[] = [];
  if (window.from < firstWhole) days.push({ from: window.from, to: addDays(firstWhole, -1) });
  if (lastWholeEnd < window.to) days.push({ from: addDays(lastWholeEnd, 1), to: window.to });
  return { months: { from: firstWhole, to: firstOfMonth(lastWholeEnd) }, days };
}

/**
 * A preset relative to `today` (ISO day, UTC). 7d and 30d are the last complete days, ending
 * yesterday: today's facts cover only the hours so far, and a half day at the end of a trend reads as
 * a drop in spend. This month runs to today (on the 1st there is no complete day yet).
 */
export function presetWindow(preset: WindowPreset, today: string): CostWindow {
  switch (preset) {
    case "7d":
      return { from: addDays(today, -7), to: addDays(today, -1) };
    case "30d":
      return { from: addDays(today, -30), to: addDays(today, -1) };
    case "this-month":
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case "last-month": {
      const firstOfThisMonth = `${today.slice(0, 7)}-01`;
      return monthWindow(addDays(firstOfThisMonth, -1).slice(0, 7));
    }
  }
}
