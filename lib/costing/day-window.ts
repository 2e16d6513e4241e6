import type { IsoDay } from "../pricing/types";

const HOUR_MS = 3_600_000;
/** The one "day in milliseconds": every date sum in the app is over UTC days, which have no DST. */
export const MS_PER_DAY = 24 * HOUR_MS;

/** [start, end) of a UTC day. */
export function dayBounds(day: IsoDay): { start: number; end: number } {
  const start = Date.parse(`${day}T00:00:00Z`);
  return { start, end: start + MS_PER_DAY };
}

/** Every ISO day from `from` to `to`, inclusive. */
export function daysBetween(from: IsoDay, to: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += MS_PER_DAY) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Days (in order) grouped by calendar month: cost fact runs never cross one. */
export function monthsOf(days: readonly IsoDay[]): IsoDay[][] {
  const months: IsoDay[][] = [];
  for (const day of days) {
    const last = months.at(-1);
    if (last && (last.at(-1) as IsoDay).slice(0, 7) === day.slice(0, 7)) last.push(day);
    else months.push([day]);
  }
  return months;
}

/** The ISO day `days` after `day` (before it when negative). */
export function shiftDay(day: IsoDay, days: number): IsoDay {
  return isoDayOf(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY);
}

export function isoDayOf(time: Date | number): IsoDay {
  return new Date(time).toISOString().slice(0, 10);
}

/** Hours of overlap between [a0, a1) and [b0, b1), in milliseconds converted to hours (may be 0). */
export function overlapMs(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

export const MS_PER_HOUR = HOUR_MS;
